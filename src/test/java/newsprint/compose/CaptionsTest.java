package newsprint.compose;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import newsprint.TestGrid;
import newsprint.layout.Layout.CreditPlacement;
import newsprint.model.Photo;
import newsprint.prepare.PreparedLayout;
import newsprint.type.LineBreaker;
import newsprint.type.SetLine;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Captions in the fixed-metric test face (caption and credit 10 pt: a Han character 10 pt, a
 * space 2.5 pt), under a photo 90 pt wide: 9 characters a line. The caption 志愿者为村民讲解油茶种植技术。
 * fills its first line inside the word 油茶 (oil tea); broken by meaning it ends before it.
 */
class CaptionsTest {
    private static final String CAPTION = "志愿者为村民讲解油茶种植技术。";
    private static final String CREDIT = "记者 刘芳 摄";
    private static final double WIDTH_PT = 90;
    private static PreparedLayout layout;
    private static PageGrid grid;

    @BeforeAll
    static void grid() {
        layout = TestGrid.newsprint().layout(TestGrid.LAYOUT);
        grid = PageGrid.of(layout.layout());
    }

    private static List<SetLine> set(CreditPlacement placement, String credit) {
        return new Captions(layout.styles(), new LineBreaker(), grid, placement).set(new Photo(Path.of("p.jpg"), CAPTION, credit, null, null),
                WIDTH_PT);
    }

    private static List<String> texts(List<SetLine> lines) {
        return lines.stream().map(SetLine::text).toList();
    }

    @Test
    void aCaptionBreaksBetweenWordsNotWhereItsFirstLineIsFull() {
        List<SetLine> lines = set(CreditPlacement.RIGHT, null);
        assertThat(texts(lines)).containsExactly("志愿者为村民讲解", "油茶种植技术。");
        assertThat(lines.get(0).letterSpacingPt()).as("justified: 10 pt of room over 7 gaps").isEqualTo(10.0 / 7);
        assertThat(Captions.breaksInsideWords(CAPTION, lines)).isZero();
    }

    @Test
    void aCreditThatWouldBreakAWordRunningInIsSetRightOnTheLineItWouldHaveTaken() {
        // run in, it takes three lines too (志愿者为村民讲解油 / 茶种植技术。 记者 / 刘芳 摄), breaking 油|茶
        List<SetLine> lines = set(CreditPlacement.RIGHT, CREDIT);
        assertThat(texts(lines)).containsExactly("志愿者为村民讲解", "油茶种植技术。", CREDIT);
        assertThat(lines.get(2).startPt()).as("set right: 55 pt of credit ending at the right edge").isEqualTo(35);
        assertThat(Captions.breaksInsideWords(CAPTION, lines)).isZero();
    }

    @Test
    void aCreditTheLayoutRunsInStaysRunInAndItsBreakInsideAWordIsCounted() {
        List<SetLine> lines = set(CreditPlacement.RUN_IN, CREDIT);
        assertThat(texts(lines)).containsExactly("志愿者为村民讲解油", "茶种植技术。 记者", "刘芳 摄");
        // the line carrying the credit is judged on its caption part
        assertThat(Captions.captionText(lines.get(1))).isEqualTo("茶种植技术。");
        assertThat(LayoutAudit.insideWords(CAPTION, lines.stream().map(Captions::captionText).filter(t -> !t.isBlank()).toList()))
                .containsExactly("民讲解油|茶种植技");
    }

    @Test
    void aCreditIsNeverSplitBetweenTwoLines() {
        // run in, 记者 would end the caption's last line and 刘芳 摄 start the next: the credit is one unit, set right below
        String caption = "村民在田间地头查看新油茶长势。";
        List<SetLine> lines = new Captions(layout.styles(), new LineBreaker(), grid, CreditPlacement.RIGHT)
                .set(new Photo(Path.of("p.jpg"), caption, CREDIT, null, null), WIDTH_PT);
        assertThat(lines.stream().filter(l -> l.text().contains("刘芳")).findFirst().orElseThrow().text()).isEqualTo(CREDIT);
        assertThat(texts(lines)).containsExactly("村民在田间地头查看", "新油茶长势。", CREDIT);
    }
}
