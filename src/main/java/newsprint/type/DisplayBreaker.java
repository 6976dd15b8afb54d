package newsprint.type;

import java.util.ArrayList;
import java.util.List;
import newsprint.model.BreakMarks;

/**
 * Sets display text (a headline, kicker, subheadline or jump head) into balanced lines broken by
 * meaning: only between words ({@link WordBreaks}), and always at a {@code |} the desk wrote
 * (which is not printed; see {@link BreakMarks}). Of the breaks that fit the measure it takes the fewest lines, then
 * the most even: a two-line headline splits near its middle, never a full line and a stub. Only
 * a word wider than the whole measure is broken inside, and that is counted. Each line is then
 * set by the {@link LineBreaker}, so a display line is set as any other line is.
 */
public final class DisplayBreaker {
    private static final double EPSILON_PT = 0.001;

    private final LineBreaker breaker;

    public DisplayBreaker(LineBreaker breaker) {
        this.breaker = breaker;
    }

    /** The lines, and how many of their breaks fall inside a word (0 unless a word is wider than the measure). */
    public record Display(List<SetLine> lines, int breaksInsideWords) {
        public Display {
            lines = List.copyOf(lines);
        }
    }

    /** Display text read once for any number of measures and sizes: its printed text, forced breaks and word breaks. */
    public static final class Text {
        private final String text;
        private final boolean[] mustBreak;
        private final WordBreaks.Breaks breaks;

        private Text(String text, boolean[] mustBreak, WordBreaks.Breaks breaks) {
            this.text = text;
            this.mustBreak = mustBreak;
            this.breaks = breaks;
        }

        /** The text as printed. */
        public String text() {
            return text;
        }
    }

    /** Reads {@code written}: its forced breaks and its words. */
    public static Text text(String written) {
        // the printed text, and where each piece between marks starts in it
        String t = BreakMarks.printed(written);
        List<Integer> forced = new ArrayList<>();
        int at = 0;
        for (String piece : BreakMarks.pieces(written)) {
            at = t.indexOf(piece, at);
            if (at > 0) {
                forced.add(at);
            }
            at += piece.length();
        }
        int n = t.length();
        WordBreaks.Breaks breaks = WordBreaks.of(t);
        boolean[] mustBreak = new boolean[n + 1];
        for (int f : forced) {
            mustBreak[f] = true;
        }
        return new Text(t, mustBreak, breaks);
    }

    /** Sets {@code written} in {@code style} into lines at most {@code measurePt} wide. */
    public Display set(String written, TextStyle style, double measurePt) {
        return set(text(written), style, measurePt);
    }

    /** Sets {@code text} in {@code style} into lines at most {@code measurePt} wide. */
    public Display set(Text text, TextStyle style, double measurePt) {
        return set(text, style, measurePt, 0);
    }

    /**
     * The same in {@code extraLines} more lines than it needs, as even as they go, broken only
     * where the fewest lines may break (between words, at a forced break): a head given room to
     * grow. Null when the text has too few such places.
     */
    public Display setLonger(Text text, TextStyle style, double measurePt, int extraLines) {
        Display fewest = set(text, style, measurePt, 0);
        Display longer = set(text, style, measurePt, fewest.lines().size() + extraLines);
        return longer == null || longer.lines().size() != fewest.lines().size() + extraLines
                || longer.breaksInsideWords() > fewest.breaksInsideWords() || breaksBesideSingles(text, longer) ? null : longer;
    }

    /**
     * Whether a break of {@code display} other than a forced one falls between two single Han
     * characters. ICU's dictionary cuts a word it does not know (a name, a shop with a rare
     * character: 鿰记) into single characters, so such a break may fall inside a name: a head
     * grown by choice ({@link #setLonger}) does not break there.
     */
    private static boolean breaksBesideSingles(Text text, Display display) {
        String t = text.text;
        boolean[] words = text.breaks.words();
        int at = 0;
        for (int k = 0; k + 1 < display.lines().size(); k++) {
            String line = display.lines().get(k).text().strip();
            int found = t.indexOf(line, at);
            if (found < 0) {
                return true; // not found as set: take no chance
            }
            at = found + line.length();
            if (text.mustBreak[at]) {
                continue;
            }
            int before = at - 1;
            while (before > 0 && !words[before]) {
                before--;
            }
            int after = at + 1;
            while (after < t.length() && !words[after]) {
                after++;
            }
            if (singleHan(t, before, at) && singleHan(t, at, after)) {
                return true;
            }
        }
        return false;
    }

