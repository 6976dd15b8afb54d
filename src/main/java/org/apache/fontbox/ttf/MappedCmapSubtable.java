package org.apache.fontbox.ttf;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One platform's entry of a {@link MappedCmapTable}: a character map of format 4 or 12 answered
 * from the font file's bytes. It answers as FontBox's {@link CmapSubtable} does once it has read
 * the same bytes: the glyph of a character (0 when the map has none) and the characters of a
 * glyph (null when none, else in ascending order).
 */
final class MappedCmapSubtable extends CmapSubtable {
    private final Codes codes;

    MappedCmapSubtable(int platformId, int platformEncodingId, Codes codes) {
        this.codes = codes;
        setPlatformId(platformId);
        setPlatformEncodingId(platformEncodingId);
    }

    @Override
    public int getGlyphId(int characterCode) {
        return codes.glyph(characterCode);
    }

    @Override
    public List<Integer> getCharCodes(int gid) {
        return codes.characters(gid);
    }

    /**
     * A subtable's map: characters in ascending ranges, each range's glyphs found by its own rule.
     * The reverse map (glyph to characters), which only embedding asks for, is made on first use:
     * two arrays, each glyph's characters in a row of the second.
     */
    abstract static sealed class Codes permits Segments, Groups {
        /** The subtable's bytes: the font file's map from the subtable's first byte. */
        final ByteBuffer table;
        /** The font file's map (format 4's glyph arrays are addressed within it). */
        final ByteBuffer file;
        /** The subtable's first byte within the file. */
        final int at;
        private volatile int[][] reverse;

        Codes(ByteBuffer file, int at) {
            this.file = file;
            this.at = at;
            this.table = file.slice(at, file.capacity() - at);
        }

        /**
         * The subtable at {@code at} in {@code file}, read from its bytes; null when it is of
         * another format or is not well formed (FontBox's own code reads those).
         */
        static Codes of(ByteBuffer file, long at, int numberOfGlyphs) {
            if (at < 0 || at + 16 > file.capacity() || numberOfGlyphs <= 0) {
                return null;
            }
            int format = file.getShort((int) at) & 0xFFFF;
            Codes codes = format == 4 ? new Segments(file, (int) at) : format == 12 ? new Groups(file, (int) at) : null;
            return codes != null && codes.wellFormed(numberOfGlyphs) ? codes : null;
        }

        /** True when FontBox would read every range in full, in ascending order, none overlapping another. */
        abstract boolean wellFormed(int numberOfGlyphs);

        /** How many ranges the map has, in ascending order of their characters. */
        abstract int ranges();

        abstract int first(int range);

        abstract int last(int range);

        /** The glyph of character {@code c} of range {@code range}; -1 when the range leaves it out. */
        abstract int glyph(int range, int c);

        /** The highest character a map of this format can hold. */
        abstract int highest();

        int glyph(int c) {
            if (c < 0 || c > highest()) {
                return 0;
            }
            int lo = 0;
            int hi = ranges() - 1;
            while (lo <= hi) { // the first range that ends at or after c
                int mid = (lo + hi) >>> 1;
                if (last(mid) < c) {
                    lo = mid + 1;
                } else {
                    hi = mid - 1;
                }
            }
            if (lo == ranges() || first(lo) > c) {
                return 0;
            }
            return Math.max(0, glyph(lo, c));
        }

        List<Integer> characters(int gid) {
            int[][] r = reverse();
            int[] rows = r[0];
            if (gid < 0 || gid + 1 >= rows.length || rows[gid] == rows[gid + 1]) {
                return null;
            }
            if (rows[gid + 1] - rows[gid] == 1) {
                return Collections.singletonList(r[1][rows[gid]]);
            }
            List<Integer> all = new ArrayList<>(rows[gid + 1] - rows[gid]);
            for (int k = rows[gid]; k < rows[gid + 1]; k++) {
                all.add(r[1][k]);
            }
            return all; // ascending: the ranges are
        }

        private int[][] reverse() {
            int[][] r = reverse;
            if (r == null) {
                synchronized (this) {
                    r = reverse;
                    if (r == null) {
                        r = buildReverse();
                        reverse = r;
                    }
                }
            }
            return r;
        }

        /** Two passes over the map: how many characters each glyph has (a glyph id is at most 0xFFFF), then which. */
        private int[][] buildReverse() {
            int[] rows = new int[0x10000 + 1];
            for (int range = 0; range < ranges(); range++) {
                for (int c = first(range); c <= last(range); c++) {
                    int g = glyph(range, c);
                    if (g >= 0) {
                        rows[g + 1]++;
                    }
                }
            }
            for (int g = 0; g < 0x10000; g++) {
                rows[g + 1] += rows[g];
            }
            int[] characters = new int[rows[0x10000]];
            int[] next = java.util.Arrays.copyOf(rows, rows.length);
            for (int range = 0; range < ranges(); range++) {
                for (int c = first(range); c <= last(range); c++) {
                    int g = glyph(range, c);
                    if (g >= 0) {
                        characters[next[g]++] = c;
                    }
                }
            }
            return new int[][] {rows, characters};
        }
    }

