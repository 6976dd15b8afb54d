package newsprint.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import newsprint.TestFace;
import newsprint.TestGrid;
import newsprint.type.Face;
import newsprint.type.FontLibrary;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * newsprint's own embedding of a face ({@link PageFont}) against PDFBox's: the same text shown
 * through each must give the same PDF, byte for byte (font file, widths, maps, CIDSet, ToUnicode,
 * subset tag), measure the same widths the layout breaks lines by, and read back as the text.
 * A CJK face (65,000 glyphs, 1000 units to the em), the rare-character face (supplementary
 * planes, 1024 units) and the small test face.
 */
class PageFontTest {
    private static final FontLibrary FONTS = new FontLibrary();

    record Case(String label, Face face, List<String> lines) {
        @Override
        public String toString() {
            return label;
        }
    }

    static List<Case> cases() {
        return List.of(
                new Case("Noto Sans SC", FONTS.face("sans", "NotoSansSC-Regular.ttf", null, "Sans", 400),
                        List.of("会议认为，党的二十届三中全会是在“关键时期”举行的。", "7月24日 PDF 5G 3000多名 ABC abc —— 《决定》（扩大）",
                                "一二三四五六七八九十，、；：？！……", "全角ＡＢＣ１２３ and half-width 123")),
                new Case("HanaMinB", FONTS.face("rare", "HanaMinB.ttf", null, "Rare", 400),
                        List.of("𠀀𠀁𠀂𪚥𠮷", "𠀋𠂇𠂉")),
                new Case("test face", FONTS.face("test", TestFace.Weight.REGULAR.fileName(), TestGrid.layouts().resolve(TestGrid.LAYOUT),
                        "Newsprint Test", 400), List.of(testText())));
    }

    /** Whatever the test face covers of a sample of Han, punctuation and Latin. */
    private static String testText() {
        Face face = FONTS.face("test", TestFace.Weight.REGULAR.fileName(), TestGrid.layouts().resolve(TestGrid.LAYOUT), "Newsprint Test", 400);
        StringBuilder sb = new StringBuilder();
        "会议认为，党的。“”（）ABCabc123".codePoints().filter(face::hasGlyph).forEach(sb::appendCodePoint);
        assertThat(sb.length()).as("the test face covers some of the sample").isGreaterThan(3);
        return sb.toString();
    }

    private interface Embed {
        PDFont font(PDDocument doc) throws IOException;
    }

    /** A one-page PDF showing {@code lines} in the font {@code embed} makes; saved twice (as the archive does), the second kept. */
    private static byte[] pdf(List<String> lines, Embed embed) throws IOException {
        return pdf(lines, embed, -1);
    }

