package newsprint.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import newsprint.desk.Desk;
import newsprint.desk.DeskServer;
import newsprint.desk.DeskSource;
import newsprint.desk.Snapshot;
import newsprint.preview.PagePicture;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code newsprint serve EDITION.yaml | PAGE.yaml | FOLDER}: the desk's screen in the browser,
 * served until stopped (Ctrl-C). One engine stays warm; pages re-make themselves when their files
 * change. On an address other than the loopback one, every request needs the token it prints.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve the desk's screen: a flatplan of the edition's pages, each page with its modules, fit and findings, "
                + "live as files change, and sign-off (签版). Listens on 127.0.0.1 unless told otherwise; any other address "
                + "needs the token printed at start.")
final class ServeCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "EDITION|PAGE|FOLDER", description = "an edition file, a page file, or a folder of page files")
    Path target;

    @Option(names = "--port", defaultValue = "8420", paramLabel = "N", description = "the port (default: ${DEFAULT-VALUE}; 0: any free port)")
    int port;

    @Option(names = "--host", defaultValue = "127.0.0.1", paramLabel = "ADDRESS",
            description = "the address to listen on (default: ${DEFAULT-VALUE}); any other needs the printed token")
    String host;

    @Option(names = "--user", paramLabel = "NAME", description = "the name sign-offs are recorded under (default: the login name)")
    String user;

    @Option(names = "--dpi", defaultValue = "" + PagePicture.DEFAULT_DPI, paramLabel = "N",
            description = "the pages' pictures, " + PagePicture.MIN_DPI + " to " + PagePicture.MAX_DPI + " dpi (default: ${DEFAULT-VALUE})")
    int dpi;

    @picocli.CommandLine.Mixin
    CommonOptions common;

    @Override
    public Integer call() throws Exception {
        OptionChecks.range("--port", port, 0, 65535);
        OptionChecks.range("--dpi", dpi, PagePicture.MIN_DPI, PagePicture.MAX_DPI);
        String who = user != null ? user : System.getProperty("user.name", "desk");
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        DeskSource source = DeskSource.of(target);
        quietServerLogs();
        try (Desk desk = new Desk(source, common::newsprint, dpi)) {
            long start = System.nanoTime();
            Snapshot first = desk.refresh(java.util.Set.of());
            long ms = (System.nanoTime() - start) / 1_000_000;
            try (DeskServer server = new DeskServer(desk, host, who, line -> {
                err.println(line);
                err.flush();
            })) {
                int actual = server.start(host, port);
                String address = "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + actual + "/";
                out.println("serving " + source.name() + " (" + first.pages().size() + " pages, made in " + ms + " ms) at " + address
                        + (server.token() == null ? "" : "?token=" + server.token()));
                if (server.token() != null) {
                    out.println("token: " + server.token() + " (every request needs it: open the address above once, or send "
                            + "'Authorization: Bearer <token>')");
                }
                out.println("signing off as " + who + " into " + source.signOffFile() + "; Ctrl-C stops");
                out.flush();
                CountDownLatch stopped = new CountDownLatch(1);
                Runtime.getRuntime().addShutdownHook(new Thread(stopped::countDown));
                stopped.await();
            }
        }
        return ExitCodes.OK;
    }

    /** Jetty and Javalin say a lot at INFO; the desk logs what matters (refusals, errors) itself. Held here: loggers are weakly kept. */
    private static final java.util.logging.Logger JETTY_LOG = java.util.logging.Logger.getLogger("org.eclipse.jetty");
    private static final java.util.logging.Logger JAVALIN_LOG = java.util.logging.Logger.getLogger("io.javalin");

    static void quietServerLogs() {
        JETTY_LOG.setLevel(java.util.logging.Level.WARNING);
        JAVALIN_LOG.setLevel(java.util.logging.Level.WARNING);
    }
}
