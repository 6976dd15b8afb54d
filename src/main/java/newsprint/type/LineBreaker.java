package newsprint.type;

import java.util.ArrayList;
import java.util.List;
import newsprint.layout.PunctuationStyle;

/**
 * Sets a paragraph into lines of one measure, as a Chinese desk sets it.
 *
 * <ul>
 * <li><b>Breaks</b> fall between Han characters, at spaces, and never inside a Latin word or
 * number; a closing mark never starts a line and an opening mark never ends one; {@code ——} and
 * {@code ……} stay whole; a byline or credit span breaks only between its names ({@link Byline}).</li>
 * <li><b>标点挤压</b> (W3C clreq 3.1.6): two adjacent marks give up the blank between them, so a
 * pair takes 1.5 em; an opening mark at a line start loses its blank half; a line may end on a
 * mark set half-width when that gains the room for it. The blanks are the
 * {@link PunctuationStyle}'s.</li>
 * <li><b>Justification</b> comes after compression: the room left on a line is spread between its
 * units, never inside a run of digits or Latin letters (2024, 5G, PDF), inside a compressed pair,
 * a dash or an ellipsis, or inside a byline's names (the spaces between them may widen); a line
 * of byline alone is not spread at all.</li>
 * <li><b>Which breaks</b>: the paragraph is broken as a whole (the fewest lines, then the least
 * badness), so a line with gaps of 0.2 em or more is set only when no other breaking of the
 * paragraph avoids it, and the last line never holds one Han character alone (孤字, 务。 too)
 * when another breaking avoids it.</li>
 * <li><b>By meaning</b> ({@link Breaking#BETWEEN_WORDS}, for captions): a break inside a word
 * ({@link WordBreaks}) costs more than any spread of narrow gaps over a caption's lines and less
 * than one wide gap, so the lines end between words wherever that opens no gap of 0.2 em.</li>
 * </ul>
 *
 * <p>The widths are the fonts' own advances, the same numbers the PDF renderer uses, so the lines
 * set here are exactly the lines printed: copy-fitting can count on them.
 */
public final class LineBreaker {
    private static final double EPSILON_PT = 0.001;
    /** Gaps this wide (em) are visible; a breaking that avoids them is taken even when its other gaps grow. */
    public static final double WIDE_GAP_EM = 0.2;
    /** What a wide gap costs beside the square of its width: more than any spread of narrower gaps over a paragraph's lines. */
    private static final double WIDE_GAP_COST = 1000;
    /** What a 孤字 on the last line costs: more than any number of gaps. */
    private static final double WIDOW_COST = 1e6;
    /**
     * What a break inside a word costs when a paragraph is broken by meaning: more than any spread
     * of narrow gaps over a caption's few lines (a gap just under 0.2 em costs 0.2² × 100 = 4 a
     * line, so 25 lines' worth), less than one wide gap ({@link #WIDE_GAP_COST}), far less than a
     * 孤字: a caption breaks between words wherever no wide gap or 孤字 comes of it.
     */
    private static final double INSIDE_WORD_COST = 100;
    /**
     * What cutting a run too wide for any line (a URL, a long word) where a line's measure ends
     * costs, beside cutting it at a line's start: as much as a break inside a word, so a line
     * before the run with gaps under 1 em is left as it is, and one that would gape is filled.
     */
    private static final double FORCED_CUT_COST = INSIDE_WORD_COST;

    /** Where a paragraph's lines may end. */
    public enum Breaking {
        /** Wherever the line rules allow: body text, set tight and even. */
        LINE_RULES,
        /** Where the line rules allow, and between words by preference (issue 12 rule 5): captions. */
        BETWEEN_WORDS
    }

    /**
     * A line is tried ending at the last few places it may end, no earlier: four breaks back is
     * four characters of Han text, gaps of 0.4 em, which never beats a fuller line; and in
     * Latin text four words.
     */
    private static final int LOOKBACK_BREAKS = 4;

    private final PunctuationStyle punctuation;

    /** A line breaker for mainland fonts. */
    public LineBreaker() {
        this(PunctuationStyle.MAINLAND);
    }

    public LineBreaker(PunctuationStyle punctuation) {
        this.punctuation = punctuation;
    }