    /**
     * As {@link #pdf(List, Embed)}, with the subset of a {@link PageFont} prepared on another
     * thread ({@link PageFont#prepareSubset}) once {@code preparedAfter} of the lines are shown
     * (-1: never), as the renderer prepares it once the page is painted.
     */
    private static byte[] pdf(List<String> lines, Embed embed, int preparedAfter) throws IOException {
        java.util.concurrent.ExecutorService beside = java.util.concurrent.Executors.newSingleThreadExecutor();
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            PDFont font = embed.font(doc);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.beginText();
                cs.setFont(font, 12);
                cs.newLineAtOffset(50, 700);
                for (int i = 0; i <= lines.size(); i++) {
                    if (i == preparedAfter) {
                        ((PageFont) font).prepareSubset(beside);
                    }
                    if (i < lines.size()) {
                        cs.showText(lines.get(i));
                        cs.newLineAtOffset(0, -20);
                    }
                }
                cs.endText();
            }
            // a fixed file ID (newsprint sets one from the content; PDFBox would make one from the clock)
            org.apache.pdfbox.cos.COSArray id = new org.apache.pdfbox.cos.COSArray();
            id.add(new org.apache.pdfbox.cos.COSString(new byte[16]));
            id.add(new org.apache.pdfbox.cos.COSString(new byte[16]));
            doc.getDocument().getTrailer().setItem(org.apache.pdfbox.cos.COSName.ID, id);
            doc.save(new ByteArrayOutputStream());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        } finally {
            beside.shutdown();
        }
    }

    @ParameterizedTest
    @MethodSource("cases")
    void aSubsetPreparedOnAnotherThreadIsTheSameBytes(Case c) throws IOException {
        byte[] prepared = pdf(c.lines(), doc -> PageFont.of(doc, c.face()), c.lines().size());
        byte[] pdfbox = pdf(c.lines(), doc -> PDType0Font.load(doc, c.face().font(), true));
        assertThat(java.util.Arrays.mismatch(prepared, pdfbox)).as("the first byte where the PDFs differ (-1: none)").isEqualTo(-1);
    }

    /** A subset prepared before the page's last characters were shown is not the page's: it is made again, with them. */
    @ParameterizedTest
    @MethodSource("cases")
    void aCharacterShownAfterTheSubsetWasPreparedIsEmbedded(Case c) throws IOException {
        List<String> lines = new java.util.ArrayList<>(c.lines());
        // a last line of characters no earlier line shows
        String earlier = String.join("", c.lines());
        StringBuilder late = new StringBuilder();
        "甲乙丙丁戊己庚辛壬癸𠀃𠀄XYZ".codePoints().filter(cp -> earlier.indexOf(Character.toString(cp)) < 0 && c.face().hasGlyph(cp))
                .forEach(late::appendCodePoint);
        assertThat(late.length()).as("the face has characters the other lines do not show").isGreaterThan(0);
        lines.add(late.toString());
        byte[] prepared = pdf(lines, doc -> PageFont.of(doc, c.face()), lines.size() - 1);
        byte[] pdfbox = pdf(lines, doc -> PDType0Font.load(doc, c.face().font(), true));
        assertThat(java.util.Arrays.mismatch(prepared, pdfbox)).as("the first byte where the PDFs differ (-1: none)").isEqualTo(-1);
        try (PDDocument doc = Loader.loadPDF(prepared)) {
            assertThat(new PDFTextStripper().getText(doc)).contains(late.toString());
        }
    }

    @ParameterizedTest
    @MethodSource("cases")
    void embedsTheFaceAsPdfBoxDoesByteForByte(Case c) throws IOException {
        byte[] ours = pdf(c.lines(), doc -> PageFont.of(doc, c.face()));
        byte[] pdfbox = pdf(c.lines(), doc -> PDType0Font.load(doc, c.face().font(), true));
        assertThat(java.util.Arrays.mismatch(ours, pdfbox)).as("the first byte where the PDFs differ (-1: none); %d and %d bytes",
                ours.length, pdfbox.length).isEqualTo(-1);
        try (PDDocument doc = Loader.loadPDF(ours)) {
            String text = new PDFTextStripper().getText(doc);
            for (String line : c.lines()) {
                assertThat(text).as("the PDF's text").contains(line);
            }
        }
    }

    @ParameterizedTest
    @MethodSource("cases")
    void measuresTextAsPdfBoxDoes(Case c) throws IOException {
        try (PDDocument a = new PDDocument(); PDDocument b = new PDDocument()) {
            PDFont ours = PageFont.of(a, c.face());
            PDFont pdfbox = PDType0Font.load(b, c.face().font(), true);
            for (String line : c.lines()) {
                assertThat(ours.getStringWidth(line)).as(line).isEqualTo(pdfbox.getStringWidth(line));
                for (int i = 0; i < line.length(); i = line.offsetByCodePoints(i, 1)) {
                    String one = line.substring(i, line.offsetByCodePoints(i, 1));
                    assertThat(ours.encode(one)).isEqualTo(pdfbox.encode(one));
                }
            }
            assertThat(ours.getFontDescriptor().getCOSObject().toString()).isEqualTo(pdfbox.getFontDescriptor().getCOSObject().toString());
        }
    }

    @ParameterizedTest
    @MethodSource("cases")
    void refusesACharacterTheFaceHasNotAsPdfBoxDoes(Case c) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDFont ours = PageFont.of(doc, c.face());
            // a renderer falls back to the next face on this exception
            assertThatThrownBy(() -> ours.getStringWidth("\uE000")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("U+E000");
            assertThatThrownBy(() -> ours.encode("\uE000")).isInstanceOf(IllegalArgumentException.class);
        }
    }
}
