package newsprint.type;

/**
 * Chinese punctuation rules: which half-width marks become full-width in Han text, and which
 * marks may not start or end a line (避头尾, after W3C clreq's strict rules).
 */
public final class Punctuation {
    private static final String NO_LINE_START =
            "，。、：；！？）］｝〕〉》」』】〗〙〛”’…‥—～·・々〻ー%‰℃°,.;:!?)]}'\"";
    private static final String NO_LINE_END = "（［｛〔〈《「『【〖〘〚“‘([{";

    private Punctuation() {
    }

    /** True for a mark that must not begin a line: closing brackets, stops, commas, ellipsis, dash. */
    public static boolean noLineStart(int cp) {
        return cp < 0x10000 && NO_LINE_START.indexOf(cp) >= 0;
    }

    /** True for a mark that must not end a line: opening brackets and quotes. */
    public static boolean noLineEnd(int cp) {
        return cp < 0x10000 && NO_LINE_END.indexOf(cp) >= 0;
    }

    private static final String OPENING = "（［｛〔〈《「『【〖〘〚“‘";
    private static final String CLOSING = "）］｝〕〉》」』】〗〙〛”’";
    private static final String STOPS = "，。、：；！？";

    /** A full-width opening bracket or quote: its glyph stands in the right half of its em, the left half blank. */
    public static boolean isOpening(int cp) {
        return cp < 0x10000 && OPENING.indexOf(cp) >= 0;
    }

    /** A full-width closing bracket or quote: its glyph in the left half, the right half blank. */
    public static boolean isClosing(int cp) {
        return cp < 0x10000 && CLOSING.indexOf(cp) >= 0;
    }

    /** A full-width stop or pause (，。、：；！？): at the left of its em in mainland fonts, centred in Taiwan and Hong Kong ones. */
    public static boolean isStop(int cp) {
        return cp < 0x10000 && STOPS.indexOf(cp) >= 0;
    }

    /** The blank part of {@code cp}'s em on its left in {@code style}, in em (0 for a character that is not an adjustable mark). */
    public static double leftBlankEm(newsprint.layout.PunctuationStyle style, int cp) {
        if (isOpening(cp)) {
            return 0.5;
        }
        return style == newsprint.layout.PunctuationStyle.CENTRED && isStop(cp) ? 0.25 : 0;
    }

    /** The blank part of {@code cp}'s em on its right in {@code style}, in em. */
    public static double rightBlankEm(newsprint.layout.PunctuationStyle style, int cp) {
        if (isClosing(cp)) {
            return 0.5;
        }
        if (isStop(cp)) {
            return style == newsprint.layout.PunctuationStyle.CENTRED ? 0.25 : 0.5;
        }
        return 0;
    }

    /** A mark with a blank part that 标点挤压 may take away: an opening or closing bracket or quote, or a stop. */
    public static boolean isAdjustable(int cp) {
        return isOpening(cp) || isClosing(cp) || isStop(cp);
    }

    /**
     * Letters and digits of Latin (and other spaced) scripts, and the signs that join them
     * ({@code 2.5% 3-4 A/B}): a run of them is one unit, never broken and never spread (5G, 2024, PDF).
     */
    public static boolean isUnitPart(int cp) {
        if (isHan(cp) || isCjkPunctuation(cp)) {
            return false;
        }
        return Character.isLetterOrDigit(cp) || cp == '.' || cp == '-' || cp == '\'' || cp == '/' || cp == '%'
                || cp == '&' || cp == '_' || cp == '@' || cp == '+';
    }

    public static boolean isHan(int cp) {
        return cp >= 0 && Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
    }

    /** Full-width punctuation and other CJK symbols that sit in Han text like a Han character. */
    public static boolean isCjkPunctuation(int cp) {
        return cp >= 0x3000 && cp <= 0x303F || cp >= 0xFF01 && cp <= 0xFF65 || cp == 0x2014 || cp == 0x2026
                || cp >= 0x2018 && cp <= 0x201D || cp == 0x00B7;
    }

    private static boolean isCjk(int cp) {
        return isHan(cp) || isCjkPunctuation(cp);
    }

    /**
     * Turns the half-width marks {@code , ( ) : ; ! ?} that stand in Han text into their full-width
     * forms ({@code ，（）：；！？}). A mark counts as in Han text when a neighbour (spaces skipped)
     * is Han or full-width; a closing bracket follows its opening one. {@code 3:00} or
     * {@code 1,000} between digits stay as they are.
     */
    public static String normalize(String text) {
        int[] cps = text.codePoints().toArray();
        StringBuilder out = new StringBuilder(text.length());
        java.util.ArrayDeque<Boolean> open = new java.util.ArrayDeque<>();
        for (int i = 0; i < cps.length; i++) {
            int cp = cps[i];
            int prev = neighbour(cps, i, -1);
            int next = neighbour(cps, i, +1);
            boolean cjkSide = isCjk(prev) || isCjk(next);
            switch (cp) {
                case '(' -> {
                    boolean full = cjkSide || insideIsHan(cps, i);
                    open.push(full);
                    out.append(full ? '（' : '(');
                }
                case ')' -> {
                    boolean full = open.isEmpty() ? cjkSide : open.pop();
                    out.append(full ? '）' : ')');
                }
                case ',', ':', ';', '!', '?' -> {
                    boolean betweenDigits = Character.isDigit(prev) && Character.isDigit(next);
                    boolean full = isCjk(prev) && !betweenDigits || prev >= 0 && isCjk(next) && !isLatin(prev);
                    out.appendCodePoint(full ? fullWidth(cp) : cp);
                }
                default -> out.appendCodePoint(cp);
            }
        }
        return out.toString();
    }

    private static boolean isLatin(int cp) {
        return cp >= 0 && cp < 0x250 && Character.isLetterOrDigit(cp);
    }

    /** True when the first letter inside the bracket that opens at {@code i} is Han. */
    private static boolean insideIsHan(int[] cps, int i) {
        for (int j = i + 1; j < cps.length && cps[j] != ')'; j++) {
            if (Character.isLetterOrDigit(cps[j])) {
                return isHan(cps[j]);
            }
        }
        return false;
    }

    private static int neighbour(int[] cps, int i, int step) {
        for (int j = i + step; j >= 0 && j < cps.length; j += step) {
            if (cps[j] != ' ') {
                return cps[j];
            }
        }
        return -1;
    }

    private static int fullWidth(int cp) {
        return switch (cp) {
            case ',' -> '，';
            case ':' -> '：';
            case ';' -> '；';
            case '!' -> '！';
            case '?' -> '？';
            default -> cp;
        };
    }
}