    /** A paragraph flattened to code points, each with its style, advance and what may happen around it. */
    private static final class Flat {
        final int[] cps;
        final TextStyle[] styles;
        final double[] advances;
        final boolean[] byline;
        /** What is taken from the space after code point i when i+1 is on the same line (a compressed pair, a joined dash): ≤ 0. */
        final double[] squeeze;
        /** Whether justification space may go after code point i. */
        final boolean[] slot;
        /** Whether a line may end before code point i (index n: the end). */
        final boolean[] breakBefore;
        /** Prefix sums: advances, squeezes, slots. */
        final double[] advanceSum;
        final double[] squeezeSum;
        final int[] slotSum;
        /** Prefix sums of letters and digits (a 孤字 is a last line of one). */
        final int[] letterSum;
        /** What code point i gives up at a line start (an opening mark's blank half) and at a line end (a closing mark's), in points. */
        final double[] startBlank;
        final double[] endBlank;
        /** Whether a line ending before code point i breaks a word of the text (only when broken by meaning). */
        final boolean[] insideWord;
        /** Broken by meaning: every place a line may end is tried, not just the last few. */
        final boolean byMeaning;

        Flat(int n, boolean byMeaning) {
            this.byMeaning = byMeaning;
            cps = new int[n];
            styles = new TextStyle[n];
            advances = new double[n];
            byline = new boolean[n];
            squeeze = new double[n];
            slot = new boolean[n];
            breakBefore = new boolean[n + 1];
            advanceSum = new double[n + 1];
            squeezeSum = new double[n + 1];
            slotSum = new int[n + 1];
            letterSum = new int[n + 1];
            startBlank = new double[n];
            endBlank = new double[n];
            insideWord = new boolean[n + 1];
        }

        int length() {
            return cps.length;
        }

        double em(int i) {
            return styles[i].sizePt();
        }
    }

    /**
     * Sets {@code spans} into lines {@code measurePt} wide; the first line starts
     * {@code firstIndentPt} in. When {@code justify} is false, lines are left unjustified
     * (ragged), as headlines are.
     */
    public List<SetLine> set(List<Span> spans, double measurePt, double firstIndentPt, boolean justify) {
        return set(spans, measurePt, firstIndentPt, justify, Breaking.LINE_RULES);
    }

    /** As {@link #set(List, double, double, boolean)}, the lines ending where {@code breaking} prefers. */
    public List<SetLine> set(List<Span> spans, double measurePt, double firstIndentPt, boolean justify, Breaking breaking) {
        Flat flat = flatten(spans, breaking == Breaking.BETWEEN_WORDS);
        List<int[]> ranges = breakRanges(flat, measurePt, firstIndentPt, justify);
        List<SetLine> lines = new ArrayList<>(ranges.size());
        for (int k = 0; k < ranges.size(); k++) {
            int[] r = ranges.get(k);
            boolean last = k == ranges.size() - 1;
            double indent = k == 0 ? firstIndentPt : 0;
            lines.add(line(flat, r[0], r[1], indent, measurePt - indent, last, justify));
        }
        return lines;
    }

    /** The natural width of the spans on one line, in points. */
    public static double widthPt(List<Span> spans) {
        double w = 0;
        for (Span s : spans) {
            w += s.style().widthPt(s.text());
        }
        return w;
    }

