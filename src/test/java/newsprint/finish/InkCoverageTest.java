package newsprint.finish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.zip.DeflaterOutputStream;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.color.PDColorSpace;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceCMYK;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceGray;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import newsprint.TestFace;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.junit.jupiter.api.Test;

/**
 * The ink a plate's pictures lay down, as the manifest and {@code check} report it: each picture
 * is read once from its stream, with its decode array, and the same pixels are drawn into both
 * measuring passes.
 */
class InkCoverageTest {
    /** A page as wide as its one picture, which fills it. */
    private static byte[] pageWith(byte[] samples, int width, int height, PDColorSpace cs, float[] decode) throws Exception {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDRectangle box = new PDRectangle(72, 72);
            PDPage page = new PDPage(box);
            page.setTrimBox(box);
            doc.addPage(page);
            ByteArrayOutputStream deflated = new ByteArrayOutputStream();
            try (DeflaterOutputStream z = new DeflaterOutputStream(deflated)) {
                z.write(samples);
            }
            PDImageXObject image = new PDImageXObject(doc, new ByteArrayInputStream(deflated.toByteArray()), COSName.FLATE_DECODE, width, height,
                    8, cs);
            if (decode != null) {
                COSArray array = new COSArray();
                for (float f : decode) {
                    array.add(new org.apache.pdfbox.cos.COSFloat(f));
                }
                image.setDecode(array);
            }
            try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                content.drawImage(image, 0, 0, 72, 72);
            }
            doc.save(out);
            return out.toByteArray();
        }
    }

    /** What a test draws on its page, with the test face (bold: solid boxes) loaded in it. */
    private interface Drawing {
        void draw(PDPageContentStream content, PDType0Font font) throws Exception;
    }

    /** A square page of {@code sizePt}, its trim the whole page, with {@code drawing} on it. */
    private static byte[] typePage(float sizePt, Drawing drawing) throws Exception {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDRectangle box = new PDRectangle(sizePt, sizePt);
            PDPage page = new PDPage(box);
            page.setTrimBox(box);
            doc.addPage(page);
            PDType0Font font = PDType0Font.load(doc, new ByteArrayInputStream(TestFace.bytes(TestFace.Weight.BOLD)), true);
            try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                drawing.draw(content, font);
            }
            doc.save(out);
            return out.toByteArray();
        }
    }

    /** One line of {@code text} in {@code font} at {@code sizePt}, starting at ({@code x}, {@code y}). */
    private static void line(PDPageContentStream content, PDType0Font font, float sizePt, float x, float y, String text) throws Exception {
        content.beginText();
        content.setFont(font, sizePt);
        content.newLineAtOffset(x, y);
        content.showText(text);
        content.endText();
    }

    /** {@code pixels} copies of one CMYK pixel. */
    private static byte[] cmyk(int pixels, int c, int m, int y, int k) {
        byte[] b = new byte[pixels * 4];
        for (int i = 0; i < b.length; i += 4) {
            b[i] = (byte) c;
            b[i + 1] = (byte) m;
            b[i + 2] = (byte) y;
            b[i + 3] = (byte) k;
        }
        return b;
    }

    @Test
    void aCmykPictureCoversItsPlatesAndReportsItsHighestTotal() throws Exception {
        // 100 % cyan and 60 % black (153 of 255) over the whole page: 160 % total ink
        byte[] pdf = pageWith(cmyk(64 * 64, 255, 0, 0, 153), 64, 64, PDDeviceCMYK.INSTANCE, null);
        InkCoverage.Report ink = InkCoverage.measure(pdf, Press.newsprint());
        assertThat(ink.cyan()).isCloseTo(100, offset(1.0));
        assertThat(ink.magenta()).isCloseTo(0, offset(0.5));
        assertThat(ink.yellow()).isCloseTo(0, offset(0.5));
        assertThat(ink.black()).isCloseTo(60, offset(1.0));
        assertThat(ink.pictures()).singleElement().satisfies(p -> {
            assertThat(p.maxInkPercent()).isCloseTo(160, offset(0.5));
            assertThat(p.widthPx()).isEqualTo(64);
        });
    }

    @Test
    void anInvertedDecodeArrayIsApplied() throws Exception {
        // stored inverted, as an Adobe CMYK JPEG is: 255 is no ink; the decode array turns it back
        byte[] pdf = pageWith(cmyk(32 * 32, 0, 255, 255, 255), 32, 32, PDDeviceCMYK.INSTANCE, new float[] {1, 0, 1, 0, 1, 0, 1, 0});
        InkCoverage.Report ink = InkCoverage.measure(pdf, Press.newsprint());
        assertThat(ink.cyan()).isCloseTo(100, offset(1.0));
        assertThat(ink.magenta()).isCloseTo(0, offset(0.5));
        assertThat(ink.black()).isCloseTo(0, offset(0.5));
        assertThat(ink.pictures()).singleElement().satisfies(p -> assertThat(p.maxInkPercent()).isCloseTo(100, offset(0.5)));
    }

    @Test
    void aGreyPicturePrintsOnTheBlackPlateAlone() throws Exception {
        // left half black, right half paper white
        int w = 40;
        byte[] grey = new byte[w * w];
        for (int y = 0; y < w; y++) {
            for (int x = 0; x < w; x++) {
                grey[y * w + x] = (byte) (x < w / 2 ? 0 : 255);
            }
        }
        InkCoverage.Report ink = InkCoverage.measure(pageWith(grey, w, w, PDDeviceGray.INSTANCE, null), Press.newsprint());
        assertThat(ink.cyan() + ink.magenta() + ink.yellow()).isCloseTo(0, offset(0.5));
        assertThat(ink.black()).isCloseTo(50, offset(2.0));
        assertThat(ink.pictures()).singleElement().satisfies(p -> assertThat(p.maxInkPercent()).isCloseTo(100, offset(0.5)));
    }

    @Test
    void blackTypeKnocksOutTheColourUnderItAndInksTheBlackPlate() throws Exception {
        // cyan over the left half of a 72 pt page, then a line of solid 12 pt boxes in black across it
        byte[] pdf = typePage(72, (content, font) -> {
            content.setNonStrokingColor(1f, 0f, 0f, 0f);
            content.addRect(0, 0, 36, 72);
            content.fill();
            content.setNonStrokingColor(0f, 0f, 0f, 1f);
            line(content, font, 12, 0, 30, "永永永永永永");
        });
        InkCoverage.Report ink = InkCoverage.measure(pdf, Press.newsprint());
        // the row's boxes cover 72 x 12 pt of the 72 x 72 page: a sixth, half of it over the cyan
        double row = 100.0 * 72 * 12 / (72 * 72);
        assertThat(ink.black()).isCloseTo(row, offset(row * 0.2));
        assertThat(ink.cyan()).as("cyan where no black type covers it").isCloseTo(50 - row / 2, offset(row * 0.1));
        assertThat(ink.magenta() + ink.yellow()).isCloseTo(0, offset(0.5));
    }

    @Test
    void typeStampedMeasuresAsTypeDrawnGlyphByGlyph() throws Exception {
        // type as a page has it: body, a head, coloured type on a tint, a line cut by a clip, a turned line and outlined type
        String text = "永国中文字一二三口日月";
        byte[] pdf = typePage(288, (content, font) -> {
            content.setNonStrokingColor(0f, 0f, 0.2f, 0f);
            content.addRect(0, 150, 288, 60);
            content.fill();
            float[] sizes = {7.3f, 9f, 10.5f, 13f, 24f, 37f};
            float y = 270;
            for (float size : sizes) {
                content.setNonStrokingColor(0f, 0f, 0f, 1f);
                line(content, font, size, 3.37f, y, text);
                y -= size * 1.4f;
            }
            content.setNonStrokingColor(0.1f, 0.9f, 0.6f, 0.05f);
            line(content, font, 11f, 5.2f, 170.6f, text + text);
            content.saveGraphicsState();
            content.addRect(40.3f, 100, 100.6f, 40);
            content.clip();
            content.setNonStrokingColor(0f, 0f, 0f, 1f);
            line(content, font, 16f, 0.7f, 112.2f, text + text);
            content.restoreGraphicsState();
            content.beginText();
            content.setFont(font, 12f);
            content.setTextMatrix(org.apache.pdfbox.util.Matrix.getRotateInstance(Math.toRadians(90), 270, 20));
            content.showText(text);
            content.endText();
            content.setRenderingMode(org.apache.pdfbox.pdmodel.graphics.state.RenderingMode.STROKE);
            line(content, font, 20f, 10, 40, text);
        });
        InkCoverage.Report stamped = InkCoverage.measure(pdf, Press.newsprint(), true);
        InkCoverage.Report drawn = InkCoverage.measure(pdf, Press.newsprint(), false);
        // within half a percent of the figure or a twentieth of a point, whichever is more (the manifest prints tenths): the
        // test face's glyphs are solid boxes that touch, the worst case for how the edge pixels two glyphs share are counted
        // (on the example edition the plates agree to the digit)
        assertThat(stamped.black()).as("black plate").isGreaterThan(5).isCloseTo(drawn.black(), offset(tolerance(drawn.black())));
        assertThat(stamped.cyan()).as("cyan plate").isGreaterThan(0.1).isCloseTo(drawn.cyan(), offset(tolerance(drawn.cyan())));
        assertThat(stamped.magenta()).as("magenta plate").isGreaterThan(0.5).isCloseTo(drawn.magenta(), offset(tolerance(drawn.magenta())));
        assertThat(stamped.yellow()).as("yellow plate").isGreaterThan(2).isCloseTo(drawn.yellow(), offset(tolerance(drawn.yellow())));
    }

    @Test
    void aPlateMeasuresTheSameWhetherItsGlyphsWereMetOnAnEarlierPlateOrNot() throws Exception {
        // two plates of the same face, each with its own subset and font objects, most glyphs in both, at sizes in common
        String text = "永国中文字一二三口日月";
        byte[] first = typePage(200, (content, font) -> {
            content.setNonStrokingColor(0f, 0f, 0f, 1f);
            line(content, font, 9f, 3.1f, 150, text);
            content.setNonStrokingColor(0.8f, 0.1f, 0f, 0f);
            line(content, font, 14f, 6.4f, 90, text + "人");
        });
        byte[] second = typePage(200, (content, font) -> {
            content.setNonStrokingColor(0f, 0f, 0.3f, 0f);
            content.addRect(0, 60, 200, 50);
            content.fill();
            content.setNonStrokingColor(0f, 0f, 0f, 1f);
            line(content, font, 9f, 20.7f, 170, text + text);
            line(content, font, 14f, 1.2f, 80, "大" + text);
            content.setNonStrokingColor(0.8f, 0.1f, 0f, 0f);
            line(content, font, 9f, 7.3f, 30, text);
        });
        InkCoverage.forgetGlyphs();
        InkCoverage.Report alone = InkCoverage.measure(second, Press.newsprint());
        InkCoverage.forgetGlyphs();
        InkCoverage.measure(first, Press.newsprint());
        InkCoverage.Report after = InkCoverage.measure(second, Press.newsprint());
        assertThat(after).isEqualTo(alone);
        assertThat(after.black()).isGreaterThan(1);
        assertThat(after.cyan()).isGreaterThan(0.1);
    }

    @Test
    void twoFontsShowingOneCodeEachStampTheirOwnGlyph() throws Exception {
        // the regular and bold test faces give each character the same code, hollow in one and solid in the other; on the
        // page the two alternate character by character, apart (no pixel shared), so its ink is the sum of each font's alone
        InkCoverage.forgetGlyphs();
        double both = InkCoverage.measure(alternating(true, true), Press.newsprint()).black();
        double regular = InkCoverage.measure(alternating(true, false), Press.newsprint()).black();
        double bold = InkCoverage.measure(alternating(false, true), Press.newsprint()).black();
        assertThat(bold).isGreaterThan(regular + 1);
        assertThat(both).isCloseTo(regular + bold, offset(1e-9));
    }

    /** Rows of characters in black, the regular and bold test faces taking turns in their places, each face shown or left out. */
    private static byte[] alternating(boolean showRegular, boolean showBold) throws Exception {
        String text = "永国中文字一二三口日月";
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDRectangle box = new PDRectangle(200, 200);
            PDPage page = new PDPage(box);
            page.setTrimBox(box);
            doc.addPage(page);
            PDType0Font regular = PDType0Font.load(doc, new ByteArrayInputStream(TestFace.bytes(TestFace.Weight.REGULAR)), true);
            PDType0Font bold = PDType0Font.load(doc, new ByteArrayInputStream(TestFace.bytes(TestFace.Weight.BOLD)), true);
            try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                content.setNonStrokingColor(0f, 0f, 0f, 1f);
                for (int row = 0; row < 6; row++) {
                    for (int i = 0; i < text.length(); i++) {
                        boolean isRegular = (i + row) % 2 == 0;
                        if (isRegular ? showRegular : showBold) {
                            line(content, isRegular ? regular : bold, 10f, 4.3f + i * 16, 180 - row * 30, text.substring(i, i + 1));
                        }
                    }
                }
            }
            doc.save(out);
            return out.toByteArray();
        }
    }

    @Test
    void aGlyphIsKnownByItsBytesOnlyWhenItIsSimpleAndWhole() {
        // one contour of three points, each flag: on the curve, x and y one byte each (positive)
        byte[] glyph = {0, 1, 0, 0, 0, 0, 0, 10, 0, 10, 0, 2, 0, 0, 0x37, 0x37, 0x37, 1, 2, 3, 4, 5, 6};
        assertThat(InkCoverage.simpleAndWhole(glyph)).isTrue();
        assertThat(InkCoverage.simpleAndWhole(java.util.Arrays.copyOf(glyph, glyph.length - 1))).as("its last coordinate cut").isFalse();
        byte[] repeated = {0, 1, 0, 0, 0, 0, 0, 10, 0, 10, 0, 2, 0, 0, 0x3F, 2, 1, 2, 3, 4, 5, 6};
        assertThat(InkCoverage.simpleAndWhole(repeated)).as("one flag repeated twice").isTrue();
        assertThat(InkCoverage.simpleAndWhole(java.util.Arrays.copyOf(repeated, repeated.length - 1))).isFalse();
        byte[] composite = glyph.clone();
        composite[0] = (byte) 0xFF;
        composite[1] = (byte) 0xFF;
        assertThat(InkCoverage.simpleAndWhole(composite)).as("components, which each subset numbers its own way").isFalse();
        assertThat(InkCoverage.simpleAndWhole(new byte[] {0, 0, 0, 0, 0, 0, 0, 0, 0, 0})).as("no contours").isTrue();
    }

    private static double tolerance(double percent) {
        return Math.max(0.05, percent * 0.005);
    }
}
