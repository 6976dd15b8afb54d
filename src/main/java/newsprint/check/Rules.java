package newsprint.check;

/**
 * The preflight's thresholds. {@link #newspaper()} is what a newspaper's desk expects.
 *
 * @param minPpi            a photo printing below this resolution at its placed size is coarse
 * @param shortParagraph    a paragraph of at most this many characters without closing
 *                          punctuation looks like a caption, credit or heading in the body
 * @param doubledParagraph  paragraphs shorter than this may repeat (a separator, 完); longer
 *                          ones printed twice are an error
 * @param minAdPpi          an ad's pictures below this resolution as placed print coarse (the
 *                          GWG newspaper-ad specification asks for 200)
 */
public record Rules(double minPpi, int shortParagraph, int doubledParagraph, double minAdPpi) {
    public static Rules newspaper() {
        return new Rules(150, 12, 10, 200);
    }
}