    private Flat flatten(List<Span> spans, boolean byMeaning) {
        int n = 0;
        for (Span s : spans) {
            n += s.text().codePointCount(0, s.text().length());
        }
        Flat f = new Flat(n, byMeaning);
        int i = 0;
        for (Span s : spans) {
            String t = s.text();
            int from = i;
            for (int j = 0; j < t.length(); ) {
                int cp = t.codePointAt(j);
                if (cp == '\n' || cp == '\t') {
                    cp = ' ';
                }
                f.cps[i] = cp;
                // a character the style's face lacks is set in the layout's fallback face that has it
                f.styles[i] = s.style().forCodePoint(cp);
                f.advances[i] = f.styles[i].face().advanceEm(cp) * s.style().sizePt();
                f.byline[i] = s.byline();
                i++;
                j += Character.charCount(cp);
            }
            if (s.byline() && i > from) {
                f.byline[from] = true;
            }
        }
        boolean[] unit = new boolean[n];
        for (int k = 0; k < n; k++) {
            unit[k] = Punctuation.isUnitPart(f.cps[k]);
        }
        for (int b = 0; b <= n; b++) {
            // between two units' letters no break, whatever else holds: the common case, decided without the rules
            f.breakBefore[b] = b > 0 && b < n && unit[b - 1] && unit[b] ? false : breakAllowed(f.cps, b);
        }
        bylineBreaks(f);
        if (byMeaning) {
            insideWords(f);
        }
        squeezes(f, unit);
        for (int k = 0; k < n; k++) {
            f.advanceSum[k + 1] = f.advanceSum[k] + f.advances[k];
            f.squeezeSum[k + 1] = f.squeezeSum[k] + f.squeeze[k];
            f.slotSum[k + 1] = f.slotSum[k] + (f.slot[k] ? 1 : 0);
            f.letterSum[k + 1] = f.letterSum[k] + (Character.isLetterOrDigit(f.cps[k]) ? 1 : 0);
            f.startBlank[k] = Punctuation.isOpening(f.cps[k]) ? Punctuation.leftBlankEm(punctuation, f.cps[k]) * f.em(k) : 0;
            f.endBlank[k] = Punctuation.rightBlankEm(punctuation, f.cps[k]) * f.em(k);
        }
        return f;
    }

    /** Inside a byline span, the only breaks are those between its names and units that the line rules allow too. */
    private static void bylineBreaks(Flat f) {
        int n = f.length();
        int from = 0;
        while (from < n) {
            if (!f.byline[from]) {
                from++;
                continue;
            }
            int to = from;
            while (to < n && f.byline[to]) {
                to++;
            }
            int[] own = java.util.Arrays.copyOfRange(f.cps, from, to);
            boolean[] ok = Byline.breaks(own);
            for (int b = from + 1; b < to; b++) {
                int right = b;
                while (right < to && f.cps[right] == ' ') {
                    right++;
                }
                int left = b - 1;
                while (left > from && f.cps[left] == ' ') {
                    left--;
                }
                boolean rules = right < n && !Punctuation.noLineStart(f.cps[right]) && !Punctuation.noLineEnd(f.cps[left]);
                f.breakBefore[b] = ok[b - from] && rules;
            }
            from = to;
        }
    }

    /**
     * Marks the breaks that fall inside a word: in each run of text outside a byline (a byline or
     * credit breaks by its own rules), segmented on its own by {@link WordBreaks}, a break before
     * code point b is judged where the next line would start (after any spaces).
     */
    private static void insideWords(Flat f) {
        int n = f.length();
        int from = 0;
        while (from < n) {
            if (f.byline[from]) {
                from++;
                continue;
            }
            int to = from;
            while (to < n && !f.byline[to]) {
                to++;
            }
            String run = new String(f.cps, from, to - from);
            WordBreaks.Breaks words = WordBreaks.of(run);
            for (int b = from + 1, ch = Character.charCount(f.cps[from]); b < to; ch += Character.charCount(f.cps[b]), b++) {
                int start = b;
                int at = ch;
                while (start < to && f.cps[start] == ' ') {
                    at += Character.charCount(f.cps[start]);
                    start++;
                }
                f.insideWord[b] = start < to && !words.betweenWords(at);
            }
            from = to;
        }
    }

