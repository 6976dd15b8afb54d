package newsprint.finish;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.graphics.color.PDICCBased;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;

/** The colour profiles newsprint ships (see {@code src/main/resources/icc/README.md}) and their use in a PDF. */
final class Profiles {
    /** The printing condition the newsprint profile characterises (registered at the ICC). */
    static final String CONDITION = "CGATS TR 002";
    static final String CONDITION_NAME = "Coldset offset printing on newsprint (SNAP)";
    static final String REGISTRY = "http://www.color.org";
    static final String INFO = "newsprint coldset CMYK (SNAP TR002), TAC 240%";

    private static final byte[] NEWSPRINT = load("/icc/newsprint-snap-tr002.icc");
    private static final byte[] SRGB = load("/icc/sRGB.icc");

    private Profiles() {
    }

    private static byte[] load(String resource) {
        try (InputStream in = Profiles.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing colour profile " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Adds the newsprint output intent; {@code subtype} is GTS_PDFX for print, GTS_PDFA1 for the archive. */
    static void addOutputIntent(PDDocument doc, String subtype) throws IOException {
        PDOutputIntent intent = new PDOutputIntent(doc, new java.io.ByteArrayInputStream(NEWSPRINT));
        intent.getCOSObject().setItem(COSName.S, COSName.getPDFName(subtype));
        intent.setOutputConditionIdentifier(CONDITION);
        intent.setOutputCondition(CONDITION_NAME);
        intent.setRegistryName(REGISTRY);
        intent.setInfo(INFO);
        doc.getDocumentCatalog().getCOSObject().removeItem(COSName.OUTPUT_INTENTS);
        doc.getDocumentCatalog().addOutputIntent(intent);
    }

    /**
     * Declares sRGB as every page's {@code /DefaultRGB}: the RGB photos become colour-managed,
     * which PDF/X-4 and PDF/A (with a CMYK output intent) both require.
     */
    static void defaultRgb(PDDocument doc) throws IOException {
        PDStream stream = new PDStream(doc, new java.io.ByteArrayInputStream(SRGB), COSName.FLATE_DECODE);
        stream.getCOSObject().setInt(COSName.N, 3);
        stream.getCOSObject().setItem(COSName.ALTERNATE, COSName.DEVICERGB);
        COSArray array = new COSArray();
        array.add(COSName.ICCBASED);
        array.add(stream);
        PDICCBased srgb = PDICCBased.create(array, null);
        for (PDPage page : doc.getPages()) {
            page.getResources().put(COSName.getPDFName("DefaultRGB"), srgb);
        }
    }
}
