package newsprint.finish;

import java.io.IOException;
import java.io.ByteArrayOutputStream;
import newsprint.render.RenderedPage;
import newsprint.layout.Units;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * The print PDF, made to PDF/X-4's rules for a newsprint press: PDF 1.6, the newsprint CMYK
 * output intent, {@code GTS_PDFXVersion} and {@code Trapped} in the information and the XMP,
 * TrimBox at the trim, BleedBox {@code bleedMm} around it, and with {@code marks} crop marks in a
 * slug outside the bleed. The page's content stays where the renderer drew it: the boxes grow
 * around the trim (into negative coordinates), so nothing is moved or rescaled. Its pictures are
 * made in the plates' colours for the {@link Press} ({@link PlateColour}).
 */
public final class PrintFinish implements PdfFinish {
    /** Room outside the bleed for the crop marks. */
    static final double SLUG_MM = 10;
    /** Crop marks stop this far from the trim, so they never show on the trimmed page. */
    static final double MARK_OFFSET_MM = 3;

    private final double bleedMm;
    private final boolean marks;
    private final Press press;

    public PrintFinish(double bleedMm, boolean marks, Press press) {
        if (bleedMm < 0 || bleedMm > 20) {
            throw new IllegalArgumentException("bleed must be 0 to 20 mm");
        }
        this.bleedMm = bleedMm;
        this.marks = marks;
        this.press = press;
    }

    /** A newsprint press ({@link Press#newsprint()}) with {@code bleedMm} and {@code marks}. */
    public PrintFinish(double bleedMm, boolean marks) {
        this(bleedMm, marks, Press.newsprint());
    }

    /** The usual press settings: 3 mm bleed, no marks, the newsprint profile and ink limit. */
    public static PrintFinish standard() {
        return new PrintFinish(3, false);
    }

    public Press press() {
        return press;
    }

    @Override
    public boolean tagged() {
        return false;
    }

    @Override
    public byte[] finish(RenderedPage page) throws IOException {
        PDDocument doc = page.document();
        // PDF/X-4 is PDF 1.6; the renderer writes 1.7, which PDFBox will not lower through setVersion
        doc.getDocument().setVersion(1.6f);
        doc.getDocumentCatalog().getCOSObject().removeItem(org.apache.pdfbox.cos.COSName.VERSION);
        boolean black = page.page().page().page().colour() == newsprint.model.PageInfo.Colour.BLACK;
        int index = 0;
        for (PDPage p : doc.getPages()) {
            // the rendered page's pictures were found by the paint check; any other page is run here (the page tree
            // makes a new PDPage each time it is asked, so the first page is known by its place, not its object)
            PlateColour.convert(doc, p, black, press, index++ == 0 && page.placed() != null ? page.placed() : newsprint.render.Placement.of(p));
        }
        Profiles.addOutputIntent(doc, "GTS_PDFX", press.profile());
        Profiles.defaultRgb(doc);
        new Xmp(doc, page.page().page().page().lang().tag()).pdfx().writeTo(doc);
        for (PDPage p : doc.getPages()) {
            boxes(doc, p);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        doc.save(out);
        return out.toByteArray();
    }

    private void boxes(PDDocument doc, PDPage page) throws IOException {
        PDRectangle trim = page.getMediaBox();
        float bleed = (float) Units.mmToPt(bleedMm);
        float slug = marks ? (float) Units.mmToPt(SLUG_MM) : 0;
        page.setTrimBox(grow(trim, 0));
        page.setBleedBox(grow(trim, bleed));
        page.setMediaBox(grow(trim, bleed + slug));
        page.setCropBox(grow(trim, bleed + slug));
        if (marks) {
            cropMarks(doc, page, trim, Math.max(bleed, (float) Units.mmToPt(MARK_OFFSET_MM)), bleed + slug);
        }
    }

    private static PDRectangle grow(PDRectangle r, float by) {
        return new PDRectangle(r.getLowerLeftX() - by, r.getLowerLeftY() - by, r.getWidth() + 2 * by, r.getHeight() + 2 * by);
    }

    /** Eight hairlines in 100% K at the trim's corners, from {@code from} to {@code to} outside the trim. */
    private static void cropMarks(PDDocument doc, PDPage page, PDRectangle trim, float from, float to) throws IOException {
        try (PDPageContentStream cs = new PDPageContentStream(doc, page, PDPageContentStream.AppendMode.APPEND, true, true)) {
            cs.setStrokingColor(0f, 0f, 0f, 1f);
            cs.setLineWidth(0.25f);
            float[] xs = {trim.getLowerLeftX(), trim.getUpperRightX()};
            float[] ys = {trim.getLowerLeftY(), trim.getUpperRightY()};
            for (float x : xs) {
                for (float y : ys) {
                    float sx = x == xs[0] ? -1 : 1;
                    float sy = y == ys[0] ? -1 : 1;
                    cs.moveTo(x + sx * from, y);
                    cs.lineTo(x + sx * to, y);
                    cs.moveTo(x, y + sy * from);
                    cs.lineTo(x, y + sy * to);
                }
            }
            cs.stroke();
        }
    }
}
