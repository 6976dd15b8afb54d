package newsprint.type;

import java.util.Arrays;
import java.util.List;

/**
 * One line as the line breaker set it: its spans, the indent it starts at, its natural width,
 * the letter-spacing that justifies it to the measure (0 for a paragraph's last line), and where
 * each character stands. {@code afterPt} holds, for every code point of the line, the space the
 * pen moves after its advance: the justification space, less what 标点挤压 takes from a mark's
 * blank half, less what joins the strokes of {@code ——}; {@code startPt} is where the first
 * character starts from the indent (negative when an opening bracket at the line start loses its
 * blank half). {@code squeezePt} is the part of {@code afterPt} that is not justification: what the
 * marks and dashes gave up (0 or negative). The filler paints exactly these positions and the archive reads them back.
 */
public record SetLine(List<Span> spans, double indentPt, double naturalWidthPt, double letterSpacingPt,
                      boolean paragraphEnd, double[] afterPt, double[] squeezePt, double startPt) {
    public SetLine {
        spans = List.copyOf(spans);
        if (afterPt == null) {
            squeezePt = uniform(spans, 0);
            afterPt = uniform(spans, letterSpacingPt);
        }
    }

    /** A line whose characters take the same letter-spacing after each (a dash run drawn as one stroke). */
    public SetLine(List<Span> spans, double indentPt, double naturalWidthPt, double letterSpacingPt, boolean paragraphEnd) {
        this(spans, indentPt, naturalWidthPt, letterSpacingPt, paragraphEnd, null, null, 0);
    }

    /** The letter-spacing after each code point, with no space inside a run of em dashes (one stroke). */
    private static double[] uniform(List<Span> spans, double spacingPt) {
        int n = 0;
        for (Span s : spans) {
            n += s.text().codePointCount(0, s.text().length());
        }
        double[] after = new double[n];
        int i = 0;
        int previous = -1;
        TextStyle previousStyle = null;
        for (Span s : spans) {
            for (int j = 0; j < s.text().length(); ) {
                int cp = s.text().codePointAt(j);
                TextStyle style = s.style().forCodePoint(cp);
                if (previous == Face.EM_DASH && cp == Face.EM_DASH && previousStyle.face() == style.face()) {
                    after[i - 1] = -style.face().dashJoinEm() * style.sizePt();
                }
                after[i++] = spacingPt;
                previous = cp;
                previousStyle = style;
                j += Character.charCount(cp);
            }
        }
        return after;
    }

    public String text() {
        StringBuilder sb = new StringBuilder();
        for (Span s : spans) {
            sb.append(s.text());
        }
        return sb.toString();
    }

    /** The characters on this line, spaces excluded: what copy-fitting counts. */
    public int characters() {
        String t = text();
        int n = 0;
        for (int i = 0; i < t.length(); ) {
            int cp = t.codePointAt(i);
            if (!Character.isWhitespace(cp)) {
                n++;
            }
            i += Character.charCount(cp);
        }
        return n;
    }

    /** The space after code point {@code i} of the line, in points (see the class comment). */
    public double afterPt(int i) {
        return afterPt[i];
    }

    /** What code point {@code i} and its neighbour gave up after it (标点挤压, a joined dash): 0 or negative, in points. */
    public double squeezePt(int i) {
        return squeezePt[i];
    }

    /** How many code points the line holds. */
    public int length() {
        return afterPt.length;
    }

    /**
     * Where each code point's pen position is, in points from the line's start (its indent, or
     * the left of its box when set right or centred), and one more entry: where the last
     * character's advance ends (the line's painted width).
     */
    public double[] penPt() {
        double[] x = new double[afterPt.length + 1];
        double at = startPt;
        int i = 0;
        for (Span s : spans) {
            for (int j = 0; j < s.text().length(); ) {
                int cp = s.text().codePointAt(j);
                TextStyle style = s.style().forCodePoint(cp);
                x[i] = at;
                double advance = style.face().advanceEm(cp) * style.sizePt();
                at += advance + afterPt[i];
                x[i + 1] = at - afterPt[i];
                i++;
                j += Character.charCount(cp);
            }
        }
        return x;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SetLine l && spans.equals(l.spans) && indentPt == l.indentPt && naturalWidthPt == l.naturalWidthPt
                && letterSpacingPt == l.letterSpacingPt && paragraphEnd == l.paragraphEnd && Arrays.equals(afterPt, l.afterPt) && Arrays.equals(squeezePt, l.squeezePt)
                && startPt == l.startPt;
    }

    @Override
    public int hashCode() {
        return spans.hashCode() * 31 + Arrays.hashCode(afterPt);
    }

    @Override
    public String toString() {
        return "SetLine[" + text() + ", indent " + indentPt + ", spacing " + letterSpacingPt + ", start " + startPt + "]";
    }
}
