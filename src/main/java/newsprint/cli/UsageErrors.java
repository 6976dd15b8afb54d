package newsprint.cli;

import java.io.PrintWriter;
import picocli.CommandLine;

/**
 * A command line picocli cannot take (an unknown option, a value that is not a number, a missing
 * argument) answered as every other error is: one {@code error:} line, picocli's "Did you mean"
 * when it has one, and a {@code hint:} line naming the help that lists the options, instead of
 * the whole usage text after the message. Exit 2 ({@link ExitCodes#USAGE}).
 */
final class UsageErrors implements CommandLine.IParameterExceptionHandler {
    @Override
    public int handleParseException(CommandLine.ParameterException ex, String[] args) {
        CommandLine cmd = ex.getCommandLine();
        PrintWriter err = cmd.getErr();
        err.println("error: " + ex.getMessage());
        CommandLine.UnmatchedArgumentException.printSuggestions(ex, err);
        err.println("hint: '" + cmd.getCommandSpec().qualifiedName() + " --help' lists " + (cmd.getSubcommands().isEmpty()
                ? "its options and what each takes" : "the commands"));
        err.flush();
        CommandLine.IExitCodeExceptionMapper codes = cmd.getExitCodeExceptionMapper();
        return codes != null ? codes.getExitCode(ex) : ExitCodes.USAGE;
    }
}
