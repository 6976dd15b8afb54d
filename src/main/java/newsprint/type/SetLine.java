package newsprint.type;

import java.util.List;

/**
 * One line as the line breaker set it: its spans, the indent it starts at, its natural width,
 * and the letter-spacing that justifies it to the measure (0 for a paragraph's last line).
 */
public record SetLine(List<Span> spans, double indentPt, double naturalWidthPt, double letterSpacingPt,
                      boolean paragraphEnd) {
    public SetLine {
        spans = List.copyOf(spans);
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
}
