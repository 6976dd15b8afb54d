package newsprint.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import newsprint.Newsprint;
import newsprint.NewsprintException;
import newsprint.Seed;
import newsprint.compose.PageGrid;
import newsprint.prepare.PreparedPage;
import newsprint.model.PageFile;
import newsprint.read.PageReader;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Fuzzing the layout reader: the bundled tabloid layout.yaml with random edits, of the kinds a
 * designer's hands make and of its numbers in particular (zero, negative, huge, {@code .nan},
 * hexadecimal). Whatever arrives, the library gives a layout or a {@link NewsprintException},
 * never another exception, and quickly; a layout it accepts measures a grid, loads its faces and
 * composes a small page (or refuses it with a NewsprintException).
 */
class LayoutFuzzTest {
    /** Reading and composing a small page takes milliseconds; a try that takes this long is a hang. */
    private static final long MAX_TRY_NANOS = 5_000_000_000L;

    private static Path folder;
    private static String tabloid;
    private static PageFile page;
    /** One font library for every try: the faces are parsed once, as in a long-running process. */

    @BeforeContainer
    static void setUp() throws IOException {
        folder = Files.createTempDirectory("newsprint-layout-fuzz");
        Files.createDirectories(folder.resolve("tabloid"));
        tabloid = Files.readString(LayoutLibraryTest.TABLOID);
        Path pageFile = folder.resolve("page.yaml");
        Files.writeString(pageFile, Seed.ONE_ARTICLE);
        page = new PageReader().read(pageFile);
    }

    @AfterContainer
    static void tearDown() throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    @Property(tries = 500)
    void anyEditOfALayoutGetsALayoutOrAnError(@ForAll("edits") List<Edit> edits) throws IOException {
        String text = tabloid;
        for (Edit e : edits) {
            text = e.apply(text);
        }
        Files.write(folder.resolve("tabloid/layout.yaml"), text.getBytes(StandardCharsets.UTF_8));
        long start = System.nanoTime();
        try {
            Newsprint engine = new Newsprint(new LayoutLibrary(folder));
            PreparedPage prepared = engine.prepare(page);
            PageGrid grid = PageGrid.of(prepared.layout().layout());
            assertThat(grid.lines()).isBetween(10, 999);
            assertThat(grid.typeArea().widthPt()).isPositive().isLessThanOrEqualTo(grid.pageWidthPt());
            engine.compose(prepared);
            Statistics.collect("composed");
        } catch (NewsprintException e) {
            assertThat(e.getMessage()).doesNotContain("Exception");
            Statistics.collect("refused");
        }
        assertThat(System.nanoTime() - start).as("time for one layout").isLessThan(MAX_TRY_NANOS);
    }

    /** Numbers a designer might type, and some no designer should. */
    private static final String[] NUMBERS = {"0", "-1", "1", "0.5", "9", "14", "999999", "1e3", ".nan", ".inf", "-.inf", "0x10", "1_0",
            "7.5", "100", "450", "1000", "~", "", "'9'", "[9]"};
    private static final String ALPHABET = ":{}[],&*!|>'\"%@`#-?~ \n\t\\0123456789.eE-+naifsxNotoSerifSC.ttf";

    /** One edit of the layout's text; positions are fractions of its length, so an edit fits any text. */
    record Edit(int kind, double at, double to, String text, int number) {
        String apply(String s) {
            int[] cps = s.codePoints().toArray();
            int i = (int) (at * cps.length);
            int j = Math.min(cps.length, i + 1 + (int) (to * 20));
            List<String> lines = new ArrayList<>(Arrays.asList(s.split("\n", -1)));
            int line = (int) (at * lines.size());
            return switch (kind) {
                case 0 -> new String(cps, 0, i) + text + new String(cps, i, cps.length - i); // characters typed
                case 1 -> new String(cps, 0, i) + new String(cps, j, cps.length - j); // characters lost
                case 2 -> { // a line doubled
                    lines.add(line, lines.get(Math.min(line, lines.size() - 1)));
                    yield String.join("\n", lines);
                }
                case 3 -> { // a line lost
                    lines.remove(Math.min(line, lines.size() - 1));
                    yield String.join("\n", lines);
                }
                default -> { // a number replaced
                    java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?<=: )[0-9.]+").matcher(s);
                    List<int[]> spans = new ArrayList<>();
                    while (m.find()) {
                        spans.add(new int[] {m.start(), m.end()});
                    }
                    int[] span = spans.get((int) (at * spans.size()));
                    yield s.substring(0, span[0]) + NUMBERS[number] + s.substring(span[1]);
                }
            };
        }
    }

    @Provide
    Arbitrary<List<Edit>> edits() {
        Arbitrary<String> typed = Arbitraries.strings().withChars(ALPHABET).ofMinLength(1).ofMaxLength(6);
        Arbitrary<Edit> edit = Combinators.combine(Arbitraries.integers().between(0, 7), Arbitraries.doubles().between(0, 0.99),
                Arbitraries.doubles().between(0, 1), typed, Arbitraries.integers().between(0, NUMBERS.length - 1)).as(Edit::new);
        return edit.list().ofMinSize(1).ofMaxSize(4);
    }
}
