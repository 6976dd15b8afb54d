package newsprint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * Running out of memory is the one-line error with the heap and how to give more, wherever it
 * happens: on the command's own thread, or on one of an edition's page threads, whose error
 * reaches the command wrapped.
 */
class MemoryGuardTest {
    @CommandLine.Command(name = "work")
    static final class Work implements Callable<Integer> {
        final RuntimeException wrapped;

        Work(RuntimeException wrapped) {
            this.wrapped = wrapped;
        }

        @Override
        public Integer call() {
            throw wrapped;
        }
    }

    private static String run(RuntimeException thrown, int[] code) {
        CommandLine cmd = new CommandLine(new Work(thrown));
        cmd.setExecutionStrategy(new MemoryGuard());
        cmd.setExecutionExceptionHandler(new ErrorHandler());
        StringWriter err = new StringWriter();
        cmd.setErr(new PrintWriter(err));
        code[0] = cmd.execute();
        return err.toString();
    }

    @Test
    void anOutOfMemoryOnAPageThreadIsTheOneLineError() {
        int[] code = new int[1];
        String said = run(new CompletionException(new OutOfMemoryError("Java heap space")), code);
        assertThat(code[0]).isEqualTo(ExitCodes.INTERNAL);
        assertThat(said.lines().filter(l -> l.startsWith("error: "))).singleElement().asString()
                .contains("needs more memory than this Java VM may use").contains(" MB of heap");
        assertThat(said).contains("hint: give it more").doesNotContain("internal error").doesNotContain("CompletionException");
    }

    @Test
    void anyOtherFailureIsStillReportedAsWhatItIs() {
        int[] code = new int[1];
        String said = run(new CompletionException(new IllegalStateException("broken")), code);
        assertThat(code[0]).isEqualTo(ExitCodes.INTERNAL);
        assertThat(said).contains("error: internal error").contains("broken").doesNotContain("memory");
    }
}
