package newsprint.type;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.HashSet;
import java.util.Set;
import newsprint.TestFace;
import newsprint.TestGrid;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.junit.jupiter.api.Test;

/** The generated test face is a font FontBox parses and newsprint loads, with the metrics the exact tests rely on. */
class TestFaceTest {
    private static final FontLibrary FONTS = new FontLibrary();

    private static Face face(TestFace.Weight weight) {
        return FONTS.face("test", weight.fileName(), TestGrid.layouts().resolve(TestGrid.LAYOUT), "Newsprint Test",
                weight == TestFace.Weight.BOLD ? 700 : 400);
    }

    @Test
    void fontBoxParsesItWithItsNamesAndTables() throws IOException {
        for (TestFace.Weight w : TestFace.Weight.values()) {
            try (TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(TestFace.bytes(w)))) {
                assertThat(ttf.getName()).isEqualTo(w.postScriptName());
                assertThat(ttf.getNaming().getFontFamily()).isEqualTo("Newsprint Test");
                assertThat(ttf.getOS2Windows().getFsType()).as("installable: PDFBox may embed and subset it").isZero();
                assertThat(ttf.getOS2Windows().getWeightClass()).isEqualTo(w == TestFace.Weight.BOLD ? 700 : 400);
                assertThat(ttf.getUnitsPerEm()).isEqualTo(1000);
                assertThat(ttf.getCmap().getSubtable(3, 1)).as("format 4, BMP").isNotNull();
                assertThat(ttf.getCmap().getSubtable(3, 10)).as("format 12, every plane").isNotNull();
            }
        }
    }

    @Test
    void everyHanCharacterAndEveryMarkNewsprintUsesHasItsOwnOutlinedGlyphOfOneEm() throws IOException {
        Face face = face(TestFace.Weight.REGULAR);
        CmapLookup cmap = face.font().getUnicodeCmapLookup();
        Set<Integer> glyphs = new HashSet<>();
        String marks = "。，、；：？！“”‘’（）《》【】「」『』—…·～％＋";
        for (int[] range : new int[][] {{0x4E00, 0x9FFF}, {0x3400, 0x4DBF}}) {
            for (int cp = range[0]; cp <= range[1]; cp++) {
                assertThat(face.advanceEm(cp)).isEqualTo(1.0);
                glyphs.add(cmap.getGlyphId(cp));
            }
        }
        marks.codePoints().forEach(cp -> {
            assertThat(face.hasOutline(cp)).as(Character.toString(cp)).isTrue();
            assertThat(face.advanceEm(cp)).as(Character.toString(cp)).isEqualTo(TestFace.FULL_EM);
            glyphs.add(cmap.getGlyphId(cp));
        });
        assertThat(face.hasOutline('天')).isTrue();
        assertThat(face.hasOutline(0x9FFF)).isTrue();
        assertThat(glyphs).as("one glyph a character").hasSize(0x9FFF - 0x4E00 + 1 + 0x4DBF - 0x3400 + 1 + marks.length());
    }

    @Test
    void asciiIsHalfAnEmAndTheSpaceAQuarter() {
        Face face = face(TestFace.Weight.BOLD);
        for (int cp = 0x21; cp <= 0x7E; cp++) {
            assertThat(face.advanceEm(cp)).as(Character.toString(cp)).isEqualTo(TestFace.HALF_EM);
            assertThat(face.hasOutline(cp)).isTrue();
        }
        assertThat(face.advanceEm(' ')).isEqualTo(TestFace.SPACE_EM);
        assertThat(face.advanceEm(0x3000)).isEqualTo(TestFace.FULL_EM);
        assertThat(face.hasGlyph(0x20BB7)).as("𠮷, Extension B: not in the face").isFalse();
    }

    @Test
    void itsEmDashHasAQuarterEmOfSideBearingsSoTheDoubledDashJoins() {
        assertThat(face(TestFace.Weight.REGULAR).dashJoinEm()).isEqualTo(TestFace.DASH_JOIN_EM);
        TextStyle body = new TextStyle(face(TestFace.Weight.REGULAR), 10, 15);
        assertThat(body.widthPt("——")).isEqualTo(17.5);
        assertThat(body.widthPt("天地 ab")).isEqualTo(20 + 2.5 + 10);
    }

    @Test
    void theSameWeightAlwaysGivesTheSameBytes() {
        assertThat(TestFace.bytes(TestFace.Weight.REGULAR)).isEqualTo(TestFace.bytes(TestFace.Weight.REGULAR))
                .isNotEqualTo(TestFace.bytes(TestFace.Weight.BOLD));
    }
}
