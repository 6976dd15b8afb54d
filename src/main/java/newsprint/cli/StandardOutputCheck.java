package newsprint.cli;

import java.util.List;
import newsprint.OutputFile;
import picocli.CommandLine;

/**
 * Runs the command, then makes sure that what it printed on standard output got there. Java's
 * print streams keep a write error to themselves (a full disk behind {@code > report.json}, a
 * reader that stopped, {@code /dev/full}): without this a report or {@code wrote …} line lost so
 * would end in exit 0. The failure is the one {@code error:} line and exit 7 of a PDF that could
 * not be written.
 */
final class StandardOutputCheck implements CommandLine.IExecutionStrategy {
    private final CommandLine.IExecutionStrategy run;

    StandardOutputCheck(CommandLine.IExecutionStrategy run) {
        this.run = run;
    }

    @Override
    public int execute(CommandLine.ParseResult parsed) {
        int code = run.execute(parsed);
        List<CommandLine> commands = parsed.asCommandLineList();
        CommandLine command = commands.get(commands.size() - 1);
        // checkError flushes first; the command's writer may sit on System.out, whose own error it does not see
        boolean failed = command.getOut().checkError() | System.out.checkError();
        if (failed) {
            throw new CommandLine.ExecutionException(command, "standard output", OutputFile.standardOutputLost());
        }
        return code;
    }
}