    /**
     * The squeeze and the justification slot after every code point: adjacent marks give up the
     * blank between them (the first's right, then the second's left, then a centred first's left)
     * until the pair takes 1.5 em; a doubled dash joins into one stroke.
     */
    private void squeezes(Flat f, boolean[] unitPart) {
        int n = f.length();
        double[] leftUsed = new double[n];
        double[] rightUsed = new double[n];
        for (int i = 0; i + 1 < n; i++) {
            int a = f.cps[i];
            int b = f.cps[i + 1];
            boolean tight = false;
            if (a == Face.EM_DASH && b == Face.EM_DASH && f.styles[i].face() == f.styles[i + 1].face()) {
                f.squeeze[i] -= f.styles[i].face().dashJoinEm() * f.em(i);
                tight = true;
            } else if (a == b && a == '…') {
                tight = true;
            } else if (Punctuation.isAdjustable(a) && Punctuation.isAdjustable(b) && !(Punctuation.isOpening(a) && !Punctuation.isOpening(b))) {
                double need = 0.5 * Math.max(f.em(i), f.em(i + 1));
                double right = Math.max(0, Math.min(need, Punctuation.rightBlankEm(punctuation, a) * f.em(i) - rightUsed[i]));
                rightUsed[i] += right;
                need -= right;
                double left = Math.max(0, Math.min(need, Punctuation.leftBlankEm(punctuation, b) * f.em(i + 1) - leftUsed[i + 1]));
                leftUsed[i + 1] += left;
                need -= left;
                f.squeeze[i] -= right + left;
                if (need > EPSILON_PT && i > 0 && Punctuation.isStop(a)) {
                    // a centred stop before a closing mark: its left quarter too
                    double own = Math.max(0, Math.min(need, Punctuation.leftBlankEm(punctuation, a) * f.em(i) - leftUsed[i]));
                    leftUsed[i] += own;
                    f.squeeze[i - 1] -= own;
                }
                tight = true;
            }
            boolean unit = unitPart[i] && unitPart[i + 1];
            // a byline's names are never spread; the spaces between them may widen
            boolean inByline = f.byline[i] && f.byline[i + 1] && a != ' ';
            f.slot[i] = !tight && !unit && !inByline;
        }
    }

    /**
     * The paragraph's lines, as {start, end} code point ranges: of all the ways to break it into
     * the fewest lines, the one of least badness (a dynamic programme over the breaks; each line
     * is measured in constant time from the prefix sums).
     */
    private List<int[]> breakRanges(Flat f, double measurePt, double firstIndentPt, boolean justify) {
        int n = f.length();
        int start0 = skipSpaces(f, 0);
        List<int[]> ranges = new ArrayList<>();
        if (start0 >= n) {
            ranges.add(new int[] {0, 0});
            return ranges;
        }
        // best[b]: the fewest lines and least cost of setting [start0, b) with a break before b
        int[] lines = new int[n + 1];
        double[] cost = new double[n + 1];
        int[] from = new int[n + 1];
        java.util.Arrays.fill(lines, Integer.MAX_VALUE);
        // broken by meaning, a line may have to end some words back: every place it may end is tried
        int window = f.byMeaning ? n + 1 : LOOKBACK_BREAKS;
        int[] ends = new int[window];
        lines[start0] = 0;
        for (int b = start0; b < n; b++) {
            if (lines[b] == Integer.MAX_VALUE) {
                continue;
            }
            int s = skipSpaces(f, b);
            if (s >= n) {
                continue;
            }
            double avail = measurePt - (b == start0 ? firstIndentPt : 0);
            // the line's possible ends, of which only the last few can make a good line
            int found = 0;
            int e = s + 1;
            for (; e <= n; e++) {
                int end = trimSpaces(f, s, e);
                double width = width(f, s, end, false);
                if (width - endBlank(f, end) > avail + EPSILON_PT) {
                    break;
                }
                if (e < n && !f.breakBefore[e]) {
                    continue;
                }
                ends[found++ % window] = e;
            }
            for (int k = Math.max(0, found - window); k < found; k++) {
                int at = ends[k % window];
                relax(f, lines, cost, from, b, s, at, trimSpaces(f, s, at), avail, justify, 0);
            }
            boolean reached = found > 0;
            int cut = Math.max(Math.min(e - 1, n), s + 1);
            if (!reached) {
                // an unbreakable run wider than the measure: cut it where the measure ends
                relax(f, lines, cost, from, b, s, cut, trimSpaces(f, s, cut), avail, justify, 0);
            } else if (justify && cut < n && cut > ends[(found - 1) % window] && latinRun(f, cut)
                    && wider(f, ends[(found - 1) % window], measurePt)) {
                // a run too wide for any line (a URL, a long word) begins on this line: it is cut somewhere anyway, and
                // cut where this line's measure ends its line is full, not left to one huge gap before the run
                relax(f, lines, cost, from, b, s, cut, trimSpaces(f, s, cut), avail, justify, FORCED_CUT_COST);
            }
        }
        int b = n;
        if (lines[n] == Integer.MAX_VALUE) {
            throw new IllegalStateException("no line breaking found");
        }
        List<int[]> reversed = new ArrayList<>();
        while (b != start0) {
            int a = from[b];
            reversed.add(new int[] {skipSpaces(f, a), b});
            b = a;
        }
        for (int k = reversed.size() - 1; k >= 0; k--) {
            ranges.add(reversed.get(k));
        }
        return ranges;
    }

