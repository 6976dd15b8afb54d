package newsprint.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import newsprint.desk.ServeBench;
import newsprint.preview.PagePicture;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code newsprint bench serve TARGET}: the desk's server under load, on a copy of TARGET's folder (see {@link ServeBench}). */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Load the desk's server: N clients watching (server-sent events, each fetching the new picture) while one page "
                + "file of a copy of TARGET's folder is saved every second; prints error responses, whether every client ended on the "
                + "last version, the heap after GC at start and end (the desk idle), what the desk holds, save-to-picture latency and the "
                + "render inside the server.")
final class BenchServeCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "EDITION|PAGE|FOLDER", description = "what to serve (its folder is copied; the original is not touched)")
    Path target;

    @Option(names = "--page", paramLabel = "FILE", description = "the page file to save (default: the second page, else the first)")
    Path page;

    @Option(names = "--clients", defaultValue = "20", paramLabel = "N", description = "watching clients (default: ${DEFAULT-VALUE})")
    int clients;

    @Option(names = "--seconds", defaultValue = "300", paramLabel = "N", description = "saves, one a second (default: ${DEFAULT-VALUE})")
    int seconds;

    @Option(names = "--dpi", defaultValue = "" + PagePicture.DEFAULT_DPI, paramLabel = "N", description = "the pictures' resolution (default: ${DEFAULT-VALUE})")
    int dpi;

    @picocli.CommandLine.Mixin
    CommonOptions common;

    @Override
    public Integer call() throws Exception {
        OptionChecks.range("--clients", clients, 1, 1000);
        OptionChecks.range("--seconds", seconds, 1, 86_400);
        OptionChecks.range("--dpi", dpi, PagePicture.MIN_DPI, PagePicture.MAX_DPI);
        ServeCommand.quietServerLogs();
        new ServeBench(new ServeBench.Settings(target, page, clients, seconds, dpi), common::newsprint, spec.commandLine().getOut()).run();
        return ExitCodes.OK;
    }
}
