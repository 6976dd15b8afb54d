package newsprint.type;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import newsprint.layout.Role;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Properties of the typography over random copy drawn from Han characters, full- and half-width
 * punctuation, Latin letters, digits and spaces: normalizing punctuation only swaps half-width
 * marks for their full-width forms; setting lines loses and adds nothing but the spaces where
 * lines break, and keeps the rules of which marks may start or end a line.
 */
class TypographyFuzzTest {
    private static final String HAN = "中文会议科协党组学习贯彻精神全省组织领导改革推进";
    private static final String CJK_MARKS = "，。、：；！？（）《》“”‘’…—";
    private static final String HALF_MARKS = ",():;!?.'\"";
    private static final Map<Integer, Integer> FULL = Map.of((int) ',', (int) '，', (int) '(', (int) '（', (int) ')', (int) '）',
            (int) ':', (int) '：', (int) ';', (int) '；', (int) '!', (int) '！', (int) '?', (int) '？');

    private static TextStyle body;
    private final LineBreaker breaker = new LineBreaker();

    @BeforeContainer
    static void fonts() {
        body = newsprint.Newsprint.bundled().layout("tabloid").styles().get(Role.BODY);
    }

    @Provide
    Arbitrary<String> copy() {
        return Arbitraries.strings().withChars(HAN + CJK_MARKS + HALF_MARKS + "abcXYZ0123456789 ").ofMaxLength(120);
    }

    @Property(tries = 1000)
    void normalizingOnlyTurnsHalfWidthMarksFullWidth(@ForAll("copy") String text) {
        int[] before = text.codePoints().toArray();
        int[] after = Punctuation.normalize(text).codePoints().toArray();
        assertThat(after).hasSameSizeAs(before);
        for (int i = 0; i < before.length; i++) {
            if (after[i] != before[i]) {
                assertThat(FULL.get(before[i])).as("position %d of '%s'", i, text).isEqualTo(after[i]);
            }
        }
    }

    @Property(tries = 1000)
    void linesHoldTheCopyExactlyAndKeepTheLineStartAndEndRules(@ForAll("copy") String text,
                                                              @ForAll @IntRange(min = 4, max = 16) int chars) {
        double measure = chars * body.sizePt();
        List<SetLine> lines = breaker.set(List.of(new Span(text, body)), measure, 0, true);

        // the lines, in order, are the copy less the spaces where they break
        int pos = 0;
        for (SetLine l : lines) {
            while (pos < text.length() && text.charAt(pos) == ' ') {
                pos++;
            }
            assertThat(text.startsWith(l.text(), pos)).as("line '%s' at %d of '%s'", l.text(), pos, text).isTrue();
            pos += l.text().length();
        }
        assertThat(text.substring(pos)).as("what follows the last line").isBlank();

        for (int k = 0; k < lines.size(); k++) {
            String t = lines.get(k).text();
            if (t.isEmpty()) {
                continue;
            }
            // a line with no break opportunity inside it was cut where the measure ended: then, and only then, a mark may be stranded
            if (k > 0 && !unbreakable(lines.get(k - 1).text())) {
                assertThat(Punctuation.noLineStart(t.codePointAt(0))).as("line %d '%s' of %s", k + 1, t, lines).isFalse();
            }
            if (k < lines.size() - 1 && !unbreakable(t)) {
                assertThat(Punctuation.noLineEnd(t.codePointBefore(t.length()))).as("line %d '%s' of %s", k + 1, t, lines).isFalse();
            }
            assertThat(lines.get(k).letterSpacingPt()).isGreaterThanOrEqualTo(0);
        }
    }

    /** Found by the property above: a space before a comma let the comma start a line. */
    @Example
    void aSpaceBeforeACommaDoesNotLetTheCommaStartALine() {
        List<SetLine> lines = breaker.set(List.of(new Span("中中中中中中中中中 ,中", body)), 5 * body.sizePt(), 0, true);
        assertThat(lines).extracting(SetLine::text).noneMatch(t -> t.startsWith(","));
        assertThat(lines).extracting(SetLine::text).containsExactly("中中中中中", "中中中", "中 ,中");
    }

    /** True when no break is allowed inside {@code text}: the breaker had to cut it where the measure ended. */
    private static boolean unbreakable(String text) {
        int[] cps = text.codePoints().toArray();
        for (int b = 1; b < cps.length; b++) {
            if (LineBreaker.breakAllowed(cps, b)) {
                return false;
            }
        }
        return true;
    }
}
