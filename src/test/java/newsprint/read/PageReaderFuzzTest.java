package newsprint.read;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import newsprint.NewsprintException;
import newsprint.Seed;
import newsprint.check.Preflight;
import newsprint.model.PageFile;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Fuzzing the page reader: random bytes, and the seed page (as YAML and as JSON) with random
 * edits of the kinds hands make (a character typed, a line lost or doubled, a file cut off).
 * Whatever arrives, the reader returns a page or throws a {@link NewsprintException} with a
 * message: never another exception, never a hang. What it accepts, the preflight checks
 * without failing. jqwik keeps a failing case in {@code .jqwik-database} and tries it first on
 * the next run; cases found once are kept below as examples.
 */
class PageReaderFuzzTest {
    private static Path folder;
    private static String seedYaml;
    private static String seedJson;
    private static final newsprint.Newsprint NEWSPRINT = newsprint.Newsprint.bundled();

    private final PageReader reader = new PageReader();

    @BeforeContainer
    static void setUp() throws IOException {
        folder = Files.createTempDirectory("newsprint-fuzz");
        Files.createDirectories(folder.resolve("photos"));
        Files.copy(Seed.PAGE.resolveSibling("photos/meeting.jpg"), folder.resolve("photos/meeting.jpg"));
        seedYaml = Files.readString(Seed.PAGE);
        seedJson = new ObjectMapper().writeValueAsString(new ObjectMapper(new YAMLFactory()).readTree(seedYaml));
    }

    @AfterContainer
    static void tearDown() throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    /** Reads {@code bytes} as a page file: a page, or null after a NewsprintException with a message. */
    private PageFile read(String name, byte[] bytes) throws IOException {
        Path file = Files.write(folder.resolve(name), bytes);
        try {
            return reader.read(file);
        } catch (NewsprintException e) {
            assertThat(e.getMessage()).startsWith(file.toString()).doesNotContain("Exception");
            return null;
        }
    }

    @Property(tries = 1000)
    void anyBytesGetAPageOrAnError(@ForAll @Size(max = 4096) byte[] bytes) throws IOException {
        read("page.yaml", bytes);
    }

    @Property(tries = 500)
    void anyBytesAsJsonGetAPageOrAnError(@ForAll @Size(max = 4096) byte[] bytes) throws IOException {
        read("page.json", bytes);
    }

    @Property(tries = 1000)
    void anyEditOfTheSeedGetsAPageOrAnError(@ForAll("seeds") String seed, @ForAll("edits") List<Edit> edits) throws IOException {
        String text = seed;
        for (Edit e : edits) {
            text = e.apply(text);
        }
        read(seed == seedJson ? "page.json" : "page.yaml", text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    @Property(tries = 200)
    void whatTheReaderAcceptsThePreflightChecks(@ForAll("edits") List<Edit> edits) throws IOException {
        String text = seedYaml;
        for (Edit e : edits) {
            text = e.apply(text);
        }
        PageFile page = read("page.yaml", text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        if (page != null && page.page().layout().equals("tabloid")) {
            new Preflight().unplaced(NEWSPRINT.prepare(page));
        }
    }

    /**
     * What YAML would read as a number, a date, a boolean or a null, written as a headline: the
     * headline is the characters written, or the page is refused with a NewsprintException (a
     * value YAML cannot hold unquoted); JSON keeps a JSON number's text and refuses the others
     * naming the field.
     */
    @Property(tries = 1000)
    void numberLikeTextIsKeptAsWritten(@ForAll("numberLike") String value) throws IOException {
        String yaml = Seed.ONE_ARTICLE.replace("headline: 广东省科协召开党组会议", "headline: " + value);
        PageFile page = read("page.yaml", yaml.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        if (page != null) {
            assertThat(page.articles().get(0).headline()).isEqualTo(value.strip());
        }
        String json = """
                {"edition": {"paper": "科技报", "date": "2024-07-25"}, "page": {"number": 3, "section": "要闻"},
                 "articles": [{"id": "a", "headline": %s, "body": ["正文。"]}]}""".formatted(value);
        Path file = Files.write(folder.resolve("page.json"), json.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        try {
            assertThat(reader.read(file).articles().get(0).headline()).isEqualTo(value);
        } catch (NewsprintException e) {
            // JSON's null is no headline; anything else JSON refuses is named by its place
            assertThat(e.getMessage()).startsWith(file.toString()).containsAnyOf("articles[1].headline", "missing field 'headline'");
        }
        Statistics.collect(page == null ? "yaml refused" : "yaml kept");
    }

    @Provide
    Arbitrary<String> numberLike() {
        Arbitrary<String> numeric = Arbitraries.strings().withChars("0123456789.eE+-_xXoOb:abcdefABCDEF").ofMinLength(1).ofMaxLength(40)
                .filter(v -> Character.isDigit(v.charAt(0)) || ".+-".indexOf(v.charAt(0)) >= 0)
                .filter(v -> !v.endsWith(":") && !v.startsWith("- ") && !v.equals("-"));
        Arbitrary<String> special = Arbitraries.of("~", "null", "Null", "NULL", "true", "False", "yes", "No", "on", "OFF", "y", "n",
                ".nan", ".NaN", ".inf", "-.Inf", "0o17", "0b101", "1_000", "2024-07-25", "2024-07-25T10:00:00Z", "12:30:45", "1e400",
                "0x1F", "007", "1.50", "3.14e5", "123456789012345678901234567890");
        return Arbitraries.oneOf(numeric, special);
    }

    /** A sample of what Chinese copy holds, plus YAML's and JSON's own marks. */
    private static final String ALPHABET = ":{}[],&*!|>'\"%@`#-?~<+ \n\t\\中文会议科协，。、；：（）“”《》…—a1Z0.x";

    /** One edit of a page file's text; positions are fractions of its length, so an edit fits any text. */
    record Edit(int kind, double at, double to, String text) {
        String apply(String s) {
            int[] cps = s.codePoints().toArray();
            int i = (int) (at * cps.length);
            int j = Math.min(cps.length, i + 1 + (int) (to * 40));
            List<String> lines = new ArrayList<>(Arrays.asList(s.split("\n", -1)));
            int line = (int) (at * lines.size());
            return switch (kind) {
                case 0 -> new String(cps, 0, i) + text + new String(cps, i, cps.length - i); // a few characters typed
                case 1 -> new String(cps, 0, i) + new String(cps, j, cps.length - j); // a few characters lost
                case 2 -> { // a line doubled
                    lines.add(line, lines.get(Math.min(line, lines.size() - 1)));
                    yield String.join("\n", lines);
                }
                case 3 -> { // a line lost
                    lines.remove(Math.min(line, lines.size() - 1));
                    yield String.join("\n", lines);
                }
                default -> new String(cps, 0, i); // the file cut off
            };
        }
    }

    @Provide
    Arbitrary<String> seeds() {
        return Arbitraries.of(seedYaml, seedJson);
    }

    @Provide
    Arbitrary<List<Edit>> edits() {
        Arbitrary<String> typed = Arbitraries.strings().withChars(ALPHABET).ofMinLength(1).ofMaxLength(6);
        Arbitrary<Edit> edit = Combinators.combine(Arbitraries.integers().between(0, 4), Arbitraries.doubles().between(0, 1),
                Arbitraries.doubles().between(0, 1), typed).as(Edit::new);
        return edit.list().ofMinSize(1).ofMaxSize(4);
    }

    @Example
    void aPageThatIsOnlyAByteOrderMarkIsEmpty() throws IOException {
        assertThat(read("page.yaml", new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF})).isNull();
    }
}
