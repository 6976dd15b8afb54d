package newsprint.type;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import newsprint.TestGrid;
import newsprint.layout.Role;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The line breaker in the fixed-metric test face (newsprint.TestFace), body 10 pt: a Han
 * character or a full-width mark is 10 pt wide, an ASCII character 5 pt, a space 2.5 pt, a
 * doubled dash 17.5 pt. So every line's text, natural width and justification spacing is known
 * to the point: the spacing of a justified line is (measure − natural width) / gaps, its gaps
 * being its characters less one, a joined dash counting as one stroke.
 */
class LineBreakerTest {
    private static TextStyle body;
    private static TextStyle bold;
    private final LineBreaker breaker = new LineBreaker();

    /** A body column of the test grid: 10 characters. */
    private static final double MEASURE_PT = 100;

    @BeforeAll
    static void fonts() {
        Styles styles = TestGrid.newsprint().layout(TestGrid.LAYOUT).styles();
        body = styles.get(Role.BODY);
        bold = styles.get(Role.BYLINE);
        assertThat(body.sizePt()).isEqualTo(10);
    }

    private List<SetLine> set(String text, double measurePt) {
        return breaker.set(List.of(new Span(text, body)), measurePt, 0, true);
    }

    private static List<String> texts(List<SetLine> lines) {
        return lines.stream().map(SetLine::text).toList();
    }

