package newsprint.type;

/** A face at a size, with the line spacing (leading) it is set on. */
public record TextStyle(Face face, double sizePt, double leadingPt) {
    /** The natural width of {@code text} in points, without any letter-spacing. */
    public double widthPt(String text) {
        double em = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            em += face.advanceEm(cp);
            i += Character.charCount(cp);
        }
        return em * sizePt;
    }

    public TextStyle withFace(Face other) {
        return new TextStyle(other, sizePt, leadingPt);
    }
}
