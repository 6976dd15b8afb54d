package org.apache.fontbox.ttf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A font read through its memory map is the font FontBox reads from the heap: the same glyphs,
 * outlines, advances and character map, the same original bytes (which subsetting copies from),
 * and a damaged file refused as FontBox refuses it.
 */
class MappedFontFileTest {
    @TempDir
    Path dir;

    private static final Path FONT = Path.of("fonts/NotoSansSC-Regular.ttf");

    @Test
    void readsTheFontAsFontBoxDoesFromTheHeap() throws IOException {
        TrueTypeFont heap = new TTFParser().parse(new RandomAccessReadBuffer(Files.readAllBytes(FONT)));
        TrueTypeFont mapped = MappedFontFile.parse(FONT);

        assertThat(mapped.getNumberOfGlyphs()).isEqualTo(heap.getNumberOfGlyphs());
        assertThat(mapped.getName()).isEqualTo(heap.getName());
        assertThat(mapped.getUnitsPerEm()).isEqualTo(heap.getUnitsPerEm());
        assertThat(mapped.getTableMap().keySet()).isEqualTo(heap.getTableMap().keySet());
        CmapLookup a = heap.getUnicodeCmapLookup(false);
        CmapLookup b = mapped.getUnicodeCmapLookup(false);
        for (int cp : "中文报纸的排版，标题与正文。——“引号”ABCabc123𠮷".codePoints().toArray()) {
            int gid = a.getGlyphId(cp);
            assertThat(b.getGlyphId(cp)).as("U+%04X", cp).isEqualTo(gid);
            assertThat(mapped.getAdvanceWidth(gid)).isEqualTo(heap.getAdvanceWidth(gid));
            assertThat(points(mapped.getGlyph().getGlyph(gid).getPath())).isEqualTo(points(heap.getGlyph().getGlyph(gid).getPath()));
            assertThat(mapped.getGlyph().getGlyph(gid).getBoundingBox().toString())
                    .isEqualTo(heap.getGlyph().getGlyph(gid).getBoundingBox().toString());
        }
        // the tables read number by number from the map: every glyph's metrics and place
        assertThat(mapped.getIndexToLocation().getOffsets()).isEqualTo(heap.getIndexToLocation().getOffsets());
        for (int gid = 0; gid < heap.getNumberOfGlyphs(); gid++) {
            assertThat(mapped.getAdvanceWidth(gid)).isEqualTo(heap.getAdvanceWidth(gid));
            assertThat(mapped.getHorizontalMetrics().getLeftSideBearing(gid)).isEqualTo(heap.getHorizontalMetrics().getLeftSideBearing(gid));
            assertThat(mapped.getAdvanceHeight(gid)).isEqualTo(heap.getAdvanceHeight(gid));
        }
        assertThat(mapped.getHorizontalHeader().getAscender()).isEqualTo(heap.getHorizontalHeader().getAscender());
        assertThat(mapped.getOS2Windows().getFsType()).isEqualTo(heap.getOS2Windows().getFsType());
        assertThat(mapped.getHeader().getCreated()).isEqualTo(heap.getHeader().getCreated());
        assertThat(mapped.getOriginalDataSize()).isEqualTo(Files.size(FONT));
        try (InputStream in = mapped.getOriginalData()) {
            assertThat(in.skip(1000)).isEqualTo(1000);
            ByteArrayOutputStream rest = new ByteArrayOutputStream();
            in.transferTo(rest);
            byte[] file = Files.readAllBytes(FONT);
            assertThat(rest.toByteArray()).isEqualTo(Arrays.copyOfRange(file, 1000, file.length));
        }
    }

