package newsprint.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import newsprint.Newsprint;
import newsprint.NewsprintException;
import newsprint.OutputFolder;
import newsprint.compose.LayoutAudit;
import newsprint.desk.SignedOnly;
import newsprint.edition.EditionFiles;
import newsprint.edition.EditionMaker;
import newsprint.finish.PrintFinish;
import newsprint.model.EditionFile;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code newsprint edition EDITION.yaml -o OUTDIR}: the day's paper in one run. Every page is
 * composed and rendered by one engine (pages in parallel, a jump's target after its source),
 * and OUTDIR receives the set: one print PDF per page (the plates), {@code proof.pdf},
 * {@code manifest.json}, and with {@code --archive} the edition's archive PDF, written as a set.
 */
@Command(name = "edition", mixinStandardHelpOptions = true,
        description = "Make an edition: every page of EDITION.yaml composed and rendered, the plates, a proof and a manifest "
                + "written into OUTDIR as a set. A bad page stops the edition with its own error and exit code; "
                + "--keep-going makes the others and lists every failure.")
final class EditionCommand implements Callable<Integer> {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "EDITION", description = "the edition file (.yaml or .json)")
    Path edition;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "OUTDIR",
            description = "the folder to write: new, empty, or one an earlier edition run wrote")
    Path output;

    @Option(names = "--archive", description = "also write the edition's archive PDF (PDF/A-3u + PDF/UA-1)")
    boolean archive;

    @Option(names = "--jobs", defaultValue = "0", paramLabel = "N", description = "pages made at once (default: every core)")
    int jobs;

    @Option(names = "--keep-going", description = "make the other pages when one fails; list every failure; still exit non-zero")
    boolean keepGoing;

    @Option(names = "--name", defaultValue = "{code}_{date:yyyyMMdd}_{page:02}.pdf", paramLabel = "PATTERN",
            description = "the plates' file names: {code}, {date:yyyyMMdd}, {page:02} (default: ${DEFAULT-VALUE})")
    String name;

    @Option(names = "--allow-overset", description = "make pages even when text does not fit; what was cut is listed")
    boolean allowOverset;

    @Option(names = "--signed-only", description = "write plates only when every page is signed off (签版) as it is now, in the "
            + "record 'newsprint serve' keeps beside the edition; else exit 9 naming the pages")
    boolean signedOnly;

    @Option(names = "--bleed", paramLabel = "MM", defaultValue = "3", description = "plates: bleed around the trim in mm (default: ${DEFAULT-VALUE})")
    double bleedMm;

    @Option(names = "--marks", description = "plates: crop marks in a slug outside the bleed")
    boolean marks;

    @picocli.CommandLine.Mixin
    PressOptions pressOptions;

    @CommandLine.Mixin
    CommonOptions common;

    @Override
    public Integer call() throws IOException {
        OptionChecks.range("--bleed", bleedMm, 0, RenderCommand.MAX_BLEED_MM, "mm");
        newsprint.finish.Press press = pressOptions.press();
        OptionChecks.range("--jobs", jobs, 0, 256);
        EditionFiles.Plan plan;
        try {
            plan = EditionFiles.plan(name);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        OutputFolder out = OutputFolder.of(output);
        Newsprint newsprint = common.newsprint();
        EditionFile file = newsprint.readEdition(edition);
        out.refuseOverwriting(newsprint.inputs(file));
        if (signedOnly) {
            SignedOnly.requireFiles(file); // before any page is made: a page file, photo or ad not as signed off
        }
        press.prefetch();
        int threads = jobs == 0 ? Runtime.getRuntime().availableProcessors() : jobs;
        PrintWriter err = spec.commandLine().getErr();
        EditionMaker.Made set;
        try (Progress progress = new Progress(err, file.pages().size())) {
            set = new EditionMaker(newsprint).makeWithProof(file, new EditionMaker.Settings(new PrintFinish(bleedMm, marks, press), allowOverset,
                    threads, progress::done));
        }
        List<EditionMaker.PageResult> results = set.pages();
        List<EditionMaker.PageResult> failed = results.stream().filter(EditionMaker.PageResult::failed).toList();
        if (!failed.isEmpty() && !keepGoing) {
            throw failed.get(0).failure();
        }
        if (signedOnly) {
            // the desk signs off the PDF it shows, made with the standard settings: the plate itself when these are the same
            boolean standard = bleedMm == 3 && !marks && pressOptions.isDefault();
            SignedOnly.require(file, results, r -> standard ? r.plate() : newsprint.render(r.composed()));
        }
        Map<String, byte[]> files = EditionFiles.of(newsprint, file, set, plan, archive, threads, ExitCodes::of);
        out.write(files);
        for (EditionMaker.PageResult r : results) {
            if (r.composed() != null && !r.composed().fits()) {
                err.println("warning: " + r.file().file() + ": " + r.composed().oversetSummary() + "; the overset text is cut");
            }
            String underset = r.composed() == null ? null : LayoutAudit.undersetWarning(r.composed());
            if (underset != null) {
                err.println("warning: " + r.file().file() + ": " + underset);
            }
        }
        for (EditionMaker.PageResult r : failed) {
            err.println("error: page " + r.number() + ": " + r.failure().getMessage());
        }
        int made = results.size() - failed.size();
        spec.commandLine().getOut().println("wrote " + output + ": " + made + " of " + results.size() + " pages, " + files.size() + " files"
                + (failed.isEmpty() ? "" : "; " + failed.size() + " pages failed (see manifest.json)"));
        err.flush();
        return failed.isEmpty() ? ExitCodes.OK : ExitCodes.of(failed.get(0).failure());
    }

    /** Pages done of all: a bar on a terminal, a line a page otherwise. */
    private static final class Progress implements AutoCloseable {
        private final ProgressBar bar;
        private final PrintWriter err;
        private final int total;
        private final AtomicInteger done = new AtomicInteger();

        Progress(PrintWriter err, int total) {
            this.err = err;
            this.total = total;
            this.bar = !onTerminal() ? null : new ProgressBarBuilder().setTaskName("pages").setInitialMax(total)
                    .setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(200).continuousUpdate().build();
        }

        /**
         * True when standard error is a terminal: {@code System.console()} is null when the streams are
         * redirected on Java 17, and on Java 22 and later exists but says so with {@code isTerminal()}.
         */
        private static boolean onTerminal() {
            java.io.Console console = System.console();
            if (console == null) {
                return false;
            }
            try {
                return (Boolean) java.io.Console.class.getMethod("isTerminal").invoke(console);
            } catch (ReflectiveOperationException olderJava) {
                return true;
            }
        }

        synchronized void done(int page) {
            int n = done.incrementAndGet();
            if (bar != null) {
                bar.stepTo(n);
            } else {
                err.println("page " + page + " done (" + n + " of " + total + ")");
                err.flush();
            }
        }

        @Override
        public void close() {
            if (bar != null) {
                bar.close();
            }
        }
    }
}
