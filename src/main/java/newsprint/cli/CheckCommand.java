package newsprint.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import newsprint.Newsprint;
import newsprint.check.Finding;
import newsprint.model.PageFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code newsprint check PAGE [--json]}: the preflight, without making a PDF. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Preflight a page file without making a PDF: characters no font has, photos that do not decode or "
                + "print coarse, paragraphs printed twice or cut in two, English words and half-width punctuation in Han "
                + "text, empty headlines, photos without a credit. Exits 8 when there is an error; warnings alone exit 0.")
final class CheckCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PAGE", description = "the page file")
    Path page;

    @Option(names = "--json", description = "print the findings as JSON")
    boolean json;

    @picocli.CommandLine.Mixin
    CommonOptions common;

    /** The JSON form: the page, its counts, and each finding with its severity and code as words. */
    record Report(String page, String layout, long errors, long warnings, List<Entry> findings) {
    }

    record Entry(String severity, String article, String field, String code, String message) {
    }

    @Override
    public Integer call() throws Exception {
        Newsprint newsprint = common.newsprint();
        PageFile file = newsprint.read(page);
        List<Finding> findings = newsprint.check(newsprint.prepare(file));
        long errors = findings.stream().filter(Finding::isError).count();
        var out = spec.commandLine().getOut();
        if (json) {
            Report report = new Report(page.toString(), file.page().layout(), errors, findings.size() - errors,
                    findings.stream().map(f -> new Entry(f.severity().label(), f.articleId(), f.field(), f.code().id(), f.message())).toList());
            out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(report));
        } else {
            for (Finding f : findings) {
                out.println(f.severity().label() + ": " + page + ": " + f.describe());
            }
            out.println(page + ": " + plural(errors, "error") + ", " + plural(findings.size() - errors, "warning"));
        }
        out.flush();
        return errors == 0 ? ExitCodes.OK : ExitCodes.PREFLIGHT;
    }

    private static String plural(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
