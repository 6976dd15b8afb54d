package newsprint.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.stream.Stream;
import picocli.CommandLine;

/** One run of the {@code newsprint} command in this JVM, as a user would see it: exit code, standard output, standard error. */
public record Transcript(int code, String out, String err) {
    public static Transcript run(String... args) {
        CommandLine cmd = Main.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Stream.concat(Stream.of(cmd), cmd.getSubcommands().values().stream()).forEach(c -> {
            c.setOut(new PrintWriter(out));
            c.setErr(new PrintWriter(err));
        });
        int code = cmd.execute(args);
        return new Transcript(code, out.toString(), err.toString());
    }
}
