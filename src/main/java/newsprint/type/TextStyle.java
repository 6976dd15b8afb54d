package newsprint.type;

import java.util.List;

/**
 * A face at a size, with the line spacing (leading) it is set on, and the layout's fallback
 * faces for characters the face lacks, in the order they are tried.
 */
public record TextStyle(Face face, double sizePt, double leadingPt, List<Face> fallback) {
    public TextStyle {
        fallback = List.copyOf(fallback);
    }

    public TextStyle(Face face, double sizePt, double leadingPt) {
        this(face, sizePt, leadingPt, List.of());
    }

    /** The face that draws {@code codePoint}: this style's own, else the first fallback that has it, else null. */
    public Face faceFor(int codePoint) {
        if (face.hasGlyph(codePoint)) {
            return face;
        }
        for (Face f : fallback) {
            if (f.hasGlyph(codePoint)) {
                return f;
            }
        }
        return null;
    }

    /**
     * This style as it sets {@code codePoint}: itself, or the same size and leading in the
     * fallback face that has the character. A character no face has stays in the style's own
     * face (the glyph check stops such a page before it is set).
     */
    public TextStyle forCodePoint(int codePoint) {
        Face f = faceFor(codePoint);
        return f == null || f == face ? this : new TextStyle(f, sizePt, leadingPt);
    }

    /** The natural width of {@code text} in points, without any letter-spacing. */
    public double widthPt(String text) {
        double em = 0;
        int previous = -1;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            Face f = forCodePoint(cp).face();
            em += f.advanceEm(cp);
            if (previous == Face.EM_DASH && cp == Face.EM_DASH) {
                em -= f.dashJoinEm(); // the doubled dash drawn as one stroke (see LineBreaker)
            }
            previous = cp;
            i += Character.charCount(cp);
        }
        return em * sizePt;
    }

    public TextStyle withFace(Face other) {
        return new TextStyle(other, sizePt, leadingPt, fallback);
    }
}
