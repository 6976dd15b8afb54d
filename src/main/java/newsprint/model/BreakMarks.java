package newsprint.model;

import java.util.ArrayList;
import java.util.List;

/**
 * The {@code |} a desk writes in a headline to force a line break there (新闻|中心 never, 全省
 * 科学技术大会|在省城召开 by choice). The mark is never printed: the headline's text everywhere
 * else (the archive, the keywords, the teaser) is {@link #printed}.
 */
public final class BreakMarks {
    /** The mark that forces a break in a headline. */
    public static final char MARK = '|';

    private BreakMarks() {
    }

    /**
     * {@code written} without its marks, as printed: a mark and the spaces around it go, leaving
     * a space only between two Latin words or numbers.
     */
    public static String printed(String written) {
        if (written == null || written.indexOf(MARK) < 0) {
            return written;
        }
        StringBuilder out = new StringBuilder();
        for (String piece : pieces(written)) {
            if (!out.isEmpty() && spaced(out.codePointBefore(out.length())) && spaced(piece.codePointAt(0))) {
                out.append(' ');
            }
            out.append(piece);
        }
        return out.toString();
    }

    /** The text between the marks, each piece stripped of its spaces; empty pieces dropped. */
    public static List<String> pieces(String written) {
        List<String> out = new ArrayList<>();
        for (String s : written.split("\\" + MARK, -1)) {
            String piece = s.strip();
            if (!piece.isEmpty()) {
                out.add(piece);
            }
        }
        return out;
    }

    /** Letters and digits of scripts that space their words (a Han character is not one). */
    private static boolean spaced(int cp) {
        return Character.isLetterOrDigit(cp) && Character.UnicodeScript.of(cp) != Character.UnicodeScript.HAN;
    }
}
