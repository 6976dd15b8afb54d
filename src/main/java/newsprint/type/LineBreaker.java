package newsprint.type;

import java.util.ArrayList;
import java.util.List;

/**
 * Sets a paragraph into lines of one measure. Breaks fall between Han characters, at spaces, and
 * never inside a Latin word or number; a closing mark never starts a line and an opening mark
 * never ends one (the character before it moves down instead); {@code ——} and {@code ……} stay
 * whole. Every line but the last is justified to the measure with letter-spacing, and a last
 * line of a single character (a widow, 孤字) takes one more from the line above.
 *
 * <p>The widths are the fonts' own advances, the same numbers the PDF renderer uses, so the
 * lines set here are exactly the lines printed: copy-fitting can count on them.
 */
public final class LineBreaker {
    private static final double EPSILON_PT = 0.001;

    /** A paragraph flattened to code points, each with its style and advance. */
    private record Flat(int[] cps, TextStyle[] styles, double[] advances) {
        int length() {
            return cps.length;
        }
    }

    /**
     * Sets {@code spans} into lines {@code measurePt} wide; the first line starts
     * {@code firstIndentPt} in. When {@code justify} is false, lines are left unjustified
     * (ragged), as captions and headlines are.
     */
    public List<SetLine> set(List<Span> spans, double measurePt, double firstIndentPt, boolean justify) {
        Flat flat = flatten(spans);
        List<int[]> ranges = breakRanges(flat, measurePt, firstIndentPt);
        avoidWidow(flat, ranges);
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

    private static Flat flatten(List<Span> spans) {
        int n = 0;
        for (Span s : spans) {
            n += s.text().codePointCount(0, s.text().length());
        }
        int[] cps = new int[n];
        TextStyle[] styles = new TextStyle[n];
        double[] adv = new double[n];
        int i = 0;
        for (Span s : spans) {
            String t = s.text();
            for (int j = 0; j < t.length(); ) {
                int cp = t.codePointAt(j);
                if (cp == '\n' || cp == '\t') {
                    cp = ' ';
                }
                cps[i] = cp;
                // a character the style's face lacks is set in the layout's fallback face that has it
                styles[i] = s.style().forCodePoint(cp);
                adv[i] = styles[i].face().advanceEm(cp) * s.style().sizePt();
                if (i > 0 && cps[i - 1] == Face.EM_DASH && cp == Face.EM_DASH && styles[i - 1].face() == styles[i].face()) {
                    // a dash followed by a dash draws up to it: the pair is one stroke, as wide as the font's ligature
                    adv[i - 1] -= styles[i - 1].face().dashJoinEm() * s.style().sizePt();
                }
                i++;
                j += Character.charCount(cp);
            }
        }
        return new Flat(cps, styles, adv);
    }

    private List<int[]> breakRanges(Flat f, double measurePt, double firstIndentPt) {
        List<int[]> ranges = new ArrayList<>();
        int n = f.length();
        int start = skipSpaces(f, 0);
        while (start < n) {
            double avail = measurePt - (ranges.isEmpty() ? firstIndentPt : 0);
            double w = 0;
            int i = start;
            while (i < n && w + f.advances()[i] <= avail + EPSILON_PT) {
                w += f.advances()[i];
                i++;
            }
            int end;
            if (i >= n) {
                end = n;
            } else if (f.cps()[i] == ' ' && breakAllowed(f.cps(), i)) {
                end = i;
            } else {
                end = i;
                while (end > start && !breakAllowed(f.cps(), end)) {
                    end--;
                }
                if (end == start) {
                    end = Math.max(i, start + 1); // an unbreakable run wider than the measure
                }
            }
            ranges.add(new int[] {start, end});
            start = skipSpaces(f, end);
        }
        if (ranges.isEmpty()) {
            ranges.add(new int[] {0, 0});
        }
        return ranges;
    }

    /** Moves one character down when the last line would hold a single character. */
    private void avoidWidow(Flat f, List<int[]> ranges) {
        if (ranges.size() < 2) {
            return;
        }
        int[] last = ranges.get(ranges.size() - 1);
        int[] prev = ranges.get(ranges.size() - 2);
        if (visible(f, last[0], last[1]) != 1) {
            return;
        }
        for (int b = last[0] - 1; b > prev[0] + 1; b--) {
            if (breakAllowed(f.cps(), b) && f.cps()[b] != ' ') {
                if (visible(f, prev[0], b) >= 2) {
                    prev[1] = b;
                    last[0] = b;
                }
                return;
            }
        }
    }

    private static int visible(Flat f, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            if (f.cps()[i] != ' ') {
                n++;
            }
        }
        return n;
    }

    private static int skipSpaces(Flat f, int i) {
        while (i < f.length() && f.cps()[i] == ' ') {
            i++;
        }
        return i;
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
        return !(isWordPart(before) && isWordPart(after));
    }

    /** Letters and digits of Latin (and other spaced) scripts, which break only at spaces. */
    private static boolean isWordPart(int cp) {
        if (Punctuation.isHan(cp) || Punctuation.isCjkPunctuation(cp)) {
            return false;
        }
        return Character.isLetterOrDigit(cp) || cp == '.' || cp == '-' || cp == '\'' || cp == '/' || cp == '%'
                || cp == '&' || cp == '_' || cp == '@' || cp == '+';
    }

    private static SetLine line(Flat f, int from, int to, double indentPt, double measurePt, boolean last,
                                boolean justify) {
        List<Span> spans = new ArrayList<>();
        StringBuilder sb = new StringBuilder();
        TextStyle style = null;
        double width = 0;
        int glyphs = 0;
        int joined = 0;
        int end = to;
        while (end > from && f.cps()[end - 1] == ' ') {
            end--;
        }
        for (int i = from; i < end; i++) {
            if (style != null && !f.styles()[i].equals(style)) {
                spans.add(new Span(sb.toString(), style));
                sb.setLength(0);
            }
            style = f.styles()[i];
            sb.appendCodePoint(f.cps()[i]);
            width += f.advances()[i];
            glyphs++;
            if (i > from && f.cps()[i - 1] == Face.EM_DASH && f.cps()[i] == Face.EM_DASH) {
                joined++; // no justification space inside a run of dashes: it is one stroke
            }
        }
        if (style != null) {
            spans.add(new Span(sb.toString(), style));
        }
        double spacing = 0;
        if (justify && !last && glyphs - joined > 1 && measurePt - width > EPSILON_PT) {
            spacing = (measurePt - width) / (glyphs - 1 - joined);
        }
        return new SetLine(spans, indentPt, width, spacing, last);
    }
}