    /** Takes the line [s, e) from the break before b when it makes a better way to reach e. */
    private void relax(Flat f, int[] lines, double[] cost, int[] from, int b, int s, int e, int end, double avail, boolean justify,
                       double extra) {
        boolean last = skipSpaces(f, e) >= f.length();
        int target = last ? f.length() : e;
        int count = lines[b] + 1;
        double c = cost[b] + extra + badness(f, s, end, avail, justify, last, lines[b] > 0)
                + (!last && f.insideWord[e] ? INSIDE_WORD_COST : 0);
        // on a tie the later break wins: the lines before it fuller, as a first fit sets them
        if (count < lines[target] || count == lines[target] && c <= cost[target] + 1e-9) {
            lines[target] = count;
            cost[target] = c;
            from[target] = b;
        }
    }

    /** Whether the run from {@code at} to the next place a line may end is wider than {@code measurePt}: no line can hold it. */
    private boolean wider(Flat f, int at, double measurePt) {
        int s = skipSpaces(f, at);
        int k = s + 1;
        while (k < f.length() && !f.breakBefore[k]) {
            k++;
        }
        return s < f.length() && width(f, s, trimSpaces(f, s, k), false) > measurePt + EPSILON_PT;
    }

    /** Whether a cut before {@code at} falls between two Latin letters or digits. */
    private static boolean latinRun(Flat f, int at) {
        return at > 0 && latin(f.cps[at - 1]) && latin(f.cps[at]);
    }

    /** A Latin letter or a digit: between two of them a cut breaks no rule of line starts and ends. */
    private static boolean latin(int cp) {
        return cp < 0x250 && Character.isLetterOrDigit(cp);
    }

    /** How bad the line [s, end) is: the square of its gaps in em, a wide gap and a 孤字 far more. */
    private double badness(Flat f, int s, int end, double avail, boolean justify, boolean last, boolean notFirst) {
        if (end <= s) {
            return 0;
        }
        double em = f.em(s);
        if (last) {
            return notFirst && widow(f, s, end) ? WIDOW_COST : 0;
        }
        double slack = slack(f, s, end, avail);
        if (!justify || bylineOnly(f, s, end)) {
            return Math.max(0, slack) / em; // ragged: the fuller the line the better, as a first fit sets it
        }
        // a line with no place for its room (one unit) stays short: as bad as one gap that wide
        double gap = Math.max(0, slack) / Math.max(1, slots(f, s, end)) / em;
        return gap * gap * 100 + (gap >= WIDE_GAP_EM - 1e-9 ? WIDE_GAP_COST : 0);
    }

    /** The room a line leaves: its marks at the end set half-width only when it needs them so. */
    private double slack(Flat f, int s, int end, double avail) {
        double width = width(f, s, end, false);
        if (width > avail + EPSILON_PT) {
            width -= endBlank(f, end);
        }
        return avail - width;
    }

    private static int slots(Flat f, int s, int end) {
        return f.slotSum[end - 1] - f.slotSum[s];
    }

    /** True when every character of [s, end) belongs to a byline: such a line is not spread. */
    private static boolean bylineOnly(Flat f, int s, int end) {
        return f.byline[s] && f.byline[end - 1];
    }

    /** A last line whose letters are one Han character, with or without its marks. */
    private static boolean widow(Flat f, int s, int end) {
        if (f.letterSum[end] - f.letterSum[s] != 1) {
            return false;
        }
        for (int i = s; i < end; i++) {
            if (Character.isLetterOrDigit(f.cps[i])) {
                return Punctuation.isHan(f.cps[i]);
            }
        }
        return false;
    }

