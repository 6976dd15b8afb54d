package newsprint.type;

import java.util.Arrays;
import org.apache.fontbox.ttf.CmapLookup;

/**
 * A face's character map, the Basic Multilingual Plane held in an array as it is looked up.
 * FontBox keeps a character map as a hash map of boxed code points, and a page asks it for
 * every character several times over (the face that sets it, its advance, the glyph check, the
 * embedding, the paint check): on a warm front page those lookups were about a tenth of the
 * time. A code point is asked of FontBox once, then read from the array; code points beyond the
 * plane (rare characters) are asked of FontBox each time.
 *
 * <p>Safe from any thread: a slot is one {@code char}, written whole; a thread that has not yet
 * seen another's write asks FontBox again and writes the same glyph.
 */
public final class GlyphTable {
    /** Not looked up yet: no glyph has this id (a face has at most 65,535 glyphs, 0 to 65,534). */
    private static final char UNKNOWN = 0xFFFF;

    private final CmapLookup cmap;
    private final char[] plane = new char[0x10000];

    public GlyphTable(CmapLookup cmap) {
        this.cmap = cmap;
        Arrays.fill(plane, UNKNOWN);
    }

    /** The glyph the map gives {@code codePoint}; 0 (.notdef) when none. */
    public int glyph(int codePoint) {
        if (codePoint < 0 || codePoint >= plane.length) {
            return cmap.getGlyphId(codePoint);
        }
        char known = plane[codePoint];
        if (known != UNKNOWN) {
            return known;
        }
        int gid = cmap.getGlyphId(codePoint);
        if (gid >= 0 && gid < UNKNOWN) {
            plane[codePoint] = (char) gid;
        }
        return gid;
    }

    /** The code points the map gives glyph {@code gid}, as FontBox finds them (null or empty when none). */
    public java.util.List<Integer> codePoints(int gid) {
        return cmap.getCharCodes(gid);
    }
}
