package org.apache.fontbox.ttf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import newsprint.TestFace;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * A character map looked up in the font's bytes ({@link MappedCmapTable}) answers every question
 * as FontBox's own reading of the same bytes does: the glyph of every code point of every plane,
 * and the characters of every glyph, for every subtable of the fonts newsprint ships and of
 * PDFBox's Liberation Sans; a subtable FontBox reads in its own way (overlapping ranges, a glyph
 * past the face's last, a range it refuses) is left to FontBox, with the same answers or the same
 * error.
 */
class MappedCmapTableTest {

    static Stream<Path> fonts() throws IOException {
        List<Path> all = new ArrayList<>();
        try (Stream<Path> shipped = Files.list(Path.of("fonts"))) {
            shipped.filter(p -> p.toString().endsWith(".ttf")).sorted()
                    // one of each family and weight structure: the Noto faces are made alike
                    .filter(p -> !p.getFileName().toString().matches("NotoSerif(SC|TC)-Bold\\.ttf|NotoSansTC-Regular\\.ttf"))
                    .forEach(all::add);
        }
        return all.stream();
    }

    @ParameterizedTest
    @MethodSource("fonts")
    void answersEveryCodePointAndGlyphAsFontBoxDoes(Path font) throws IOException {
        byte[] bytes = Files.readAllBytes(font);
        int fast = compare(bytes);
        assertThat(fast).as("subtables of format 4 or 12 answered from the bytes").isGreaterThanOrEqualTo(2);
    }

    @Test
    void answersLiberationSansAndTheTestFaceAsFontBoxDoes() throws IOException {
        try (InputStream in = org.apache.pdfbox.pdmodel.font.PDFont.class.getResourceAsStream(
                "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf")) {
            assertThat(compare(in.readAllBytes())).isPositive();
        }
        assertThat(compare(TestFace.bytes(TestFace.Weight.REGULAR))).isEqualTo(2);
    }

    /** Overlapping groups: FontBox's map keeps the later group's glyph; the table is left to it. */
    @Test
    void leavesOverlappingGroupsToFontBox() throws IOException {
        byte[] font = withCmap(TestFace.bytes(TestFace.Weight.REGULAR),
                format12(new int[][] {{0x4E00, 0x4E10, 3}, {0x4E08, 0x4E20, 20}, {0x20, 0x20, 1}}));
        assertThat(compare(font)).isZero();
        assertThat(MappedFontFile.parse(ByteBuffer.wrap(font)).getUnicodeCmapLookup(false).getGlyphId(0x4E09)).isEqualTo(21);
    }

    /** A group running past the face's last glyph: FontBox stops it there. */
    @Test
    void leavesAGroupPastTheLastGlyphToFontBox() throws IOException {
        int glyphs = new TTFParser().parse(new RandomAccessReadBuffer(TestFace.bytes(TestFace.Weight.REGULAR))).getNumberOfGlyphs();
        byte[] font = withCmap(TestFace.bytes(TestFace.Weight.REGULAR), format12(new int[][] {{0x4E00, 0x4E00 + glyphs, 1}}));
        assertThat(compare(font)).isZero();
        CmapLookup cmap = MappedFontFile.parse(ByteBuffer.wrap(font)).getUnicodeCmapLookup(false);
        assertThat(cmap.getGlyphId(0x4E00 + glyphs - 2)).isEqualTo(glyphs - 1);
        assertThat(cmap.getGlyphId(0x4E00 + glyphs - 1)).isZero();
    }

    /** A format 4 segment ending at U+FFFF before the last: FontBox leaves it out wherever it is. */
    @Test
    void leavesASegmentEndingAtFfffBeforeTheLastToFontBox() throws IOException {
        byte[] font = withCmap(TestFace.bytes(TestFace.Weight.REGULAR),
                format4(new int[][] {{0x20, 0x7E, 5}, {0xFFF0, 0xFFFF, 3}, {0x4E00, 0x4E05, 3}}));
        assertThat(compare(font)).isZero();
    }

    /** A format 4 table whose glyph arrays are read: every entry of a segment from its array, 0 entries left out of the map. */
    @Test
    void readsAFormat4GlyphArrayAsFontBoxDoes() throws IOException {
        byte[] font = withCmap(TestFace.bytes(TestFace.Weight.REGULAR), format4WithArray(0x4E00, new int[] {3, 0, 7, 7, 0, 9}));
        assertThat(compare(font)).isEqualTo(1);
        CmapLookup cmap = MappedFontFile.parse(ByteBuffer.wrap(font)).getUnicodeCmapLookup(false);
        assertThat(cmap.getGlyphId(0x4E01)).isZero();
        assertThat(cmap.getCharCodes(7)).containsExactly(0x4E02, 0x4E03);
    }

