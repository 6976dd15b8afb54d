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
        // 10 characters fill the line; 。” (1.5 em, the last half-width: 1 em) cannot join it
        List<SetLine> lines = set("天地玄黄宇宙洪荒日月。”盈昃", MEASURE_PT);
        assertThat(texts(lines)).containsExactly("天地玄黄宇宙洪荒日", "月。”盈昃");
        assertThat(lines.get(0).letterSpacingPt()).isEqualTo(1.25);
    }

    @Test
    void closingMarksSetHalfWidthAtTheLineEndWhenThatMakesRoomForThem() {
        // 9 characters and 。” take 9 + 0.5 + 1 em; the ” ends the line half-width: exactly 10 em (pushed in, not out)
        List<SetLine> lines = set("天地玄黄宇宙洪荒日。”月盈", MEASURE_PT);
        assertThat(texts(lines)).containsExactly("天地玄黄宇宙洪荒日。”", "月盈");
        assertThat(lines.get(0).naturalWidthPt()).isEqualTo(MEASURE_PT);
        assertThat(lines.get(0).letterSpacingPt()).isZero();
    }

    @Test
    void twoAdjacentMarksTakeOneAndAHalfEm() {
        SetLine line = set("天地。”玄黄（“宇宙”），洪", MEASURE_PT * 2).get(0);
        double[] pen = line.penPt();
        assertThat(pen[3] - pen[2]).as("。 gives up its blank right half before ”").isEqualTo(5);
        assertThat(pen[7] - pen[6]).as("（ keeps its left half; “ after it gives up its own").isEqualTo(5);
        assertThat(pen[11] - pen[10]).as("”） : the first closing mark gives up its right half").isEqualTo(5);
        assertThat(pen[12] - pen[11]).as("），").isEqualTo(5);
        assertThat(pen[13] - pen[12]).as("， before a Han character keeps its em").isEqualTo(10);
        assertThat(line.naturalWidthPt()).isEqualTo(140 - 4 * 5);
    }

    @Test
    void anOpeningMarkAtALineStartLosesItsBlankHalf() {
        List<SetLine> lines = set("天地玄黄宇宙洪荒日月“盈昃”", MEASURE_PT);
        assertThat(texts(lines)).containsExactly("天地玄黄宇宙洪荒日月", "“盈昃”");
        assertThat(lines.get(1).startPt()).isEqualTo(-5);
        assertThat(lines.get(1).penPt()[1]).as("盈 at 0.5 em").isEqualTo(5);
        assertThat(lines.get(0).startPt()).isZero();
    }

    @Test
    void centredMarksGiveUpAQuarterEmOnEitherSide() {
        SetLine line = new LineBreaker(newsprint.layout.PunctuationStyle.CENTRED).set(List.of(new Span("天地。」玄黄", body)), MEASURE_PT, 0, true).get(0);
        double[] pen = line.penPt();
        assertThat(pen[2]).as("。 starts a quarter em early: its left quarter taken").isEqualTo(17.5);
        assertThat(pen[3]).as("its right quarter taken too: 」 follows at 25 pt, the pair 1.5 em from 地's end").isEqualTo(25);
        assertThat(line.naturalWidthPt()).isEqualTo(55);
    }

    @Test
    void digitsAndLatinLettersAreNeverSpread() {
        // 天地5G玄黄宇宙洪荒 (90 pt) is justified; 5G is one unit: its 8 gaps take 1.25 pt each, none between 5 and G
        List<SetLine> lines = set("天地5G玄黄宇宙洪荒日，月", MEASURE_PT);
        assertThat(texts(lines)).containsExactly("天地5G玄黄宇宙洪荒", "日，月");
        SetLine line = lines.get(0);
        assertThat(line.letterSpacingPt()).isEqualTo(1.25);
        assertThat(line.afterPt(2)).as("after 5").isZero();
        assertThat(line.afterPt(3)).as("after G").isEqualTo(1.25);
        assertThat(line.penPt()[3] - line.penPt()[2]).isEqualTo(5);
    }

    @Test
    void aBylineBreaksBetweenNamesAndItsLineIsNotSpread() {
        // 本报讯（记者 胡漫雨） is 102.5 pt; beside the indent 80 pt: it breaks at its space, never inside 胡漫雨
        List<SetLine> lines = breaker.set(List.of(new Span("本报讯（记者 胡漫雨）", bold, true), new Span(TestGrid.han(20), body)),
                MEASURE_PT, 20, true);
        assertThat(lines.get(0).text()).isEqualTo("本报讯（记者");
        assertThat(lines.get(0).letterSpacingPt()).as("a line of byline alone is set ragged").isZero();
        assertThat(lines.get(1).text()).startsWith("胡漫雨）");
        assertThat(lines.get(1).afterPt(0)).as("the name is never spread").isZero();
        assertThat(lines.get(1).afterPt(1)).isZero();
    }

    @Test
    void aDatelineBreaksAfterItsAgencyAndBeforeItsDateOnly() {
        int[] cps = "新华社北京2月27日电（记者 刘芳 摄）".codePoints().toArray();
        boolean[] ok = Byline.breaks(cps);
        List<Integer> breaks = new java.util.ArrayList<>();
        for (int i = 1; i < cps.length; i++) {
            if (ok[i]) {
                breaks.add(i);
            }
        }
        // 新华社|北京|2月27日电|（记者| 刘芳 摄）: never inside the date, never before the lone 摄 (a space's
        // break is allowed on both its sides: the space is dropped)
        assertThat(breaks).containsExactly(3, 5, 11, 14, 15);
    }

    @Test
    void aParagraphNeverEndsOnOneHanCharacterWithItsMark() {
        List<SetLine> lines = set(TestGrid.han(11) + "。", MEASURE_PT);
        assertThat(texts(lines)).containsExactly(TestGrid.han(9, 0), TestGrid.han(2, 9) + "。");
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
        // Latin words are units: the room goes into the word space, on both its sides
        assertThat(lines.get(0).letterSpacingPt()).isEqualTo(12.5 / 2);
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

    /** A caption 9 characters wide: 油茶 (oil tea) is one word, so the line ends before it, not inside it. */
    @Test
    void aCaptionLineEndsBetweenWordsWhereTheFullestLineWouldBreakOne() {
        String caption = "志愿者为村民讲解油茶种植技术。";
        WordBreaks.Breaks words = WordBreaks.of(caption);
        assertThat(words.betweenWords(8)).as("讲解|油茶").isTrue();
        assertThat(words.betweenWords(9)).as("油|茶").isFalse();
        List<Span> spans = List.of(new Span(caption, body));
        assertThat(texts(breaker.set(spans, 90, 0, true))).as("the body's breaking: as many characters a line as fit")
                .containsExactly("志愿者为村民讲解油", "茶种植技术。");
        List<SetLine> lines = breaker.set(spans, 90, 0, true, LineBreaker.Breaking.BETWEEN_WORDS);
        assertThat(texts(lines)).containsExactly("志愿者为村民讲解", "油茶种植技术。");
        // the first line justified: its 10 pt of room spread over its 7 gaps, under 0.2 em each
        assertThat(lines.get(0).letterSpacingPt()).isEqualTo(10.0 / 7);
        assertThat(drawnWidthPt(lines.get(0), 7)).isCloseTo(90, org.assertj.core.data.Offset.offset(1e-9));
    }

    /** 病虫害 (pests) is one word, but ending before it leaves 2 characters of room over 5 gaps: 0.4 em each. */
    @Test
    void aCaptionBreaksInsideAWordOnlyWhereEndingBeforeItWouldOpenWideGaps() {
        String caption = "志愿者讲解了病虫害防治方法。";
        WordBreaks.Breaks words = WordBreaks.of(caption);
        assertThat(words.betweenWords(6)).as("了|病虫害").isTrue();
        assertThat(words.betweenWords(8)).as("病虫|害").isFalse();
        List<SetLine> lines = breaker.set(List.of(new Span(caption, body)), 80, 0, true, LineBreaker.Breaking.BETWEEN_WORDS);
        assertThat(texts(lines)).containsExactly("志愿者讲解了病虫", "害防治方法。");
        assertThat(lines.get(0).letterSpacingPt()).isZero();
    }

    /**
     * Run in, the credit (breaking between its names, never before a lone 摄) leaves no way to end
     * before 油茶 without wide gaps: the least bad breaking breaks the word (the caption setter then
     * sets the credit right on a line of its own; see CaptionsTest).
     */
    @Test
    void aCaptionWithItsCreditRunInBreaksAWordWhereEveryOtherBreakingOpensWideGaps() {
        List<Span> spans = List.of(new Span("志愿者为村民讲解油茶种植技术。", body), new Span(" 记者 刘芳 摄", bold, true));
        // ending before 油茶 would leave 油茶种植技术。 alone on a line 2 characters short (0.33 em gaps), as 记者 does not fit after it
        List<SetLine> lines = breaker.set(spans, 90, 0, true, LineBreaker.Breaking.BETWEEN_WORDS);
        assertThat(texts(lines)).containsExactly("志愿者为村民讲解油", "茶种植技术。 记者", "刘芳 摄");
        assertThat(lines.get(1).letterSpacingPt()).isLessThan(LineBreaker.WIDE_GAP_EM * 10);
    }

    @Test
    void aRunTooWideForAnyLineFillsTheLineItBeginsOnInsteadOfLeavingItAGap() {
        // a bare URL: the line may end after "http:" by the line rules, and the rest is wider than any line
        String url = "http://" + "a".repeat(60);
        for (String text : List.of(url, "见" + url + "。天地玄黄")) {
            List<SetLine> lines = set(text, MEASURE_PT);
            assertThat(String.join("", texts(lines))).isEqualTo(text);
            for (SetLine l : lines.subList(0, lines.size() - 1)) {
                assertThat(l.letterSpacingPt()).as("the spacing of '%s' in %s", l.text(), texts(lines)).isLessThan(body.sizePt());
                assertThat(l.naturalWidthPt()).as("'%s'", l.text()).isLessThanOrEqualTo(MEASURE_PT + 0.001);
            }
        }
        // a word that fits on a line is never cut for it
        assertThat(texts(set("天地玄黄宇宙洪荒日 PFlops 天地玄黄宇宙", MEASURE_PT))).allSatisfy(l -> assertThat(l).doesNotEndWith("PF"));
    }
}
