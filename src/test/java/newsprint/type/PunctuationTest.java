package newsprint.type;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PunctuationTest {
    @Test
    void turnsHalfWidthMarksInHanTextFullWidth() {
        assertThat(Punctuation.normalize("本报讯(记者 胡漫雨)7月24日上午,广东省科协召开党组(扩大)会议;议程:学习!"))
                .isEqualTo("本报讯（记者 胡漫雨）7月24日上午，广东省科协召开党组（扩大）会议；议程：学习！");
    }

    @Test
    void leavesLatinTextAndNumbersAlone() {
        assertThat(Punctuation.normalize("Hello, world (again): 3:00, 1,000")).isEqualTo("Hello, world (again): 3:00, 1,000");
        assertThat(Punctuation.normalize("会议于10:30开始")).isEqualTo("会议于10:30开始");
        assertThat(Punctuation.normalize("中国(东莞)智能终端")).isEqualTo("中国（东莞）智能终端");
    }

    @Test
    void knowsWhichMarksMayNotStartOrEndALine() {
        for (char c : "，。、：；！？）》」”…—".toCharArray()) {
            assertThat(Punctuation.noLineStart(c)).as("%s", c).isTrue();
        }
        for (char c : "（《「“".toCharArray()) {
            assertThat(Punctuation.noLineEnd(c)).as("%s", c).isTrue();
        }
        assertThat(Punctuation.noLineStart('中')).isFalse();
    }
}
