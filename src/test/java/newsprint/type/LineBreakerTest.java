package newsprint.type;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import newsprint.layout.Role;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class LineBreakerTest {
    private static TextStyle body;
    private static TextStyle bold;
    private final LineBreaker breaker = new LineBreaker();

    @BeforeAll
    static void fonts() {
        Styles styles = newsprint.Newsprint.bundled().layout("tabloid").styles();
        body = styles.get(Role.BODY);
        bold = styles.get(Role.BYLINE);
    }

    private List<SetLine> set(String text, int chars) {
        return breaker.set(List.of(new Span(text, body)), chars * body.sizePt(), 0, true);
    }

    @Test
    void fillsAColumnOfTheCharacterGridExactly() {
        List<SetLine> lines = set("一二三四五六七八九十一二三四五六七八九十一二", 10);
        assertThat(lines).extracting(SetLine::text).containsExactly("一二三四五六七八九十", "一二三四五六七八九十", "一二");
        assertThat(lines.get(0).letterSpacingPt()).isZero();
    }

    @Test
    void neverStartsALineWithClosingPunctuation() {
        // the comma would fall at the start of line 2: the character before it moves down with it
        List<SetLine> lines = set("一二三四五六七八九十，一二三四五", 10);
        assertThat(lines.get(1).text()).startsWith("十，");
        assertThat(lines.get(0).text()).isEqualTo("一二三四五六七八九");
        // and the short line is justified to the measure
        double width = lines.get(0).naturalWidthPt() + lines.get(0).letterSpacingPt() * (9 - 1);
        assertThat(width).isCloseTo(10 * body.sizePt(), org.assertj.core.data.Offset.offset(0.01));
    }

    @Test
    void neverEndsALineWithAnOpeningBracket() {
        List<SetLine> lines = set("一二三四五六七八九（十）一二三", 10);
        assertThat(lines.get(0).text()).doesNotEndWith("（");
        assertThat(lines.get(1).text()).startsWith("（");
    }

    @Test
    void keepsEllipsisAndDashTogetherAndOffTheLineStart() {
        List<SetLine> lines = set("一二三四五六七八九……十一二三", 10);
        for (SetLine l : lines) {
            assertThat(l.text()).doesNotStartWith("…");
        }
        assertThat(String.join("|", lines.stream().map(SetLine::text).toList())).contains("……");
    }

    @Test
    void breaksLatinTextOnlyBetweenWords() {
        List<SetLine> lines = breaker.set(List.of(new Span("newsprint composes pages of the paper", body)), 60, 0, true);
        for (SetLine l : lines) {
            assertThat(l.text()).matches("[a-z]+( [a-z]+)*");
        }
        assertThat(String.join(" ", lines.stream().map(SetLine::text).toList())).isEqualTo("newsprint composes pages of the paper");
    }

    @Test
    void doesNotBreakAtASpaceBetweenHanCharacters() {
        List<SetLine> lines = set("本报讯（记者 胡漫雨）七月二十四日上午", 8);
        assertThat(lines.get(0).text()).isNotEqualTo("本报讯（记者");
    }

    @Test
    void avoidsALastLineOfOneCharacter() {
        List<SetLine> lines = set("一二三四五六七八九十一", 10);
        assertThat(lines.get(lines.size() - 1).characters()).isGreaterThan(1);
        assertThat(String.join("", lines.stream().map(SetLine::text).toList())).isEqualTo("一二三四五六七八九十一");
    }

    @Test
    void indentsTheFirstLineAndKeepsStylesApart() {
        List<SetLine> lines = breaker.set(List.of(new Span("本报讯", bold), new Span("一二三四五六七八九十一二三四五", body)),
                10 * body.sizePt(), 2 * body.sizePt(), true);
        assertThat(lines.get(0).indentPt()).isEqualTo(2 * body.sizePt());
        assertThat(lines.get(0).text()).isEqualTo("本报讯一二三四五");
        assertThat(lines.get(0).spans()).extracting(Span::style).containsExactly(bold, body);
        assertThat(lines.get(lines.size() - 1).paragraphEnd()).isTrue();
        assertThat(lines.get(lines.size() - 1).letterSpacingPt()).isZero();
    }
}