    /** A group on a surrogate: FontBox refuses the font, and so does the mapped reading, with its message. */
    @Test
    void refusesARangeFontBoxRefuses() throws IOException {
        byte[] font = withCmap(TestFace.bytes(TestFace.Weight.REGULAR), format12(new int[][] {{0xD800, 0xD810, 3}}));
        Throwable heap = catchThrowable(() -> new TTFParser().parse(new RandomAccessReadBuffer(font)).getUnicodeCmapLookup(false));
        Throwable mapped = catchThrowable(() -> MappedFontFile.parse(ByteBuffer.wrap(font)).getUnicodeCmapLookup(false));
        assertThat(heap).isInstanceOf(IOException.class).hasMessageContaining("Invalid character code");
        assertThat(mapped).isInstanceOf(heap.getClass()).hasMessage(heap.getMessage());
    }

    /**
     * A damaged character map (a paper's own font in its layout folder may be anything): 40
     * copies of the test face's, each with a few bytes overwritten at random (seeded), are read
     * both ways. Either both refuse the font, with the same error, or both give every glyph id
     * the same characters (so the same map, over all planes) and every BMP character the same glyph.
     */
    @Test
    void readsDamagedMapsAsFontBoxDoes() throws IOException {
        byte[] face = TestFace.bytes(TestFace.Weight.REGULAR);
        ByteBuffer b = ByteBuffer.wrap(face);
        int cmapAt = -1;
        int cmapLength = 0;
        for (int t = 0; t < (b.getShort(4) & 0xFFFF); t++) {
            if (b.getInt(12 + 16 * t) == 0x636D6170) {
                cmapAt = b.getInt(12 + 16 * t + 8);
                cmapLength = b.getInt(12 + 16 * t + 12);
            }
        }
        java.util.Random random = new java.util.Random(20261202);
        int read = 0;
        for (int n = 0; n < 40; n++) {
            byte[] font = face.clone();
            for (int k = 1 + random.nextInt(3); k > 0; k--) {
                font[cmapAt + random.nextInt(cmapLength)] = (byte) random.nextInt(256);
            }
            CmapTable[] both = new CmapTable[2];
            Throwable heapError = catchThrowable(() -> both[0] = new TTFParser().parse(new RandomAccessReadBuffer(font)).getCmap());
            Throwable mappedError = catchThrowable(() -> both[1] = MappedFontFile.parse(ByteBuffer.wrap(font)).getCmap());
            if (heapError != null || mappedError != null) {
                assertThat(mappedError).as("damage %d", n).isNotNull().isInstanceOf(heapError.getClass()).hasMessage(heapError.getMessage());
                continue;
            }
            CmapSubtable[] expected = both[0].getCmaps();
            CmapSubtable[] actual = both[1].getCmaps();
            assertThat(actual).hasSameSizeAs(expected);
            for (int i = 0; i < expected.length; i++) {
                CmapSubtable e = expected[i];
                CmapSubtable a = actual[i];
                Throwable lookup = catchThrowable(() -> e.getGlyphId(0x41));
                if (lookup != null) { // FontBox left the subtable unread (a format it ignores): nothing to answer
                    continue;
                }
                // the characters of every possible glyph: the same for all, the same maps (a map is its reverse)
                for (int gid = 0; gid <= 0xFFFF; gid++) {
                    List<Integer> want = e.getCharCodes(gid);
                    if (want == null ? a.getCharCodes(gid) != null : !want.equals(a.getCharCodes(gid))) {
                        assertThat(a.getCharCodes(gid)).as("damage %d, %s glyph %d", n, e, gid).isEqualTo(want);
                    }
                }
                for (int cp = 0; cp <= 0xFFFF; cp++) {
                    if (a.getGlyphId(cp) != e.getGlyphId(cp)) {
                        assertThat(a.getGlyphId(cp)).as("damage %d, %s U+%04X", n, e, cp).isEqualTo(e.getGlyphId(cp));
                    }
                }
            }
            read++;
        }
        assertThat(read).as("damaged maps read").isGreaterThan(12);
    }

    /**
     * Compares every subtable of {@code font} as FontBox reads it from the heap with the mapped
     * reading: each subtable's platform and encoding, the glyph of every code point of its
     * format's range, the characters of every glyph. Returns how many were answered from the bytes.
     */
    private static int compare(byte[] font) throws IOException {
        TrueTypeFont heap = new TTFParser().parse(new RandomAccessReadBuffer(font));
        TrueTypeFont mapped = MappedFontFile.parse(ByteBuffer.wrap(font));
        CmapSubtable[] expected = heap.getCmap().getCmaps();
        CmapSubtable[] actual = mapped.getCmap().getCmaps();
        assertThat(actual).hasSameSizeAs(expected);
        int fast = 0;
        for (int i = 0; i < expected.length; i++) {
            CmapSubtable e = expected[i];
            CmapSubtable a = actual[i];
            assertThat(a.toString()).isEqualTo(e.toString());
            if (a instanceof MappedCmapSubtable) {
                fast++;
            } else if (isFormat14(font, heap.getCmap(), i)) {
                continue; // FontBox ignores variation sequences: its lookups fail
            }
            for (int cp = -1; cp <= 0x110000; cp++) {
                if (a.getGlyphId(cp) != e.getGlyphId(cp)) {
                    assertThat(a.getGlyphId(cp)).as("%s U+%04X", e, cp).isEqualTo(e.getGlyphId(cp));
                }
            }
            for (int gid = -1; gid <= Math.max(heap.getNumberOfGlyphs(), 0xFFFF) + 1; gid++) {
                List<Integer> want = e.getCharCodes(gid);
                List<Integer> got = a.getCharCodes(gid);
                if (want == null ? got != null : !want.equals(got)) {
                    assertThat(got).as("%s glyph %d", e, gid).isEqualTo(want);
                }
            }
        }
        assertThat(mapped.getUnicodeCmapLookup(false).toString()).isEqualTo(heap.getUnicodeCmapLookup(false).toString());
        return fast;
    }

