package newsprint.type;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TrueTypeFont;

/**
 * One parsed TrueType face, with the name the layout gives it and the CSS family and weight the
 * renderer registers it under. Parsed once per process and shared by every document; a face is
 * read by one render at a time (FontBox reads tables lazily and is not thread-safe).
 */
public final class Face {
    private final String name;
    private final String cssFamily;
    private final int cssWeight;
    private final TrueTypeFont font;
    private final CmapLookup cmap;
    private final float unitsPerEm;

    Face(String name, String cssFamily, int cssWeight, TrueTypeFont font) {
        this.name = name;
        this.cssFamily = cssFamily;
        this.cssWeight = cssWeight;
        this.font = font;
        try {
            this.cmap = font.getUnicodeCmapLookup();
            this.unitsPerEm = font.getUnitsPerEm();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the cmap of font " + name, e);
        }
    }

    /** The name the layout uses for this face, e.g. {@code serif-bold}. */
    public String name() {
        return name;
    }

    public String cssFamily() {
        return cssFamily;
    }

    public int cssWeight() {
        return cssWeight;
    }

    public TrueTypeFont font() {
        return font;
    }

    /** True when the face has a real glyph (not .notdef) for the code point. */
    public boolean hasGlyph(int codePoint) {
        return cmap.getGlyphId(codePoint) != 0;
    }

    /** The advance of one code point in em (1.0 = the type size). */
    public double advanceEm(int codePoint) {
        int gid = cmap.getGlyphId(codePoint);
        try {
            return font.getAdvanceWidth(gid) / unitsPerEm;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the advance widths of font " + name, e);
        }
    }

    @Override
    public String toString() {
        return name;
    }

}
