package newsprint.type;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import newsprint.TestGrid;
import newsprint.layout.Role;
import newsprint.model.BreakMarks;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Display lines (headlines, kickers, subheadlines, jump heads) in the fixed-metric test face,
 * body 10 pt: a Han character is 10 pt wide, so a measure of {@code n × 10} pt holds {@code n}
 * characters and every break can be named.
 */
class DisplayBreakerTest {
    private static TextStyle style;
    private final DisplayBreaker breaker = new DisplayBreaker(new LineBreaker());

    @BeforeAll
    static void fonts() {
        style = TestGrid.newsprint().layout(TestGrid.LAYOUT).styles().get(Role.BODY);
        assertThat(style.sizePt()).isEqualTo(10);
    }

    private List<String> lines(String written, int characters) {
        return breaker.set(written, style, characters * 10).lines().stream().map(SetLine::text).toList();
    }

    @Test
    void aHeadlineBreaksBetweenWordsNeverInsideOne() {
        // at every measure from 4 to 12 characters: 新闻, 中心, 开放, 活动 are never split
        for (int m = 4; m <= 12; m++) {
            int measure = m;
            List<String> lines = lines("省新闻中心举办开放日活动", measure);
            assertThat(String.join("|", lines)).as("at %d characters", measure).doesNotContain("新|闻", "中|心", "开|放", "活|动");
            assertThat(lines).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(measure));
        }
    }

    @Test
    void twoLinesSplitNearTheMiddleNotAFullLineAndAStub() {
        // 18 characters in a measure of 16: ragged setting would give 16 + 2; balanced gives about 9 + 9
        List<String> lines = lines("省先进计算与人工智能中试基地投入使用", 16);
        assertThat(lines).hasSize(2);
        assertThat(Math.abs(lines.get(0).length() - lines.get(1).length())).isLessThanOrEqualTo(4);
        assertThat(String.join("|", lines)).doesNotContain("人|工", "智|能", "基|地");
    }

    @Test
    void aNumberKeepsItsUnit() {
        List<String> lines = lines("2024年全省科普活动周8月10日启幕", 9);
        assertThat(String.join("|", lines)).doesNotContain("2024|年", "8|月", "10|日");
        List<String> percent = lines("上半年全省技术合同成交额同比增长21.3%", 10);
        assertThat(String.join("|", percent)).doesNotContain("21.3|%", "21|.3", "增|长");
    }

    @Test
    void aBarForcesABreakThereAndIsNotPrinted() {
        assertThat(lines("全省科学技术大会|在省城召开", 30)).containsExactly("全省科学技术大会", "在省城召开");
        assertThat(lines("全省科学技术大会 | 在省城召开", 30)).containsExactly("全省科学技术大会", "在省城召开");
        // a bar and a measure: each piece broken as it needs, never across the bar
        assertThat(lines("传感器上山|茶农看屏管茶园", 4)).first().isEqualTo("传感器");
        assertThat(BreakMarks.printed("全省科学技术大会 | 在省城召开")).isEqualTo("全省科学技术大会在省城召开");
        assertThat(BreakMarks.printed("AI | Lab")).isEqualTo("AI Lab");
        assertThat(BreakMarks.printed("无标记")).isEqualTo("无标记");
    }

    @Test
    void onlyAWordWiderThanTheMeasureIsBrokenInsideAndThatIsCounted() {
        DisplayBreaker.Display wide = breaker.set("钠离子电池", style, 20);
        assertThat(wide.lines()).allSatisfy(l -> assertThat(l.naturalWidthPt()).isLessThanOrEqualTo(20.001));
        assertThat(wide.breaksInsideWords()).isPositive();
        assertThat(breaker.set("钠离子电池", style, 50).breaksInsideWords()).isZero();
    }

    @Test
    void aLatinWordOrUrlWiderThanTheMeasureBreaksBetweenItsLettersAndNoLineRunsOver() {
        // Latin letters are half an em (5 pt): 40 letters are 200 pt, in a measure of 60 pt (12 letters) without a line
        // break opportunity; before, the line was set 200 pt wide and ran out of its module
        for (String head : List.of("Supercalifragilisticexpialidociousnessxy", "访问www.example-science-association.org.cn了解")) {
            DisplayBreaker.Display set = breaker.set(head, style, 60);
            assertThat(set.lines()).as(head).allSatisfy(l -> assertThat(l.naturalWidthPt()).isLessThanOrEqualTo(60.001));
            assertThat(String.join("", set.lines().stream().map(SetLine::text).toList())).isEqualTo(head);
            assertThat(set.breaksInsideWords()).isPositive();
        }
        // a word that fits is still never broken inside, and a long word breaks only where it must
        assertThat(lines("Science Week", 12)).containsExactly("Science Week");
        assertThat(lines("新闻 Supercalifragilistic", 12)).containsExactly("新闻", "Supercalifragilistic");
        // never inside a surrogate pair or before a combining mark
        String ext = "\uD840\uDC00".repeat(30);
        assertThat(breaker.set(ext, style, 60).lines()).allSatisfy(l -> assertThat(Character.isLowSurrogate(l.text().charAt(0))).isFalse());
        String marks = "a\u0301".repeat(30);
        assertThat(breaker.set(marks, style, 30).lines()).allSatisfy(l -> assertThat(l.text().charAt(0)).isEqualTo('a'));
    }

    @Test
    void aHeadGrownByChoiceDoesNotBreakBetweenTwoCharactersTheDictionaryDoesNotKnow() {
        // ICU cuts the shop's name 鿰记 (a rare character) into single characters: a second line by choice would split it at 5 + 5
        DisplayBreaker.Text text = DisplayBreaker.text("西安老街鿰记面馆开业");
        assertThat(breaker.setLonger(text, style, 200, 1)).isNull();
        // where the words are known, the head takes its second line, between them
        DisplayBreaker.Display known = breaker.setLonger(DisplayBreaker.text("省新闻中心举办开放日活动"), style, 200, 1);
        assertThat(known).isNotNull();
        assertThat(known.lines()).hasSize(2);
    }
}
