package newsprint;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import newsprint.layout.Units;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationText;

/**
 * Ads as advertisers deliver them, made in the test with PDFBox: a vector page of the booked
 * size (trim box, 3 mm bleed around it) in CMYK, with its text in an embedded font, and the
 * defects a press refuses or warns about, one at a time.
 */
public final class SampleAds {
    /** What to get wrong. */
    public enum Defect { NONE, UNEMBEDDED_FONT, ENCRYPTED, JAVASCRIPT, RGB, LOW_RES_IMAGE, BLACK_ONLY }

    private SampleAds() {
    }

    /** A {@code widthMm × heightMm} ad (its trim) with {@code defect}. */
    public static byte[] pdf(double widthMm, double heightMm, Defect defect) throws IOException {
        float bleed = (float) Units.mmToPt(3);
        float w = (float) Units.mmToPt(widthMm);
        float h = (float) Units.mmToPt(heightMm);
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(new PDRectangle(w + 2 * bleed, h + 2 * bleed));
            page.setTrimBox(new PDRectangle(bleed, bleed, w, h));
            page.setBleedBox(new PDRectangle(0, 0, w + 2 * bleed, h + 2 * bleed));
            doc.addPage(page);
            PDFont font = defect == Defect.UNEMBEDDED_FONT ? new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD)
                    : PDType0Font.load(doc, Path.of("fonts", "NotoSansSC-Bold.ttf").toFile());
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                // the background runs into the bleed, as a delivered ad's does
                if (defect == Defect.RGB) {
                    cs.setNonStrokingColor(0.1f, 0.3f, 0.8f);
                } else if (defect == Defect.BLACK_ONLY) {
                    cs.setNonStrokingColor(0f, 0f, 0f, 0.2f);
                } else {
                    cs.setNonStrokingColor(0.9f, 0.2f, 0f, 0f);
                }
                cs.addRect(0, 0, w + 2 * bleed, h + 2 * bleed);
                cs.fill();
                cs.setNonStrokingColor(0f, 0f, 0f, 1f);
                cs.setStrokingColor(0f, 0f, 0f, 1f);
                cs.setLineWidth(2);
                cs.addRect(bleed + 6, bleed + 6, w - 12, h - 12);
                cs.stroke();
                cs.moveTo(bleed + 6, bleed + 6);
                cs.lineTo(bleed + w - 6, bleed + h - 6);
                cs.stroke();
                cs.beginText();
                cs.setFont(font, Math.min(h / 4, 36));
                cs.newLineAtOffset(bleed + 18, bleed + h / 2);
                cs.showText(defect == Defect.UNEMBEDDED_FONT ? "PLACEHOLDER AD" : "示例广告 PLACEHOLDER AD");
                cs.endText();
                if (defect == Defect.LOW_RES_IMAGE) {
                    BufferedImage img = new BufferedImage(40, 20, BufferedImage.TYPE_BYTE_GRAY);
                    for (int y = 0; y < 20; y++) {
                        for (int x = 0; x < 40; x++) {
                            img.setRGB(x, y, (x + y) % 2 == 0 ? 0x202020 : 0xe0e0e0);
                        }
                    }
                    PDImageXObject image = LosslessFactory.createFromImage(doc, img);
                    cs.drawImage(image, bleed + 12, bleed + 12, w / 2, h / 4);
                }
            }
            if (defect == Defect.JAVASCRIPT) {
                COSDictionary js = new COSDictionary();
                js.setItem(COSName.S, COSName.getPDFName("JavaScript"));
                js.setItem(COSName.getPDFName("JS"), new COSString("app.alert('hello');"));
                doc.getDocumentCatalog().getCOSObject().setItem(COSName.OPEN_ACTION, js);
                PDAnnotationText note = new PDAnnotationText();
                note.setRectangle(new PDRectangle(bleed, bleed, 20, 20));
                note.setContents("proof comment");
                page.getAnnotations().add(note);
            }
            if (defect == Defect.ENCRYPTED) {
                StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", "", new AccessPermission());
                policy.setEncryptionKeyLength(128);
                doc.protect(policy);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }
}