    /** The width of [s, end) with its inner squeezes and an opening mark at its start set half-width. */
    private double width(Flat f, int s, int end, boolean endHalf) {
        if (end <= s) {
            return 0;
        }
        double w = f.advanceSum[end] - f.advanceSum[s] + f.squeezeSum[end - 1] - f.squeezeSum[s] - startBlank(f, s);
        return endHalf ? w - endBlank(f, end) : w;
    }

    /** What an opening mark at a line start gives up: its blank left half. */
    private static double startBlank(Flat f, int s) {
        return s < f.length() ? f.startBlank[s] : 0;
    }

    /** What a closing mark or stop at a line end may give up: its blank right part. */
    private static double endBlank(Flat f, int end) {
        return end <= 0 ? 0 : f.endBlank[end - 1];
    }

    private static int skipSpaces(Flat f, int i) {
        while (i < f.length() && f.cps[i] == ' ') {
            i++;
        }
        return i;
    }

    private static int trimSpaces(Flat f, int s, int e) {
        int end = e;
        while (end > s && f.cps[end - 1] == ' ') {
            end--;
        }
        return end;
    }

    /** May a line end before code point index {@code b}? */
    static boolean breakAllowed(int[] cps, int b) {
        if (b <= 0 || b >= cps.length) {
            return true;
        }
        int before = cps[b - 1];
        int after = cps[b];
        if (after == ' ' || before == ' ') {
            // a space between Han characters (记者 胡漫雨) is part of the text, not a break
            int left = b - 1;
            while (left >= 0 && cps[left] == ' ') {
                left--;
            }
            int right = b;
            while (right < cps.length && cps[right] == ' ') {
                right++;
            }
            boolean cjkLeft = left >= 0 && (Punctuation.isHan(cps[left]) || Punctuation.isCjkPunctuation(cps[left]));
            boolean cjkRight = right < cps.length && (Punctuation.isHan(cps[right]) || Punctuation.isCjkPunctuation(cps[right]));
            // a space does not free the marks around it: "精神 , 全会" must not start a line with the comma
            boolean markRight = right < cps.length && Punctuation.noLineStart(cps[right]);
            boolean markLeft = left >= 0 && Punctuation.noLineEnd(cps[left]);
            return !(cjkLeft && cjkRight) && !markRight && !markLeft;
        }
        if (Punctuation.noLineStart(after) || Punctuation.noLineEnd(before)) {
            return false;
        }
        if (before == after && (before == '—' || before == '…')) {
            return false;
        }
        return !(Punctuation.isUnitPart(before) && Punctuation.isUnitPart(after));
    }

    private SetLine line(Flat f, int from, int to, double indentPt, double measurePt, boolean last, boolean justify) {
        List<Span> spans = new ArrayList<>();
        StringBuilder sb = new StringBuilder();
        TextStyle style = null;
        boolean byline = false;
        int end = trimSpaces(f, from, to);
        int n = end - from;
        double[] after = new double[n];
        double[] squeeze = new double[n];
        for (int i = from; i < end; i++) {
            if (style != null && (!f.styles[i].equals(style) || f.byline[i] != byline)) {
                spans.add(new Span(sb.toString(), style, byline));
                sb.setLength(0);
            }
            style = f.styles[i];
            byline = f.byline[i];
            sb.appendCodePoint(f.cps[i]);
            if (i + 1 < end) {
                squeeze[i - from] = f.squeeze[i];
            }
        }
        if (style != null) {
            spans.add(new Span(sb.toString(), style, byline));
        }
        if (n == 0) {
            return new SetLine(spans, indentPt, 0, 0, last, after, squeeze, 0);
        }
        double startPt = -startBlank(f, from);
        double width = width(f, from, end, false);
        if (width > measurePt + EPSILON_PT) {
            width -= endBlank(f, end); // the last mark set half-width: its blank hangs past the measure
        }
        double spacing = 0;
        int slots = slots(f, from, end);
        if (justify && !last && !bylineOnly(f, from, end) && slots > 0 && measurePt - width > EPSILON_PT) {
            spacing = (measurePt - width) / slots;
        }
        for (int i = from; i + 1 < end; i++) {
            after[i - from] = squeeze[i - from] + (f.slot[i] ? spacing : 0);
        }
        return new SetLine(spans, indentPt, width, spacing, last, after, squeeze, startPt);
    }
}