    @Test
    void refusesATruncatedFontAsFontBoxDoes() throws IOException {
        byte[] head = Arrays.copyOf(Files.readAllBytes(FONT), 4000);
        Path cut = Files.write(dir.resolve("cut.ttf"), head);

        Throwable heap = catchThrowable(() -> new TTFParser().parse(new RandomAccessReadBuffer(head)));
        Throwable mapped = catchThrowable(() -> MappedFontFile.parse(cut));

        assertThat(heap).isInstanceOf(IOException.class);
        assertThat(mapped).isInstanceOf(heap.getClass()).hasMessage(heap.getMessage());
    }

    /**
     * Its glyph outlines are read from the map, not from a copy of the table, as FontBox reads
     * them: every 11th glyph of a Noto face, and every glyph of PDFBox's Liberation Sans, whose
     * accented letters are composites (the Noto faces have none; a paper's own fonts may).
     */
    @Test
    void readsEveryGlyphAsFontBoxDoes() throws IOException {
        Path liberation = dir.resolve("LiberationSans-Regular.ttf");
        try (InputStream in = org.apache.pdfbox.pdmodel.font.PDFont.class.getResourceAsStream(
                "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf")) {
            Files.copy(in, liberation);
        }
        assertThat(sameGlyphs(FONT, 11)).isZero();
        assertThat(sameGlyphs(liberation, 1)).as("composite glyphs compared").isPositive();
    }

    /** Compares every {@code step}th glyph of {@code font} as mapped with FontBox's own; returns how many were composites. */
    private static int sameGlyphs(Path font, int step) throws IOException {
        TrueTypeFont heap = new TTFParser().parse(new RandomAccessReadBuffer(Files.readAllBytes(font)));
        TrueTypeFont mapped = MappedFontFile.parse(font);
        assertThat(mapped.getGlyph()).isInstanceOf(MappedGlyphTable.class);
        int composite = 0;
        for (int gid = -1; gid < heap.getNumberOfGlyphs() + 2; gid += gid < 200 ? 1 : step) {
            GlyphData a = heap.getGlyph().getGlyph(gid);
            GlyphData b = mapped.getGlyph().getGlyph(gid);
            if (a == null) {
                assertThat(b).as("glyph %d", gid).isNull();
                continue;
            }
            composite += a.getDescription().isComposite() ? 1 : 0;
            assertThat(b.getDescription().isComposite()).as("glyph %d", gid).isEqualTo(a.getDescription().isComposite());
            assertThat(b.getNumberOfContours()).as("glyph %d", gid).isEqualTo(a.getNumberOfContours());
            assertThat(String.valueOf(b.getBoundingBox())).as("glyph %d", gid).isEqualTo(String.valueOf(a.getBoundingBox()));
            assertThat(points(b.getPath())).as("glyph %d", gid).isEqualTo(points(a.getPath()));
        }
        return composite;
    }

    @Test
    void refusesAFontCutInsideItsGlyphsAsFontBoxDoes() throws IOException {
        byte[] whole = Files.readAllBytes(FONT);
        TrueTypeFont heapWhole = new TTFParser().parse(new RandomAccessReadBuffer(whole));
        TTFTable glyf = heapWhole.getTableMap().get(GlyphTable.TAG);
        byte[] head = Arrays.copyOf(whole, (int) (glyf.getOffset() + glyf.getLength() / 2));
        Path cut = Files.write(dir.resolve("cut-glyf.ttf"), head);

        Throwable heap = catchThrowable(() -> new TTFParser().parse(new RandomAccessReadBuffer(head)));
        Throwable mapped = catchThrowable(() -> MappedFontFile.parse(cut));

        assertThat(heap).isInstanceOf(IOException.class);
        assertThat(mapped).isInstanceOf(heap.getClass()).hasMessage(heap.getMessage());
    }

    /** An outline as its segments and points, to compare two. */
    private static String points(java.awt.geom.GeneralPath path) {
        StringBuilder out = new StringBuilder();
        float[] c = new float[6];
        for (java.awt.geom.PathIterator it = path.getPathIterator(null); !it.isDone(); it.next()) {
            out.append(it.currentSegment(c)).append(Arrays.toString(c)).append(';');
        }
        return out.toString();
    }
}
