package newsprint.type;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;

/**
 * Where display text (a headline, kicker, subheadline, jump head) and captions may break by
 * meaning: between words as ICU4J's dictionary segmenter finds them, where a line may also end
 * (ICU's strict line breaking, the clreq marks rules), and never right after a number, which
 * holds its unit or measure word (8月, 2024年, 42家).
 */
public final class WordBreaks {
    private WordBreaks() {
    }

    /**
     * For each char index {@code i} of {@code text} (0 to length), whether a line may end before
     * it by meaning ({@code words[i]}) and whether it may at all ({@code lines[i]}); the ends are
     * always breaks. Indices fall on code point boundaries only.
     */
    public record Breaks(boolean[] words, boolean[] lines) {
        /** True when a break before char index {@code i} falls between words. */
        public boolean betweenWords(int i) {
            return words[i];
        }
    }

    /** Chinese, either script (ICU's dictionary holds both), with the strict line-breaking rules. */
    private static final ULocale CHINESE_STRICT = new ULocale("zh@lb=strict");

    /** The breaks of {@code text}. */
    public static Breaks of(String text) {
        boolean[] lines = boundaries(BreakIterator.getLineInstance(CHINESE_STRICT), text);
        boolean[] words = boundaries(BreakIterator.getWordInstance(ULocale.CHINESE), text);
        for (int i = 0; i <= text.length(); i++) {
            boolean afterNumber = i > 0 && i < text.length() && Character.isDigit(text.codePointBefore(i))
                    && !Character.isWhitespace(text.codePointAt(i));
            words[i] = i == 0 || i == text.length() || words[i] && lines[i] && !afterNumber;
        }
        return new Breaks(words, lines);
    }

    /**
     * Breaks a short headline, which loads ICU's break rules and its Chinese dictionary (about a
     * twentieth of a second, cold) ahead of the first page. See {@link newsprint.Newsprint#warmUp()}.
     */
    public static void warmUp() {
        of("新闻中心发布2024年报告");
    }

    private static boolean[] boundaries(BreakIterator it, String text) {
        boolean[] at = new boolean[text.length() + 1];
        it.setText(text);
        for (int b = it.first(); b != BreakIterator.DONE; b = it.next()) {
            at[b] = true;
        }
        return at;
    }
}
