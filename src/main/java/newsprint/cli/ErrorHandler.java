package newsprint.cli;

import java.io.PrintWriter;
import newsprint.NewsprintException;
import picocli.CommandLine;

/**
 * Prints a failure as {@code error: …} and {@code hint: …} lines; the stack trace only with
 * {@code --verbose}. Out of memory arrives here as a {@code NotEnoughMemory} error ({@link MemoryGuard}).
 */
final class ErrorHandler implements CommandLine.IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception e, CommandLine cmd, CommandLine.ParseResult parsed) {
        PrintWriter err = cmd.getErr();
        boolean verbose = parsed.hasMatchedOption("--verbose")
                || parsed.subcommands().stream().anyMatch(p -> p.hasMatchedOption("--verbose"));
        if (e instanceof NewsprintException ne) {
            err.println("error: " + ne.getMessage());
            if (ne.hint() != null) {
                err.println("hint: " + ne.hint());
            }
        } else {
            err.println("error: internal error: " + e);
            err.println("hint: this is a bug in newsprint; run again with --verbose and report the trace");
        }
        if (verbose) {
            e.printStackTrace(err);
        }
        err.flush();
        return ExitCodes.of(e);
    }
}
