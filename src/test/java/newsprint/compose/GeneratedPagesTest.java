package newsprint.compose;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import newsprint.GeneratedPages;
import newsprint.Newsprint;
import newsprint.Seed;
import newsprint.model.PageFile;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Invariants of page makeup over 200 generated pages of 1 to 12 articles and ten of 30 to 100
 * (seeded, so any failure replays): modules on the grid, inside the type area, not overlapping,
 * filling it; columns level within a line; the report's free area equal to the empty cells;
 * every article placed or reported as left out; and, on a sample rendered, every character of
 * the copy either in the PDF or in the overset list.
 */
class GeneratedPagesTest {
    private static final Newsprint NEWSPRINT = Newsprint.bundled();

    @TempDir
    static Path dir;

    /** Every eighth page is rendered too (rendering is most of the time; composition is checked on all). */
    private static final int RENDER_EVERY = 8;

    static Stream<Arguments> cases() {
        List<Arguments> cases = new ArrayList<>();
        // pages of many articles: all placed, or the ones left out named, never lost. They come first, the
        // most articles first: planning a broadsheet of 31 to 100 articles takes 10 to 30 s of one core,
        // and the cases run two at a time in about the order given, so a long one started last would
        // run alone at the end while the other core idles
        int[] many = {30, 31, 32, 33, 40, 50, 64, 65, 80, 100};
        for (int i = many.length - 1; i >= 0; i--) {
            cases.add(Arguments.of(20261201L + i, i % 2 == 0 ? "tabloid" : "broadsheet", many[i], i % 3 == 0));
        }
        for (int i = 0; i < 200; i++) {
            cases.add(Arguments.of(20241124L + i, i % 2 == 0 ? "tabloid" : "broadsheet", 0, i % RENDER_EVERY == 0));
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "seed {0} on {1}, {2} articles (0: 1 to 12), rendered: {3}")
    @MethodSource("cases")
    // one engine, its pages on every core: the cases run side by side, the class still alone among the others
    @org.junit.jupiter.api.parallel.Execution(org.junit.jupiter.api.parallel.ExecutionMode.CONCURRENT)
    void invariantsHold(long seed, String layout, int articles, boolean render) throws IOException {
        // a folder a case: the cases run two at a time (see the class's @Execution)
        Path folder = java.nio.file.Files.createDirectories(dir.resolve(seed + "-" + layout + "-" + articles));
        Path page = articles == 0 ? GeneratedPages.write(folder, seed, layout) : GeneratedPages.write(folder, seed, layout, articles);
        PageFile file = NEWSPRINT.read(page);
        ComposedPage composed = NEWSPRINT.compose(NEWSPRINT.prepare(file));
        PageGrid g = composed.grid();
        // every article is placed or named as left out, with all its copy overset
        assertThat(composed.modules().size() + composed.leftOut().size()).isEqualTo(file.articles().size());
        assertThat(composed.modules()).as("something is placed").isNotEmpty();
        for (Unplaced u : composed.leftOut()) {
            assertThat(composed.fits()).isFalse();
            assertThat(u.fit().oversetChars()).as(u.article().id()).isEqualTo(u.fit().contentChars());
            assertThat(Seed.squash(String.join("", u.fit().oversetText())))
                    .startsWith(String.join("", Seed.printedParagraphs(List.of(u.article()))));
        }
        CopyFitReport report = CopyFitReport.of(composed);
        assertThat(report.articles()).extracting(CopyFitReport.Entry::id)
                .containsExactlyInAnyOrderElementsOf(file.articles().stream().map(a -> a.id()).toList());
        List<Rect> placed = new ArrayList<>();
        int cells = 0;
        int empty = 0;
        for (Module m : composed.modules()) {
            String id = m.article().id();
            assertThat(g.typeArea().contains(m.rect())).as(id).isTrue();
            assertThat(m.rect()).as(id).isEqualTo(g.area(m.column(), m.span(), m.line(), m.lines()));
            for (Rect r : placed) {
                assertThat(r.overlaps(m.rect())).as(id).isFalse();
            }
            placed.add(m.rect());
            cells += m.span() * m.lines();
            // level columns: every frame holding text ends within one line of the others
            List<Double> bottoms = m.frames().stream().filter(f -> !f.lines().isEmpty())
                    .map(f -> f.rect().yPt() + f.lines().size() * g.leadingPt()).toList();
            if (m.fit().fits() && !bottoms.isEmpty()) {
                double spread = bottoms.stream().mapToDouble(d -> d).max().orElseThrow() - bottoms.stream().mapToDouble(d -> d).min().orElseThrow();
                assertThat(spread).as(id + " column bottoms").isLessThanOrEqualTo(g.leadingPt() + 0.01);
            }
            // text, photos and captions inside the module, never on top of each other
            for (TextFrame f : m.frames()) {
                Rect text = new Rect(f.rect().xPt(), f.rect().yPt(), f.rect().widthPt(), f.lines().size() * g.leadingPt());
                assertThat(m.rect().contains(text)).as(id).isTrue();
                for (Figure fig : m.figures()) {
                    assertThat(text.overlaps(fig.frame()) || text.overlaps(fig.captionRect())).as(id).isFalse();
                }
            }
            for (Figure fig : m.figures()) {
                assertThat(m.rect().contains(fig.frame())).as(id).isTrue();
                assertThat(fig.captionRect().yPt()).isGreaterThanOrEqualTo(fig.frame().bottomPt());
                assertThat(fig.captionRect().yPt() - fig.frame().bottomPt()).isLessThan(g.leadingPt());
            }
            // the report's underset is exactly the text cells left empty
            int textCells = m.frames().stream().mapToInt(f -> (int) Math.round(f.rect().heightPt() / g.leadingPt())).sum();
            int used = m.frames().stream().mapToInt(f -> f.lines().size()).sum();
            if (m.fit().fits()) {
                assertThat(textCells - used).as(id + " underset").isEqualTo(m.fit().undersetLines());
            }
            empty += m.fit().undersetLines();
            // and the overset lines are exactly the lines not dealt; nothing is overset while room is left
            assertThat(used + m.fit().oversetLines()).as(id).isEqualTo(m.fit().contentLines());
            if (!m.fit().fits()) {
                assertThat(textCells - used).as(id + ": empty lines beside overset").isZero();
            }
        }
        assertThat(cells).isEqualTo(composed.totalCells());
        assertThat(report.freeCells()).isEqualTo(empty);

        if (!render) {
            return;
        }
        String pdfText;
        try (PDDocument doc = Loader.loadPDF(NEWSPRINT.render(composed))) {
            pdfText = Seed.squash(new PDFTextStripper().getText(doc));
        }
        for (Module m : composed.modules()) {
            StringBuilder printed = new StringBuilder();
            m.frames().forEach(f -> f.lines().forEach(l -> printed.append(l.line().text())));
            String overset = String.join("", m.fit().oversetText());
            String all = Seed.squash(printed.toString() + overset);
            String expected = String.join("", Seed.printedParagraphs(List.of(m.article())));
            assertThat(all).as(m.article().id() + ": printed + overset = the copy").startsWith(expected);
            assertThat(pdfText).as(m.article().id() + ": the placed lines are in the PDF").contains(Seed.squash(printed.toString()));
        }
    }
}