    private static boolean singleHan(String t, int from, int to) {
        return from >= 0 && from < to && to <= t.length() && t.offsetByCodePoints(from, 1) == to
                && Character.UnicodeScript.of(t.codePointAt(from)) == Character.UnicodeScript.HAN;
    }

    private Display set(Text text, TextStyle style, double measurePt, int atLeastLines) {
        String t = text.text;
        int n = t.length();
        boolean[] mustBreak = text.mustBreak;
        WordBreaks.Breaks breaks = text.breaks;
        double[] prefix = prefixWidths(t, style);
        // a word wider than the measure (a URL, a long name in Latin letters) may also break between any two of its
        // characters, at a cost above any break inside a word: a head line never runs past its module's edge
        boolean[] emergency = emergencyBreaks(t, breaks, mustBreak, prefix, measurePt);
        // candidate break positions: the ends, the forced breaks, and every place a line may end
        int[] cand = new int[n + 1];
        int m = 0;
        for (int i = 0; i <= n; i++) {
            if (i == 0 || i == n || mustBreak[i] || breaks.lines()[i] || emergency[i]) {
                cand[m++] = i;
            }
        }
        // first pass: the fewest lines over the measure, then the fewest breaks inside words, then the fewest lines
        long[] least = new long[m];
        java.util.Arrays.fill(least, Long.MAX_VALUE);
        least[0] = 0;
        for (int j = 1; j < m; j++) {
            for (int i = j - 1; i >= 0; i--) {
                if (least[i] != Long.MAX_VALUE) {
                    least[j] = Math.min(least[j], least[i] + lineCost(t, breaks, mustBreak, cand[i], cand[j], prefix, measurePt));
                }
                if (mustBreak[cand[i]] || i < j - 1 && width(t, cand[i], cand[j], prefix) > measurePt + EPSILON_PT) {
                    break; // a line never runs across a forced break, and one starting further back is only wider
                }
            }
        }
        long target = least[m - 1];
        int lines = Math.max(atLeastLines, (int) (target % INSIDE));
        if (lines > m - 1) {
            return null; // more lines than places to break
        }
        // second pass: with exactly that cost and that many lines, the narrowest widest line (balance)
        double[][] widest = new double[lines + 1][m];
        int[][] from = new int[lines + 1][m];
        long[][] cost = new long[lines + 1][m];
        for (long[] row : cost) {
            java.util.Arrays.fill(row, Long.MAX_VALUE);
        }
        cost[0][0] = 0;
        for (int k = 1; k <= lines; k++) {
            for (int j = 1; j < m; j++) {
                for (int i = j - 1; i >= 0; i--) {
                    if (cost[k - 1][i] != Long.MAX_VALUE) {
                        long c = cost[k - 1][i] + lineCost(t, breaks, mustBreak, cand[i], cand[j], prefix, measurePt);
                        double w = Math.max(widest[k - 1][i], width(t, cand[i], cand[j], prefix));
                        if (c < cost[k][j] || c == cost[k][j] && w < widest[k][j] - EPSILON_PT) {
                            cost[k][j] = c;
                            widest[k][j] = w;
                            from[k][j] = i;
                        }
                    }
                    if (mustBreak[cand[i]] || i < j - 1 && width(t, cand[i], cand[j], prefix) > measurePt + EPSILON_PT) {
                        break;
                    }
                }
            }
        }
        if (cost[lines][m - 1] == Long.MAX_VALUE || cost[lines][m - 1] >= OVER) {
            if (lines > (int) (target % INSIDE)) {
                return null; // not in that many lines without one over the measure
            }
        }
        int[] ends = new int[lines + 1];
        ends[lines] = m - 1;
        for (int k = lines; k > 0; k--) {
            ends[k - 1] = from[k][ends[k]];
        }
        List<SetLine> out = new ArrayList<>();
        int inside = 0;
        for (int k = 0; k < lines; k++) {
            int a = cand[ends[k]];
            int b = cand[ends[k + 1]];
            if (k > 0 && !breaks.words()[a] && !mustBreak[a]) {
                inside++;
            }
            out.add(breaker.set(List.of(new Span(t.substring(a, b).strip(), style)), Double.MAX_VALUE, 0, false).get(0));
        }
        return new Display(out, inside);
    }

