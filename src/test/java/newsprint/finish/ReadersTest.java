package newsprint.finish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import newsprint.Newsprint;
import newsprint.Seed;
import newsprint.compose.ComposedPage;
import newsprint.model.Article;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.pdf.PDFParser;
import org.apache.tika.sax.BodyContentHandler;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What the plain-text readers archives and indexers run get back from newsprint's PDFs, in their
 * default modes: of the page's paragraphs (byline run in, subheads too), how many come back
 * whole (the paragraph's characters in one unbroken run, line breaks aside) and how many of
 * those in reading order. The figures are the README's ("Plain text"); a reader that does
 * better or worse fails the test, so the README stays true. poppler's {@code pdftotext} and
 * mupdf's {@code mutool} are Debian packages that {@code .ci/run} installs; Tika is a test
 * dependency.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReadersTest {
    private final Newsprint newsprint = Newsprint.bundled();

    @TempDir
    Path dir;

    /** The examples as composed, and their print and archive PDFs, made once for the class (the same bytes every time). */
    private final Map<String, ComposedPage> pages = new HashMap<>();
    private final Map<String, byte[]> pdfs = new HashMap<>();

    /** A reader's result on one PDF: paragraphs whole, and of those in reading order, out of all. */
    record Figure(int whole, int inOrder, int of) {
        @Override
        public String toString() {
            return whole + "/" + of + " whole, " + inOrder + " in order";
        }
    }

    @ParameterizedTest(name = "{0} {1} by {2}: {3} whole, {4} in order")
    @CsvSource({
        // example, PDF, reader, whole, in reading order
        "seed, print, pdftotext, 0, 0",
        "seed, archive, pdftotext, 0, 0",
        "seed, print, mutool, 13, 13",
        "seed, archive, mutool, 13, 13",
        "seed, print, tika, 13, 13",
        "seed, archive, tika, 13, 13",
        // units and compressed pairs take no justification space, so a line's other gaps are wider:
        // poppler's default mode takes a gap over 0.1 em for a word break and reads more lines across columns
        // 13 before slack went to the photos (the page re-cut), then 14 (6 in order); 13 (12 in order) since the lead's two
        // photos are stacked rather than cropped to one row's height (the page re-cut again)
        "front-page, print, pdftotext, 13, 12",
        "front-page, archive, pdftotext, 13, 12",
        "front-page, print, mutool, 33, 33",
        "front-page, archive, mutool, 33, 33",
        "front-page, print, tika, 33, 33",
        "front-page, archive, tika, 33, 33",
        "photo-heavy, print, pdftotext, 0, 0",
        "photo-heavy, archive, pdftotext, 0, 0",
        "photo-heavy, print, mutool, 5, 5",
        "photo-heavy, archive, mutool, 5, 5",
        "photo-heavy, print, tika, 5, 5",
        "photo-heavy, archive, tika, 5, 5",
    })
    void readersReturnTheParagraphsTheReadmeSays(String example, String kind, String reader, int whole, int inOrder) throws Exception {
        // each example is composed once and each of its PDFs made once; the three readers read the same bytes
        ComposedPage page = pages.computeIfAbsent(example, e -> newsprint.compose(newsprint.prepare(Path.of("examples", e, "page.yaml"))));
        byte[] pdf = pdfs.computeIfAbsent(example + " " + kind,
                k -> kind.equals("print") ? newsprint.render(page) : newsprint.archive(page, example + ".pdf").get(0).bytes());
        String text = switch (reader) {
            case "pdftotext" -> tool(pdf, "pdftotext", "IN", "-");
            case "mutool" -> tool(pdf, "mutool", "draw", "-q", "-F", "text", "-o", "-", "IN");
            case "tika" -> tika(pdf);
            default -> throw new IllegalArgumentException(reader);
        };
        List<String> paragraphs = Seed.printedParagraphs(page.modules().stream().map(m -> m.article()).toList());
        assertThat(measure(text, paragraphs)).isEqualTo(new Figure(whole, inOrder, paragraphs.size()));
    }

    @org.junit.jupiter.api.Test
    void pdftotextKeepsAColumnTogetherOnceTheLeadingIsAtMostOneAndAHalfTimesTheSize() throws Exception {
        // why pdftotext fails on the tabloid: poppler joins two lines into one block only when
        // their baselines are at most 1.5 times the type size apart; the tabloid sets 9 pt on
        // 14 pt (1.56). The same page on 13.4 pt comes back 10 of 13 whole (a photo caption
        // interrupts one; two have lines whose justification poppler reads as word breaks across
        // the columns); the README's figure for the press's own leading stays 0 of 13.
        Path layouts = Files.createDirectories(dir.resolve("layouts"));
        for (String name : List.of("tabloid", "shared")) {
            Path to = Files.createDirectories(layouts.resolve(name));
            try (var files = Files.list(Path.of("layouts", name))) {
                for (Path f : files.toList()) {
                    String text = Files.readString(f).replace("leadingPt: 14}", "leadingPt: 13.4}");
                    Files.writeString(to.resolve(f.getFileName()), text);
                }
            }
        }
        Newsprint tighter = new Newsprint(new newsprint.layout.LayoutLibrary(layouts));
        ComposedPage page = tighter.compose(tighter.prepare(Seed.PAGE));
        List<String> paragraphs = Seed.printedParagraphs(page.modules().stream().map(m -> m.article()).toList());
        assertThat(measure(tool(tighter.render(page), "pdftotext", "IN", "-"), paragraphs).whole()).isGreaterThanOrEqualTo(10);
    }

    /** Whole paragraphs in {@code text}, and how many of them follow the one before in reading order. */
    static Figure measure(String text, List<String> paragraphs) {
        String t = Seed.squash(text);
        int whole = 0;
        int inOrder = 0;
        int last = -1;
        for (String p : paragraphs) {
            int at = t.indexOf(p);
            if (at >= 0) {
                whole++;
                if (at > last) {
                    inOrder++;
                    last = at;
                }
            }
        }
        return new Figure(whole, inOrder, paragraphs.size());
    }

    /** Runs a command-line reader on {@code pdf} ({@code IN} in its arguments) and returns what it printed. */
    private String tool(byte[] pdf, String... command) throws IOException, InterruptedException {
        assumeTrue(onPath(command[0]), command[0] + " is not installed (Debian: poppler-utils, mupdf-tools; .ci/run installs them)");
        Path in = Files.write(dir.resolve("in.pdf"), pdf);
        List<String> cmd = new ArrayList<>();
        for (String c : command) {
            cmd.add(c.equals("IN") ? in.toString() : c);
        }
        Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        byte[] out = p.getInputStream().readAllBytes();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(String.join(" ", cmd)).isZero();
        return new String(out, StandardCharsets.UTF_8);
    }

    private static boolean onPath(String tool) {
        for (String folder : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(folder, tool))) {
                return true;
            }
        }
        return false;
    }

    /** Apache Tika's PDF parser with its default configuration, as an indexer runs it. */
    private static String tika(byte[] pdf) throws Exception {
        BodyContentHandler text = new BodyContentHandler(-1);
        new PDFParser().parse(new ByteArrayInputStream(pdf), text, new Metadata(), new ParseContext());
        return text.toString();
    }
}
