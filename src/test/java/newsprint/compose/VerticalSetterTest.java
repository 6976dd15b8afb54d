package newsprint.compose;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import newsprint.Newsprint;
import newsprint.compose.HeadLine.Turn;
import newsprint.layout.Role;
import newsprint.type.TextStyle;
import org.junit.jupiter.api.Test;

/** Vertical setting (竖排) of display text: the cells, their turns, and where a long headline breaks. */
class VerticalSetterTest {
    private static final TextStyle HEADLINE = Newsprint.bundled().layout("tabloid").styles().get(Role.HEADLINE2);
    private static final double EM = HEADLINE.sizePt();

    private static List<VerticalSetter.Cell> oneLine(String text) {
        List<List<VerticalSetter.Cell>> lines = VerticalSetter.set(text, HEADLINE, 1000 * EM, 1);
        assertThat(lines).hasSize(1);
        return lines.get(0);
    }

    @Test
    void hanCharactersStandUprightOneEmEach() {
        List<VerticalSetter.Cell> cells = oneLine("青年论坛");
        assertThat(cells).extracting(VerticalSetter.Cell::turn).containsOnly(Turn.UPRIGHT);
        assertThat(cells).extracting(VerticalSetter.Cell::offsetPt).containsExactly(0.0, EM, 2 * EM, 3 * EM);
    }

    @Test
    void stopsAndCommasAreRaisedBracketsQuotesAndDashesTurnedBangsUpright() {
        List<VerticalSetter.Cell> cells = oneLine("说，“好”（对）——是。！");
        assertThat(cells).extracting(c -> c.line().text() + c.turn()).containsExactly("说UPRIGHT", "，RAISED", "“ROTATED", "好UPRIGHT",
                "”ROTATED", "（ROTATED", "对UPRIGHT", "）ROTATED", "—ROTATED", "—ROTATED", "是UPRIGHT", "。RAISED", "！UPRIGHT");
    }

    @Test
    void twoDigitsStandAcrossTheLineInOneCellAndLongerRunsAreTurned() {
        List<VerticalSetter.Cell> cells = oneLine("增长30倍APEC");
        assertThat(cells.get(2).line().text()).isEqualTo("30");
        assertThat(cells.get(2).turn()).isEqualTo(Turn.UPRIGHT);
        assertThat(cells.get(2).lengthPt()).isEqualTo(EM);
        assertThat(cells.get(2).style().sizePt()).isLessThanOrEqualTo(EM); // smaller when the pair is wider than the em
        assertThat(HEADLINE.face().advanceEm('3') * cells.get(2).style().sizePt() * 2).isLessThanOrEqualTo(EM + 1e-6);
        assertThat(cells.subList(4, 8)).extracting(c -> c.line().text()).containsExactly("A", "P", "E", "C");
        assertThat(cells.subList(4, 8)).extracting(VerticalSetter.Cell::turn).containsOnly(Turn.ROTATED);
        assertThat(cells.get(5).offsetPt() - cells.get(4).offsetPt()).isEqualTo(HEADLINE.widthPt("A"));
    }

    @Test
    void theTextReadsBackAsWritten() {
        String text = "新能源汽车出口增长30%，“APEC”展区亮相！";
        StringBuilder back = new StringBuilder();
        VerticalSetter.set(text, HEADLINE, 1000 * EM, 2).forEach(l -> l.forEach(c -> back.append(c.line().text())));
        assertThat(back.toString()).isEqualTo(text);
    }

    @Test
    void aLongHeadlineBreaksIntoTwoEvenLinesAndNoLineStartsWithAStopOrAUnit() {
        List<List<VerticalSetter.Cell>> lines = VerticalSetter.set("新能源汽车出口增长30%，展区亮相", HEADLINE, 1000 * EM, 2);
        assertThat(lines).hasSize(2);
        String second = lines.get(1).get(0).line().text();
        assertThat(second).isNotIn("%", "，");
        double first = lines.get(0).stream().mapToDouble(VerticalSetter.Cell::lengthPt).sum();
        double other = lines.get(1).stream().mapToDouble(VerticalSetter.Cell::lengthPt).sum();
        assertThat(Math.abs(first - other)).isLessThanOrEqualTo(2 * EM);
        assertThat(first).isGreaterThanOrEqualTo(other);
    }

    @Test
    void whatDoesNotFitTheHeightIsRefused() {
        assertThat(VerticalSetter.set("青年论坛探讨创科发展", HEADLINE, 4 * EM, 2)).isNull();
        assertThat(VerticalSetter.set("青年论坛探讨创科发展", HEADLINE, 5 * EM, 2)).hasSize(2);
        assertThat(VerticalSetter.set("青年论坛探讨创科发展", HEADLINE, 5 * EM, 1)).isNull();
    }
}
