package newsprint.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import newsprint.Newsprint;
import newsprint.NewsprintException;
import newsprint.edition.EditionMaker;
import newsprint.read.EditionReader;
import java.util.ArrayList;
import newsprint.check.Finding;
import newsprint.check.Preflight;
import newsprint.compose.ComposedPage;
import newsprint.finish.InkCoverage;
import newsprint.finish.Press;
import newsprint.finish.PrintFinish;
import newsprint.prepare.PreparedPage;
import newsprint.model.PageFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code newsprint check PAGE|EDITION [--json]}: the preflight, without writing a PDF. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Preflight a page file, or every page of an edition file as the edition makes it, without writing "
                + "a PDF: characters no font has, photos that do not decode or print coarse, paragraphs printed twice or cut "
                + "in two, English words and half-width punctuation in Han text, empty headlines, photos without a credit, ads that a press refuses; then the ink each plate carries. "
                + "Exits 8 when there is an error; warnings alone exit 0.")
final class CheckCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PAGE", description = "the page file, or an edition file")
    Path page;

    @Option(names = "--json", description = "print the findings as JSON")
    boolean json;

    @picocli.CommandLine.Mixin
    CommonOptions common;

    @picocli.CommandLine.Mixin
    PressOptions pressOptions;

    /** The JSON form: the page, its counts, each finding with its severity and code as words, and the plates' ink. */
    record Report(String page, String layout, long errors, long warnings, List<Entry> findings, Ink ink) {
    }

    /** Ink per plate in percent of the page, the limit, and each picture's highest total ink. */
    record Ink(double cyan, double magenta, double yellow, double black, int limit, List<InkCoverage.PictureInk> pictures) {
    }

    record Entry(String severity, String article, String field, String code, String message) {
    }

    @Override
    public Integer call() throws Exception {
        Press press = pressOptions.press();
        Newsprint newsprint = common.newsprint();
        press.prefetch();
        var out = spec.commandLine().getOut();
        if (EditionReader.isEdition(page)) {
            return edition(newsprint, press, out);
        }
        PageFile file = newsprint.read(page);
        PreparedPage prepared = newsprint.prepare(file);
        List<Finding> findings = new ArrayList<>(newsprint.check(prepared));
        InkCoverage.Report ink = null;
        if (findings.stream().noneMatch(Finding::isError)) {
            // the plates as render would make them: what each separation carries
            ComposedPage composed = newsprint.compose(prepared);
            ink = InkCoverage.measure(newsprint.render(composed, new PrintFinish(3, false, press)), press);
            findings.addAll(Preflight.ink(composed, ink));
        }
        Report report = report(page.toString(), file, findings, ink);
        if (json) {
            out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(report));
        } else {
            print(out, page.toString(), file, findings, ink);
        }
        out.flush();
        return report.errors() == 0 ? ExitCodes.OK : ExitCodes.PREFLIGHT;
    }

    /**
     * An edition: every page checked as the edition makes it (its ads from the bookings, the
     * copy jumped to it, the 导读 box), and the ink of its plate. A page the edition cannot make
     * stops the check with its error, as in {@code fit}, unless it is a preflight error: that is
     * the page's finding.
     */
    private int edition(Newsprint newsprint, Press press, java.io.PrintWriter out) throws Exception {
        var results = new EditionMaker(newsprint).make(newsprint.readEdition(page), new EditionMaker.Settings(new PrintFinish(3, false, press),
                true, Runtime.getRuntime().availableProcessors(), n -> { }));
        List<Report> reports = new ArrayList<>();
        long errors = 0;
        for (var r : results) {
            String name = r.file().file().toString();
            if (r.failed() && !(r.failure() instanceof NewsprintException.PreflightFailed)) {
                throw r.failure();
            }
            Report report;
            if (r.failed()) {
                report = new Report(name, r.file().page().layout(), 1, 0,
                        List.of(new Entry(Finding.Severity.ERROR.label(), null, null, null, r.failure().getMessage())), null);
                if (!json) {
                    out.println("error: " + r.failure().getMessage());
                    out.println(name + ": 1 error, 0 warnings");
                }
            } else {
                List<Finding> findings = new ArrayList<>(newsprint.check(r.composed().prepared()));
                findings.addAll(Preflight.ink(r.composed(), r.ink()));
                report = report(name, r.file(), findings, r.ink());
                if (!json) {
                    print(out, name, r.file(), findings, r.ink());
                }
            }
            errors += report.errors();
            reports.add(report);
        }
        if (json) {
            out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(reports));
        }
        out.flush();
        return errors == 0 ? ExitCodes.OK : ExitCodes.PREFLIGHT;
    }

    private static Report report(String name, PageFile file, List<Finding> findings, InkCoverage.Report ink) {
        long errors = findings.stream().filter(Finding::isError).count();
        return new Report(name, file.page().layout(), errors, findings.size() - errors,
                findings.stream().map(f -> new Entry(f.severity().label(), f.articleId(), f.field(), f.code().id(), f.message())).toList(),
                ink == null ? null : new Ink(round(ink.cyan()), round(ink.magenta()), round(ink.yellow()), round(ink.black()),
                        ink.inkLimit(), ink.pictures()));
    }

    /** The text form: a line a finding, the plates' ink, the counts. */
    private static void print(java.io.PrintWriter out, String name, PageFile file, List<Finding> findings, InkCoverage.Report ink) {
        long errors = findings.stream().filter(Finding::isError).count();
        for (Finding f : findings) {
            out.println(f.severity().label() + ": " + name + ": " + f.describe());
        }
        if (ink != null) {
            out.println(name + ": ink " + ink.plates() + " of the page (" + file.page().colour().name().toLowerCase(java.util.Locale.ROOT)
                    + " page, limit " + ink.inkLimit() + " %)");
        }
        out.println(name + ": " + plural(errors, "error") + ", " + plural(findings.size() - errors, "warning"));
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }

    private static String plural(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
