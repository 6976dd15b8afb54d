package newsprint.compose;

import static newsprint.TestGrid.compose;
import static newsprint.TestGrid.story;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import newsprint.TestGrid;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The composer on the test grid: one article alone on the page gets the whole grid, 4 columns
 * of 100 pt with 10 pt gutters and 30 lines of 15 pt; a one-line lead headline takes the first
 * 3 lines, so the body has 27 lines a column, 108 in all. Where its lines go, where its head and
 * photo sit, and what the copy-fit report says of it are all known exactly.
 */
class ComposerTest {
    @TempDir
    Path dir;

    private Module alone(int bodyLines) throws IOException {
        ComposedPage page = compose(TestGrid.page(dir, story("lead", "天地玄黄").body(bodyLines)));
        assertThat(page.modules()).hasSize(1);
        return page.modules().get(0);
    }

    private static List<Integer> counts(Module m) {
        return m.frames().stream().map(f -> f.lines().size()).toList();
    }

    @Test
    void theColumnsEndWithinALineTheEarlierTakingTheExtraLine() throws IOException {
        assertThat(counts(alone(39))).containsExactly(10, 10, 10, 9);
        assertThat(counts(alone(40))).containsExactly(10, 10, 10, 10);
        assertThat(counts(alone(3))).containsExactly(1, 1, 1, 0);
        // one paragraph of 41 lines: no column cut can leave a line alone, so the first column takes the extra line
        ComposedPage one = compose(TestGrid.page(dir, story("lead", "天地玄黄").lines(41)));
        assertThat(counts(one.modules().get(0))).containsExactly(11, 10, 10, 10);
    }

    @Test
    void noParagraphLineStandsAloneAtAColumnTopOrFootWhereAnotherDealAvoidsIt() throws IOException {
        // paragraphs of 10, 10, 10, 10 and 1 lines: with the extra line in column 1 every column would end on the
        // first line of a paragraph (3 orphans); with it in column 4 every column starts and ends a paragraph
        Module m = alone(41);
        assertThat(counts(m)).containsExactly(10, 10, 10, 11);
        assertThat(LayoutAudit.of(compose(TestGrid.page(dir, story("lead", "天地玄黄").body(41)))).columnOrphans()).isZero();
        // 9, 9, 9, 9 and 3 lines (39): every deal of 10, 10, 10 and 9 cuts one paragraph after its first line, so one remains
        ComposedPage page = compose(TestGrid.page(dir, story("lead", "天地玄黄").lines(9, 9, 9, 9, 3)));
        LayoutAudit audit = LayoutAudit.of(page);
        assertThat(audit.columnWidows() + audit.columnOrphans()).isEqualTo(1);
        assertThat(counts(page.modules().get(0))).as("among equal deals the earlier columns take the extra lines").containsExactly(10, 10, 10, 9);
    }

    @Test
    void theLinesRunDownEachColumnInReadingOrder() throws IOException {
        Module m = alone(39);
        List<String> dealt = new ArrayList<>();
        m.frames().forEach(f -> f.lines().forEach(l -> dealt.add(l.line().text())));
        assertThat(m.frames().get(1).lines().get(0).line().text()).isEqualTo(dealt.get(10));
        // a paragraph of 10 lines per column: each column starts with one, indented
        for (TextFrame f : m.frames()) {
            assertThat(f.lines().get(0).blockStart()).isTrue();
            assertThat(f.lines().get(0).line().indentPt()).isEqualTo(20);
        }
    }

    @Test
    void theHeadAndTheFramesSitOnTheGrid() throws IOException {
        ComposedPage page = compose(TestGrid.page(dir, story("lead", "天地玄黄").body(39)));
        PageGrid g = page.grid();
        Module m = page.modules().get(0);
        double x = g.typeArea().xPt();
        double y = g.typeArea().yPt();
        assertThat(m.rect()).isEqualTo(g.typeArea());
        assertThat(g.typeArea().widthPt()).isEqualTo(430);
        assertThat(g.typeArea().heightPt()).isEqualTo(450);
        HeadLine headline = m.head().get(0);
        assertThat(headline.rect().yPt()).as("30 pt of headline at the top of its 45").isEqualTo(y);
        assertThat(headline.rect().heightPt()).isEqualTo(30);
        assertThat(headline.rect().widthPt()).isEqualTo(430);
        for (int c = 0; c < 4; c++) {
            Rect r = m.frames().get(c).rect();
            assertThat(r.xPt() - x).isCloseTo(110.0 * c, within(1e-9));
            assertThat(r.yPt() - y).isCloseTo(45, within(1e-9));
            assertThat(r.widthPt()).isEqualTo(100);
            assertThat(r.heightPt()).isEqualTo(27 * 15);
        }
    }

