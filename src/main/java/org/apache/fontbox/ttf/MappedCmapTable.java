package org.apache.fontbox.ttf;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.HashMap;
import java.util.Map;

/**
 * A font's {@code cmap} table whose character maps are looked up in its memory map
 * ({@link MappedFontFile}) instead of being copied into hash maps. FontBox 3.0.8 reads every
 * subtable as the font is parsed into a {@code HashMap<Integer, Integer>} of every character the
 * face has, and a reverse map from it: a Noto face lists its map four times (Unicode and Windows
 * platform, BMP and full), so the four faces a page uses kept about 38 MB of boxed integers, half
 * of what a process holds after a page, and allocated them at start-up, while a page looks up a
 * few hundred characters in one of them.
 *
 * <p>The subtables of the formats fonts use for Unicode, 4 (segments of the Basic Multilingual
 * Plane) and 12 (groups over all planes), are answered from the file's bytes ({@link
 * MappedCmapSubtable}). Only a well-formed one is: segments in order, none overlapping, every
 * glyph within the face (then a binary search finds what FontBox's map holds). Any other subtable,
 * or one FontBox would read differently (overlaps, a glyph past the face's last, a range it
 * refuses, bytes past the file's end), is read by FontBox's own code as before, with its warnings
 * and its errors.
 */
final class MappedCmapTable extends CmapTable {
    private final ByteBuffer file;

    /** The {@code cmap} table {@code entry} of the font's table directory, its font mapped as {@code file}. */
    MappedCmapTable(TTFTable entry, ByteBuffer file) {
        this.file = file;
        MappedFontFile.placeAs(this, entry);
    }

    @Override
    void read(TrueTypeFont ttf, TTFDataStream data) throws IOException {
        data.readUnsignedShort(); // version
        int numberOfTables = data.readUnsignedShort();
        CmapSubtable[] headers = new CmapSubtable[numberOfTables];
        long[] offsets = new long[numberOfTables];
        for (int i = 0; i < numberOfTables; i++) {
            long entry = data.getCurrentPosition();
            headers[i] = new CmapSubtable();
            headers[i].initData(data); // platform, encoding and offset, as FontBox reads them
            offsets[i] = entry + 8 <= file.capacity() ? Integer.toUnsignedLong(file.getInt((int) entry + 4)) : -1;
        }
        int numberOfGlyphs = ttf.getNumberOfGlyphs();
        // the platforms' entries share a subtable's bytes: one lookup for each
        Map<Long, MappedCmapSubtable.Codes> read = new HashMap<>();
        CmapSubtable[] cmaps = new CmapSubtable[numberOfTables];
        for (int i = 0; i < numberOfTables; i++) {
            long at = offsets[i] < 0 ? -1 : getOffset() + offsets[i];
            MappedCmapSubtable.Codes codes = at < 0 ? null
                    : read.containsKey(at) ? read.get(at) : MappedCmapSubtable.Codes.of(file, at, numberOfGlyphs);
            read.putIfAbsent(at, codes);
            if (codes != null) {
                cmaps[i] = new MappedCmapSubtable(headers[i].getPlatformId(), headers[i].getPlatformEncodingId(), codes);
            } else {
                headers[i].initSubtable(this, numberOfGlyphs, data);
                cmaps[i] = headers[i];
            }
        }
        setCmaps(cmaps);
        initialized = true;
    }
}
