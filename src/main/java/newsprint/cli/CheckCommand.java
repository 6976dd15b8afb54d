package newsprint.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import newsprint.Newsprint;
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

/** {@code newsprint check PAGE [--json]}: the preflight, without making a PDF. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Preflight a page file without making a PDF: characters no font has, photos that do not decode or "
                + "print coarse, paragraphs printed twice or cut in two, English words and half-width punctuation in Han "
                + "text, empty headlines, photos without a credit, ads that a press refuses; then the ink each plate carries. "
                + "Exits 8 when there is an error; warnings alone exit 0.")
final class CheckCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PAGE", description = "the page file")
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
        long errors = findings.stream().filter(Finding::isError).count();
        var out = spec.commandLine().getOut();
        if (json) {
            Report report = new Report(page.toString(), file.page().layout(), errors, findings.size() - errors,
                    findings.stream().map(f -> new Entry(f.severity().label(), f.articleId(), f.field(), f.code().id(), f.message())).toList(),
                    ink == null ? null : new Ink(round(ink.cyan()), round(ink.magenta()), round(ink.yellow()), round(ink.black()),
                            ink.inkLimit(), ink.pictures()));
            out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(report));
        } else {
            for (Finding f : findings) {
                out.println(f.severity().label() + ": " + page + ": " + f.describe());
            }
            if (ink != null) {
                out.println(page + ": ink " + ink.plates() + " of the page (" + file.page().colour().name().toLowerCase(java.util.Locale.ROOT)
                        + " page, limit " + ink.inkLimit() + " %)");
            }
            out.println(page + ": " + plural(errors, "error") + ", " + plural(findings.size() - errors, "warning"));
        }
        out.flush();
        return errors == 0 ? ExitCodes.OK : ExitCodes.PREFLIGHT;
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }

    private static String plural(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