    @Test
    void aPhotoTakesTheTopRightAndTheTextIsDealtRoundIt() throws IOException {
        // a 280 × 240 photo over the two right columns grows to 16 lines (its largest) with 60 body lines;
        // its caption and credit share a line and a line of space follows: the right columns start 18 lines down
        TestGrid.photo(dir, "p.png", 280, 240);
        // its span asked for: a photo of free span would widen into the module's slack (ShapeTest)
        ComposedPage page = compose(TestGrid.page(dir, story("lead", "天地玄黄").body(60)
                .photo("p.png", "天地玄黄", "记者 宇宙 摄", 2)));
        PageGrid g = page.grid();
        Module m = page.modules().get(0);
        double x = g.typeArea().xPt();
        double y = g.typeArea().yPt();
        // level at 24 lines: 24 + 24 + 6 + 6 = 60
        assertThat(counts(m)).containsExactly(24, 24, 6, 6);
        assertThat(m.frames().get(2).rect().yPt() - y).isCloseTo((3 + 18) * 15, within(1e-9));
        Figure f = m.figures().get(0);
        assertThat(f.frame().xPt() - x).isCloseTo(220, within(1e-9));
        assertThat(f.frame().yPt() - y).isCloseTo(45, within(1e-9));
        assertThat(f.frame().widthPt()).isEqualTo(210);
        assertThat(f.frame().heightPt()).as("16 lines less a quarter line above the caption").isEqualTo(16 * 15 - 3.75);
        assertThat(f.captionRect().yPt() - y).isCloseTo((3 + 16) * 15, within(1e-9));
        assertThat(f.caption()).extracting(l -> l.text()).containsExactly("天地玄黄记者 宇宙 摄");
        // grown past its natural height, the photo covers its frame cropped at the sides, centred:
        // 236.25 pt tall, so 236.25 × 280/240 = 275.625 pt wide, 32.8125 pt cut off at each side
        assertThat(f.image().heightPt()).isCloseTo(236.25, within(1e-9));
        assertThat(f.image().widthPt()).isCloseTo(275.625, within(1e-9));
        assertThat(f.frame().xPt() - f.image().xPt()).isCloseTo(32.8125, within(1e-9));
        assertThat(f.image().yPt()).isEqualTo(f.frame().yPt());
        assertThat(m.fit().undersetLines()).isEqualTo(12);
    }

    @Test
    void copyFitCountsAnUndersetPageExactly() throws IOException {
        // four paragraphs of 10, 10, 10 and 9 lines: 98 + 98 + 98 + 88 characters
        CopyFitReport report = CopyFitReport.of(compose(TestGrid.page(dir, story("lead", "天地玄黄").body(39))));
        assertThat(report.columns()).isEqualTo(4);
        assertThat(report.lines()).isEqualTo(30);
        assertThat(report.charsPerLine()).isEqualTo(10);
        assertThat(report.fits()).isTrue();
        CopyFitReport.Entry e = report.articles().get(0);
        assertThat(e).extracting(CopyFitReport.Entry::column, CopyFitReport.Entry::row, CopyFitReport.Entry::spanColumns,
                CopyFitReport.Entry::heightLines).containsExactly(1, 1, 4, 30);
        assertThat(e.capacityLines()).isEqualTo(108);
        assertThat(e.capacityChars()).isEqualTo(1080);
        assertThat(e.contentLines()).isEqualTo(39);
        assertThat(e.contentChars()).isEqualTo(3 * 98 + 88);
        assertThat(e.undersetLines()).isEqualTo(69);
        assertThat(e.undersetChars()).isEqualTo(690);
        assertThat(e.oversetLines()).isZero();
        assertThat(report.freeCells()).isEqualTo(69);
        assertThat(report.freePercent()).isEqualTo(57.5);
        assertThat(report.freeChars()).isEqualTo(690);
    }

    @Test
    void copyFitListsEveryOversetLineAndCountsItsCharacters() throws IOException {
        ComposedPage page = compose(TestGrid.page(dir, story("lead", "天地玄黄").body(120)));
        Module m = page.modules().get(0);
        assertThat(counts(m)).containsExactly(27, 27, 27, 27);
        CopyFitReport.Entry e = CopyFitReport.of(page).articles().get(0);
        assertThat(e.contentLines()).isEqualTo(120);
        assertThat(e.contentChars()).isEqualTo(12 * 98);
        assertThat(e.oversetLines()).isEqualTo(12);
        // the last two lines of the eleventh paragraph and the whole twelfth
        assertThat(e.oversetChars()).isEqualTo(10 + 10 + 98);
        assertThat(e.undersetLines()).isZero();
        assertThat(page.fits()).isFalse();
        List<String> all = new ArrayList<>();
        m.frames().forEach(f -> f.lines().forEach(l -> all.add(l.line().text())));
        assertThat(all).hasSize(108);
        assertThat(String.join("", all) + String.join("", e.overset())).isEqualTo(String.join("",
                page.prepared().article("lead").body().stream().map(b -> b.text()).toList()));
    }
}