    private static boolean isFormat14(byte[] font, CmapTable cmap, int index) {
        ByteBuffer b = ByteBuffer.wrap(font);
        long at = cmap.getOffset() + Integer.toUnsignedLong(b.getInt((int) cmap.getOffset() + 4 + 8 * index + 4));
        return b.getShort((int) at) == 14;
    }

    /** {@code font} with its cmap replaced by {@code cmap}: appended at the end, the directory entry pointed at it. */
    private static byte[] withCmap(byte[] font, byte[] cmap) {
        ByteBuffer in = ByteBuffer.wrap(font);
        int tables = in.getShort(4) & 0xFFFF;
        int start = (font.length + 3) & ~3;
        ByteBuffer out = ByteBuffer.allocate(start + cmap.length);
        out.put(font).position(start);
        out.put(cmap);
        for (int t = 0; t < tables; t++) {
            int entry = 12 + 16 * t;
            if (in.getInt(entry) == 0x636D6170) { // 'cmap'
                out.putInt(entry + 8, start).putInt(entry + 12, cmap.length);
                return out.array();
            }
        }
        throw new IllegalArgumentException("no cmap");
    }

    /** A cmap of one format 12 subtable (Windows, Unicode full) of the groups {@code {first, last, firstGlyph}}. */
    private static byte[] format12(int[][] groups) {
        ByteBuffer b = ByteBuffer.allocate(12 + 16 + 12 * groups.length);
        b.putShort((short) 0).putShort((short) 1).putShort((short) 3).putShort((short) 10).putInt(12);
        b.putShort((short) 12).putShort((short) 0).putInt(16 + 12 * groups.length).putInt(0).putInt(groups.length);
        for (int[] g : groups) {
            b.putInt(g[0]).putInt(g[1]).putInt(g[2]);
        }
        return b.array();
    }

    /** A cmap of one format 4 subtable (Windows, Unicode BMP) of the segments {@code {first, last, firstGlyph}} and the end segment. */
    private static byte[] format4(int[][] segments) {
        int n = segments.length + 1;
        ByteBuffer b = ByteBuffer.allocate(12 + 16 + 8 * n);
        b.putShort((short) 0).putShort((short) 1).putShort((short) 3).putShort((short) 1).putInt(12);
        b.putShort((short) 4).putShort((short) (16 + 8 * n)).putShort((short) 0).putShort((short) (2 * n))
                .putShort((short) 0).putShort((short) 0).putShort((short) 0);
        for (int[] s : segments) {
            b.putShort((short) s[1]);
        }
        b.putShort((short) 0xFFFF).putShort((short) 0);
        for (int[] s : segments) {
            b.putShort((short) s[0]);
        }
        b.putShort((short) 0xFFFF);
        for (int[] s : segments) {
            b.putShort((short) (s[2] - s[0]));
        }
        b.putShort((short) 1);
        for (int i = 0; i < n; i++) {
            b.putShort((short) 0);
        }
        return b.array();
    }

    /** A cmap of one format 4 subtable: one segment from {@code first} whose glyphs are the array {@code glyphs}, and the end segment. */
    private static byte[] format4WithArray(int first, int[] glyphs) {
        int n = 2;
        ByteBuffer b = ByteBuffer.allocate(12 + 16 + 8 * n + 2 * glyphs.length);
        b.putShort((short) 0).putShort((short) 1).putShort((short) 3).putShort((short) 1).putInt(12);
        b.putShort((short) 4).putShort((short) (16 + 8 * n + 2 * glyphs.length)).putShort((short) 0).putShort((short) (2 * n))
                .putShort((short) 0).putShort((short) 0).putShort((short) 0);
        b.putShort((short) (first + glyphs.length - 1)).putShort((short) 0xFFFF).putShort((short) 0);
        b.putShort((short) first).putShort((short) 0xFFFF);
        b.putShort((short) 0).putShort((short) 1);
        b.putShort((short) 4).putShort((short) 0); // the first segment's array: 2 entries after its own offset word
        for (int g : glyphs) {
            b.putShort((short) g);
        }
        return b.array();
    }
}