    /**
     * Format 4: segments of the Basic Multilingual Plane, each a start, an end, a delta and an
     * offset into a glyph array. As FontBox reads it, a segment that starts or ends at U+FFFF is
     * left out (the table's required last segment), and a character whose glyph array entry is 0
     * is not in the map.
     */
    static final class Segments extends Codes {
        private int segments;
        private int ends;
        private int starts;
        private int deltas;
        private int rangeOffsets;

        Segments(ByteBuffer file, int at) {
            super(file, at);
        }

        @Override
        boolean wellFormed(int numberOfGlyphs) {
            int segCount = (table.getShort(6) & 0xFFFF) / 2;
            ends = 14;
            starts = ends + 2 * segCount + 2;
            deltas = starts + 2 * segCount;
            rangeOffsets = deltas + 2 * segCount;
            if (at + (long) rangeOffsets + 2L * segCount > file.capacity()) {
                return false;
            }
            segments = segCount;
            int previous = -1;
            for (int i = 0; i < segCount; i++) {
                int start = u16(table, starts + 2 * i);
                int end = u16(table, ends + 2 * i);
                if (start == 0xFFFF || end == 0xFFFF) {
                    if (i != segCount - 1) {
                        return false; // FontBox leaves it out wherever it is; only as the last is it the usual end
                    }
                    segments = segCount - 1;
                    break;
                }
                if (start > end || start <= previous) {
                    return false;
                }
                int rangeOffset = u16(table, rangeOffsets + 2 * i);
                if (rangeOffset != 0) {
                    long lastEntry = at + rangeOffsets + 2L * i + rangeOffset + 2L * (end - start);
                    if (lastEntry + 2 > file.capacity()) {
                        return false;
                    }
                }
                previous = end;
            }
            return true;
        }

        @Override
        int ranges() {
            return segments;
        }

        @Override
        int first(int range) {
            return u16(table, starts + 2 * range);
        }

        @Override
        int last(int range) {
            return u16(table, ends + 2 * range);
        }

        @Override
        int glyph(int range, int c) {
            int delta = u16(table, deltas + 2 * range);
            int rangeOffset = u16(table, rangeOffsets + 2 * range);
            if (rangeOffset == 0) {
                return (c + delta) & 0xFFFF;
            }
            int entry = at + rangeOffsets + 2 * range + rangeOffset + 2 * (c - first(range));
            int glyph = u16(file, entry);
            return glyph == 0 ? -1 : (glyph + delta) & 0xFFFF;
        }

        @Override
        int highest() {
            return 0xFFFF;
        }
    }

    /**
     * Format 12: groups of consecutive characters mapped to consecutive glyphs, over all planes.
     * FontBox refuses a group that starts or ends on a surrogate or past U+10FFFF, and stops a
     * group at a glyph past the face's last: such a table is left to it.
     */
    static final class Groups extends Codes {
        private static final int GROUPS = 16;
        private int groups;

        Groups(ByteBuffer file, int at) {
            super(file, at);
        }

        @Override
        boolean wellFormed(int numberOfGlyphs) {
            long count = Integer.toUnsignedLong(table.getInt(12));
            if (at + GROUPS + 12 * count > file.capacity()) {
                return false;
            }
            long previous = -1;
            for (int i = 0; i < count; i++) {
                long first = Integer.toUnsignedLong(table.getInt(GROUPS + 12 * i));
                long last = Integer.toUnsignedLong(table.getInt(GROUPS + 12 * i + 4));
                long glyph = Integer.toUnsignedLong(table.getInt(GROUPS + 12 * i + 8));
                if (first > 0x10FFFF || last > 0x10FFFF || first > last || first <= previous
                        || surrogate(first) || surrogate(last) || glyph + (last - first) >= numberOfGlyphs) {
                    return false;
                }
                previous = last;
            }
            groups = (int) count;
            return true;
        }

        private static boolean surrogate(long c) {
            return c >= 0xD800 && c <= 0xDFFF;
        }

        @Override
        int ranges() {
            return groups;
        }

        @Override
        int first(int range) {
            return table.getInt(GROUPS + 12 * range);
        }

        @Override
        int last(int range) {
            return table.getInt(GROUPS + 12 * range + 4);
        }

        @Override
        int glyph(int range, int c) {
            return table.getInt(GROUPS + 12 * range + 8) + (c - first(range));
        }

        @Override
        int highest() {
            return 0x10FFFF;
        }
    }

    private static int u16(ByteBuffer b, int at) {
        return b.getShort(at) & 0xFFFF;
    }
}
