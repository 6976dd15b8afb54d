package newsprint.model;

import java.nio.file.Path;

/**
 * A photo of an article. {@code file} is already resolved against the page file's folder and
 * checked to stay inside it. {@code span} is the columns it should cover, or null to let the
 * composer choose. {@code focus} is the point to keep when the photo is cropped, or null for
 * the centre.
 */
public record Photo(Path file, String caption, String credit, Integer span, Focus focus) {
    /** Larger images are refused: they cost too much memory to decode or embed (a decompression bomb, or a raw scan). */
    public static final long MAX_PIXELS = 80_000_000L;

    /** The same photo with its caption and credit passed through {@code f}. */
    public Photo withText(java.util.function.UnaryOperator<String> f) {
        return new Photo(file, f.apply(caption), f.apply(credit), span, focus);
    }

    /** A point of the image as fractions of its width and height, 0 to 1 from the top left. */
    public record Focus(double x, double y) {
    }
}