    /**
     * Costs packed in one number: a line over the measure outweighs a break where no line may
     * end (inside a word too wide for the measure), which outweighs any break inside a word,
     * which outweighs any line. A head has at most {@code Limits.LINE_CHARS} (500) characters, so
     * neither count reaches the next field.
     */
    private static final long OVER = 1L << 50;
    private static final long ANYWHERE = 1L << 35;
    private static final long INSIDE = 1L << 20;
    private static final long LINE = 1;

    private static long lineCost(String t, WordBreaks.Breaks breaks, boolean[] mustBreak, int a, int b, double[] prefix, double measurePt) {
        long c = LINE;
        if (width(t, a, b, prefix) > measurePt + EPSILON_PT) {
            c += OVER;
        }
        if (a > 0 && a < t.length() && !breaks.lines()[a] && !mustBreak[a]) {
            c += ANYWHERE;
        }
        if (a > 0 && !breaks.words()[a]) {
            c += INSIDE;
        }
        return c;
    }

    /**
     * The places inside a run that has no line break opportunity and is wider than the measure
     * where it may still be broken: between two characters, never inside a surrogate pair, before
     * a combining mark, a variation selector or a joiner, nor after a joiner.
     */
    private static boolean[] emergencyBreaks(String t, WordBreaks.Breaks breaks, boolean[] mustBreak, double[] prefix, double measurePt) {
        int n = t.length();
        boolean[] out = new boolean[n + 1];
        int start = 0;
        for (int i = 1; i <= n; i++) {
            if (i == n || mustBreak[i] || breaks.lines()[i]) {
                if (width(t, start, i, prefix) > measurePt + EPSILON_PT) {
                    for (int k = start + 1; k < i; k++) {
                        out[k] = breakable(t, k);
                    }
                }
                start = i;
            }
        }
        return out;
    }

    private static boolean breakable(String t, int k) {
        if (Character.isLowSurrogate(t.charAt(k)) && Character.isHighSurrogate(t.charAt(k - 1))) {
            return false;
        }
        int cp = t.codePointAt(k);
        int before = t.codePointBefore(k);
        int type = Character.getType(cp);
        return type != Character.NON_SPACING_MARK && type != Character.ENCLOSING_MARK && type != Character.COMBINING_SPACING_MARK
                && cp != 0x200D && before != 0x200D && !(cp >= 0xFE00 && cp <= 0xFE0F) && !(cp >= 0xE0100 && cp <= 0xE01EF)
                && !Character.isWhitespace(cp) && !Character.isWhitespace(before);
    }

    /** A line's natural width, the spaces at its ends not counted. */
    private static double width(String t, int a, int b, double[] prefix) {
        while (a < b && Character.isWhitespace(t.charAt(a))) {
            a++;
        }
        while (b > a && Character.isWhitespace(t.charAt(b - 1))) {
            b--;
        }
        return prefix[b] - prefix[a];
    }

    private static double[] prefixWidths(String t, TextStyle style) {
        double[] prefix = new double[t.length() + 1];
        for (int i = 0; i < t.length(); ) {
            int cp = t.codePointAt(i);
            double w = style.forCodePoint(cp).face().advanceEm(cp) * style.sizePt();
            int next = i + Character.charCount(cp);
            for (int j = i + 1; j <= next; j++) {
                prefix[j] = prefix[i] + (j == next ? w : 0);
            }
            i = next;
        }
        return prefix;
    }
}
