package org.apache.fontbox.ttf;

import java.io.IOException;
import java.nio.ByteBuffer;

/**
 * A font's {@code glyf} table read from its memory map ({@link MappedFontFile}) instead of from
 * the heap. FontBox 3.0.8's {@code GlyphTable} reads the whole table into an array as the font is
 * parsed and copies that array again into the stream it keeps: for the four Noto faces 93 MB
 * allocated and 46 MB kept by every process, most of what a cold render's first collections had
 * to copy, while a page's render reads no outline at all (the widths are in {@code hmtx}) and an
 * edition's ink measure a few hundred. This table keeps a view of the table's bytes in the map
 * and reads a glyph as FontBox does: the same positions within the table, the same checks (an
 * empty glyph, a table shorter than its directory says, composite depth), the same cache of at
 * most a hundred glyphs for fonts of under 5,000, under a lock on the table's stream.
 */
final class MappedGlyphTable extends GlyphTable {
    /** As FontBox's: glyphs are remembered for fonts of fewer glyphs than this, and at most {@link #MAX_CACHED_GLYPHS} of them. */
    private static final int MAX_CACHE_SIZE = 5000;
    private static final int MAX_CACHED_GLYPHS = 100;

    private final ByteBuffer file;
    private TTFDataStream data;
    private IndexToLocationTable loca;
    private int numGlyphs;
    private GlyphData[] glyphs;
    private int cached;
    private HorizontalMetricsTable hmt;
    private MaximumProfileTable maxp;

    /** The {@code glyf} table {@code entry} of the font's table directory, its font mapped as {@code file}. */
    MappedGlyphTable(TTFTable entry, ByteBuffer file) {
        this.file = file;
        MappedFontFile.placeAs(this, entry);
    }

    @Override
    void read(TrueTypeFont ttf, TTFDataStream stream) throws IOException {
        loca = ttf.getIndexToLocation();
        numGlyphs = ttf.getNumberOfGlyphs();
        if (numGlyphs < MAX_CACHE_SIZE) {
            glyphs = new GlyphData[numGlyphs];
        }
        long start = getOffset();
        long length = getLength();
        if (start < 0 || length < 0 || start + length > file.capacity()) {
            throw new IOException("Unexpected end of TTF stream reached"); // as FontBox's read of the table's bytes
        }
        data = new MappedFontFile(file.slice((int) start, (int) length));
        hmt = ttf.getHorizontalMetrics();
        maxp = ttf.getMaximumProfile();
        initialized = true;
    }

    @Override
    public void setGlyphs(GlyphData[] glyphsValue) {
        glyphs = glyphsValue;
    }

    @Override
    public GlyphData getGlyph(int gid) throws IOException {
        return getGlyph(gid, 0);
    }

    @Override
    GlyphData getGlyph(int gid, int level) throws IOException {
        if (gid < 0 || gid >= numGlyphs) {
            return null;
        }
        if (glyphs != null && glyphs[gid] != null) {
            return glyphs[gid];
        }
        synchronized (data) {
            long[] offsets = loca.getOffsets();
            GlyphData glyph;
            if (offsets[gid] == offsets[gid + 1] || offsets[gid] == data.getOriginalDataSize()) {
                glyph = new GlyphData();
                glyph.initEmptyData();
            } else {
                long at = data.getCurrentPosition();
                data.seek(offsets[gid]);
                glyph = glyphData(gid, level);
                data.seek(at); // a composite's parts are read from within its own reading
            }
            if (glyphs != null && glyphs[gid] == null && cached < MAX_CACHED_GLYPHS) {
                glyphs[gid] = glyph;
                cached++;
            }
            return glyph;
        }
    }

    private GlyphData glyphData(int gid, int level) throws IOException {
        if (level > maxp.getMaxComponentDepth()) {
            throw new IOException("composite glyph maximum level (" + maxp.getMaxComponentDepth() + ") reached");
        }
        GlyphData glyph = new GlyphData();
        int leftSideBearing = hmt == null ? 0 : hmt.getLeftSideBearing(gid);
        glyph.initData(this, data, leftSideBearing, level);
        if (glyph.getDescription().isComposite()) {
            glyph.getDescription().resolve();
        }
        return glyph;
    }
}