    /** The width a justified line is drawn at: its natural width and the spacing in each of its gaps. */
    private static double drawnWidthPt(SetLine line, int gaps) {
        return line.naturalWidthPt() + line.letterSpacingPt() * gaps;
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 7, 10, 11, 30})
    void aColumnOfNCharactersHoldsExactlyNHanCharacters(int n) {
        List<SetLine> lines = set(TestGrid.han(3 * n), n * 10.0);
        assertThat(texts(lines)).containsExactly(TestGrid.han(n, 0), TestGrid.han(n, n), TestGrid.han(n, 2 * n));
        for (SetLine l : lines) {
            assertThat(l.naturalWidthPt()).isEqualTo(n * 10.0);
            assertThat(l.letterSpacingPt()).isZero();
            assertThat(l.characters()).isEqualTo(n);
        }
    }

    @Test
    void fillsAColumnOfTheCharacterGridExactly() {
        List<SetLine> lines = set(TestGrid.han(25), MEASURE_PT);
        assertThat(texts(lines)).containsExactly(TestGrid.han(10, 0), TestGrid.han(10, 10), TestGrid.han(5, 20));
        assertThat(lines).extracting(SetLine::naturalWidthPt).containsExactly(100.0, 100.0, 50.0);
        assertThat(lines).extracting(SetLine::paragraphEnd).containsExactly(false, false, true);
        assertThat(lines.get(2).letterSpacingPt()).as("a paragraph's last line is not justified").isZero();
    }

    @Test
    void neverStartsALineWithClosingPunctuation() {
        // the comma would fall at the start of line 2: the character before it moves down with it
        List<SetLine> lines = set("天地玄黄宇宙洪荒日月，盈昃", MEASURE_PT);
        assertThat(texts(lines)).containsExactly("天地玄黄宇宙洪荒日", "月，盈昃");
        // and the short line is justified to the measure: 10 pt over its 8 gaps
        assertThat(lines.get(0).naturalWidthPt()).isEqualTo(90);
        assertThat(lines.get(0).letterSpacingPt()).isEqualTo(1.25);
        assertThat(drawnWidthPt(lines.get(0), 8)).isEqualTo(MEASURE_PT);
    }

    @Test
    void aRunOfClosingMarksMovesDownWithTheCharacterBeforeIt() {
        List<SetLine> lines = set("天地玄黄宇宙洪荒日。”月盈", MEASURE_PT);
        assertThat(texts(lines)).containsExactly("天地玄黄宇宙洪荒", "日。”月盈");
        assertThat(lines.get(0).letterSpacingPt()).isEqualTo(20.0 / 7);
    }

    @Test
    void neverEndsALineWithAnOpeningBracket() {
        List<SetLine> lines = set("天地玄黄宇宙洪荒日（月）盈昃", MEASURE_PT);
        assertThat(texts(lines)).containsExactly("天地玄黄宇宙洪荒日", "（月）盈昃");
        assertThat(lines.get(0).letterSpacingPt()).isEqualTo(1.25);
    }

    @Test
    void keepsEllipsisAndDashTogetherAndOffTheLineStart() {
        assertThat(texts(set("天地玄黄宇宙洪荒日……月盈", MEASURE_PT))).containsExactly("天地玄黄宇宙洪荒", "日……月盈");
        List<SetLine> dash = set("天地玄黄宇宙洪荒日——月盈昃", MEASURE_PT);
        assertThat(texts(dash)).containsExactly("天地玄黄宇宙洪荒", "日——月盈昃");
        assertThat(dash.get(1).naturalWidthPt()).as("日 10, —— 17.5, 月盈昃 30").isEqualTo(57.5);
    }

    @Test
    void aDoubledDashIsOneStrokeInWidthAndInJustification() {
        // 6 Han (60) + —— (17.5) + 2 Han (20) = 97.5 pt; 10 characters, but the dashes share no gap: 8 gaps
        List<SetLine> lines = set("天地玄黄宇宙——洪荒日月盈", MEASURE_PT);
        assertThat(texts(lines)).containsExactly("天地玄黄宇宙——洪荒", "日月盈");
        assertThat(lines.get(0).naturalWidthPt()).isEqualTo(97.5);
        assertThat(lines.get(0).letterSpacingPt()).isEqualTo(2.5 / 8);
        assertThat(drawnWidthPt(lines.get(0), 8)).isEqualTo(MEASURE_PT);
    }

    @Test
    void breaksLatinTextOnlyBetweenWords() {
        // 20 ASCII characters to the column: "newsprint composes" is 87.5 pt, "pages" would take it to 115
        List<SetLine> lines = set("newsprint composes pages of the paper", MEASURE_PT);
        assertThat(texts(lines)).containsExactly("newsprint composes", "pages of the paper");
        assertThat(lines.get(0).naturalWidthPt()).isEqualTo(87.5);
        assertThat(lines.get(0).letterSpacingPt()).isEqualTo(12.5 / 17);
        assertThat(lines.get(1).naturalWidthPt()).isEqualTo(82.5);
    }

    @Test
    void aLatinWordAfterHanMovesDownWhole() {
        List<SetLine> lines = set("天地玄黄宇宙洪 newsprint", MEASURE_PT);
        assertThat(texts(lines)).containsExactly("天地玄黄宇宙洪", "newsprint");
        assertThat(lines.get(0).naturalWidthPt()).as("the space at the break is not set").isEqualTo(70);
        assertThat(lines.get(0).letterSpacingPt()).isEqualTo(5);
        assertThat(lines.get(1).naturalWidthPt()).isEqualTo(45);
    }

    @Test
    void aNumberIsNeverSplit() {
        assertThat(texts(set("天地玄黄宇宙洪荒日2024年月", MEASURE_PT))).containsExactly("天地玄黄宇宙洪荒日", "2024年月");
    }

    @Test
    void doesNotBreakAtASpaceBetweenHanCharacters() {
        // the line is full after 日 and the space; 日 and 月 stay together, with their space
        List<SetLine> lines = set("天地玄黄宇宙洪荒日 月盈昃", MEASURE_PT);
        assertThat(texts(lines)).containsExactly("天地玄黄宇宙洪荒", "日 月盈昃");
        assertThat(lines.get(1).naturalWidthPt()).isEqualTo(42.5);
    }

    @Test
    void avoidsALastLineOfOneCharacter() {
        List<SetLine> lines = set(TestGrid.han(11), MEASURE_PT);
        assertThat(texts(lines)).containsExactly(TestGrid.han(9, 0), TestGrid.han(2, 9));
        assertThat(lines.get(0).letterSpacingPt()).isEqualTo(1.25);
    }

    @Test
    void avoidsALastLineOfOneCharacterAfterAnIndentedFirstLine() {
        // 8 characters fit beside the 2-character indent; the ninth would stand alone
        List<SetLine> lines = breaker.set(List.of(new Span(TestGrid.han(9), body)), MEASURE_PT, 20, true);
        assertThat(texts(lines)).containsExactly(TestGrid.han(7, 0), TestGrid.han(2, 7));
        assertThat(lines.get(0).letterSpacingPt()).isEqualTo(10.0 / 6);
        assertThat(drawnWidthPt(lines.get(0), 6) + lines.get(0).indentPt()).isEqualTo(MEASURE_PT);
    }

    @Test
    void aParagraphOfWholeLinesHasNoWidowToMove() {
        List<SetLine> lines = breaker.set(List.of(new Span(TestGrid.paragraph(3), body)), MEASURE_PT, 20, true);
        assertThat(lines).extracting(SetLine::characters).containsExactly(8, 10, 10);
        assertThat(lines).extracting(SetLine::letterSpacingPt).containsExactly(0.0, 0.0, 0.0);
    }

    @Test
    void indentsTheFirstLineAndKeepsStylesApart() {
        List<SetLine> lines = breaker.set(List.of(new Span("本报讯", bold), new Span(TestGrid.han(15), body)),
                MEASURE_PT, 20, true);
        assertThat(lines.get(0).indentPt()).isEqualTo(20);
        assertThat(lines.get(0).text()).isEqualTo("本报讯" + TestGrid.han(5));
        assertThat(lines.get(0).spans()).extracting(Span::style).containsExactly(bold, body);
        assertThat(lines.get(1).text()).isEqualTo(TestGrid.han(10, 5));
        assertThat(lines.get(1).indentPt()).isZero();
        assertThat(lines.get(lines.size() - 1).paragraphEnd()).isTrue();
        assertThat(lines.get(lines.size() - 1).letterSpacingPt()).isZero();
    }

    @Test
    void raggedLinesAreNotJustified() {
        List<SetLine> lines = breaker.set(List.of(new Span("天地玄黄宇宙洪荒日月，盈昃", body)), MEASURE_PT, 0, false);
        assertThat(texts(lines)).containsExactly("天地玄黄宇宙洪荒日", "月，盈昃");
        assertThat(lines.get(0).letterSpacingPt()).isZero();
    }
}
