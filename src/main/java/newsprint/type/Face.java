package newsprint.type;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.GlyphData;
import org.apache.fontbox.ttf.TrueTypeFont;

/**
 * One parsed TrueType face, with the name the layout gives it and the CSS family and weight the
 * renderer registers it under. The font data is parsed once per process ({@link FontLibrary})
 * and shared by every document and thread: its tables are read in full when it is loaded, and
 * glyph outlines are read under FontBox's own lock.
 */
public final class Face {
    /** The em dash, which Chinese sets doubled as the 破折号 (——). */
    public static final int EM_DASH = 0x2014;

    private final String name;
    private final String cssFamily;
    private final int cssWeight;
    private final Supplier<Font> font;
    private volatile Font loaded;

    /**
     * A face whose font data {@code font} gives, parsed on first use: a face that only a fallback
     * chain reaches (the 30 MB rare-character face) is never parsed for a page that does not need it.
     */
    Face(String name, String cssFamily, int cssWeight, Supplier<Font> font) {
        this.name = name;
        this.cssFamily = cssFamily;
        this.cssWeight = cssWeight;
        this.font = font;
    }

    /** The font data, parsed (or waited for) on the first call; kept after that, so the hot path is one field read. */
    private Font data() {
        Font f = loaded;
        if (f == null) {
            f = font.get();
            loaded = f;
        }
        return f;
    }

    /** True once the font data has been asked for: a renderer registers only such faces. */
    public boolean inUse() {
        return loaded != null;
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
        return data().ttf;
    }

    /** The glyph the face draws the code point with; 0 (.notdef) when it has none. */
    public int glyph(int codePoint) {
        return data().cmap.glyph(codePoint);
    }

    /** True when the face maps the code point to a glyph (not .notdef). */
    public boolean hasGlyph(int codePoint) {
        return data().cmap.glyph(codePoint) != 0;
    }

    /**
     * True when the code point's glyph draws something: a glyph with an outline. A damaged font
     * (a bad {@code loca} table, say) maps characters to glyphs that print blank; a space has no
     * outline by design and is not asked about.
     */
    public boolean hasOutline(int codePoint) {
        int gid = data().cmap.glyph(codePoint);
        return gid != 0 && data().outlined.computeIfAbsent(gid, data()::readOutline);
    }

    /** The advance of one code point in em (1.0 = the type size). */
    public double advanceEm(int codePoint) {
        int gid = data().cmap.glyph(codePoint);
        try {
            return data().ttf.getAdvanceWidth(gid) / data().unitsPerEm;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the advance widths of font " + name, e);
        }
    }

    /**
     * The outline of the code point's glyph in em (1.0 = the type size), y upwards from the
     * baseline as the font draws it; null when the face has no glyph for it. For pictures drawn
     * beside the PDF (a proof's labels), in the fonts the page is set in.
     */
    public java.awt.geom.GeneralPath outlineEm(int codePoint) {
        int gid = data().cmap.glyph(codePoint);
        if (gid == 0) {
            return null;
        }
        try {
            GlyphData g = data().ttf.getGlyph().getGlyph(gid);
            java.awt.geom.GeneralPath path = new java.awt.geom.GeneralPath();
            if (g != null) { // a copy: FontBox may keep the path it made
                float scale = 1 / data().unitsPerEm;
                path.append(g.getPath().getPathIterator(java.awt.geom.AffineTransform.getScaleInstance(scale, scale)), false);
            }
            return path;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read a glyph of font " + name, e);
        }
    }

    /** The face's ascender in em (its horizontal header's): how far below a line box's top the renderer puts the baseline. */
    public double ascentEm() {
        try {
            return data().ttf.getHorizontalHeader().getAscender() / data().unitsPerEm;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the metrics of font " + name, e);
        }
    }

    /** The advance of glyph {@code gid} in em. */
    public double advanceOfGlyphEm(int gid) {
        try {
            return data().ttf.getAdvanceWidth(gid) / data().unitsPerEm;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the advance widths of font " + name, e);
        }
    }

    /**
     * How far, in em, a second em dash must move left so that the two strokes of {@code ——} join
     * into one line, as the font's own two-em-dash ligature draws them; 0 when the face has no
     * em dash or its stroke already fills the advance. newsprint draws the pair that way instead
     * of through the font's ligature, so the PDF's text says {@code ——}.
     */
    public double dashJoinEm() {
        return data().dashJoinEm;
    }

    @Override
    public String toString() {
        return name;
    }

    /** The data of one font file, shared by the faces of every layout that use it. */
    static final class Font {
        final TrueTypeFont ttf;
        final GlyphTable cmap;
        final float unitsPerEm;
        final double dashJoinEm;
        final ConcurrentHashMap<Integer, Boolean> outlined = new ConcurrentHashMap<>();

        Font(String file, TrueTypeFont ttf) throws IOException {
            this.ttf = ttf;
            // every table is read now, once: later reads are of parsed data, safe from any thread
            ttf.getHeader();
            ttf.getHorizontalHeader();
            ttf.getHorizontalMetrics();
            ttf.getMaximumProfile();
            ttf.getOS2Windows();
            ttf.getPostScript();
            ttf.getNaming();
            ttf.getIndexToLocation();
            ttf.getName();
            CmapLookup unicode = ttf.getUnicodeCmapLookup();
            if (unicode == null) {
                throw new IOException(file + " has no Unicode character map");
            }
            this.cmap = new GlyphTable(unicode);
            this.unitsPerEm = ttf.getUnitsPerEm();
            this.dashJoinEm = dashJoin();
        }

        private double dashJoin() throws IOException {
            int gid = cmap.glyph(EM_DASH);
            GlyphData g = gid == 0 ? null : ttf.getGlyph().getGlyph(gid);
            if (g == null || g.getBoundingBox() == null) {
                return 0;
            }
            double gap = ttf.getAdvanceWidth(gid) - g.getBoundingBox().getUpperRightX() + g.getBoundingBox().getLowerLeftX();
            return Math.max(0, gap) / unitsPerEm;
        }

        private boolean readOutline(int gid) {
            try {
                GlyphData g = ttf.getGlyph().getGlyph(gid);
                return g != null && g.getNumberOfContours() != 0 && g.getBoundingBox() != null
                        && g.getBoundingBox().getWidth() > 0 && g.getBoundingBox().getHeight() > 0;
            } catch (IOException | RuntimeException e) {
                return false; // a glyph that cannot be read prints nothing either
            }
        }
    }
}
