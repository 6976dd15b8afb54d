package newsprint.finish;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.zip.Deflater;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;

/** The colour profiles newsprint ships (see {@code src/main/resources/icc/README.md}) and their use in a PDF. */
final class Profiles {
    /** The printing condition the newsprint profile characterises (registered at the ICC). */
    static final String CONDITION = "CGATS TR 002";
    static final String CONDITION_NAME = "Coldset offset printing on newsprint (SNAP)";
    static final String REGISTRY = "http://www.color.org";
    static final String INFO = "newsprint coldset CMYK (SNAP TR002), TAC 240%";

    /** The profiles compressed once per process: every document embeds the same compressed bytes. */
    private static final byte[] NEWSPRINT_BYTES = load("/icc/newsprint-snap-tr002.icc");
    private static final byte[] NEWSPRINT = deflate(NEWSPRINT_BYTES);
    private static final byte[] SRGB = deflate(load("/icc/sRGB.icc"));

    private Profiles() {
    }

    /** The bundled newsprint profile's bytes. */
    static byte[] newsprintBytes() {
        return NEWSPRINT_BYTES.clone();
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

    static byte[] deflate(byte[] bytes) {
        return deflate(bytes, Deflater.BEST_COMPRESSION);
    }

    /** {@code bytes} compressed at {@code level} (a {@link Deflater} level): the same bytes give the same result. */
    static byte[] deflate(byte[] bytes, int level) {
        Deflater deflater = new Deflater(level);
        try {
            deflater.setInput(bytes);
            deflater.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length);
            byte[] buffer = new byte[65536];
            while (!deflater.finished()) {
                out.write(buffer, 0, deflater.deflate(buffer));
            }
            return out.toByteArray();
        } finally {
            deflater.end();
        }
    }

    /** An ICC profile stream of {@code components} colours holding the already compressed {@code deflated} bytes. */
    private static COSStream profile(PDDocument doc, byte[] deflated, int components, COSName alternate) throws IOException {
        COSStream stream = doc.getDocument().createCOSStream();
        stream.setItem(COSName.FILTER, COSName.FLATE_DECODE);
        stream.setInt(COSName.N, components);
        stream.setItem(COSName.ALTERNATE, alternate);
        try (OutputStream out = stream.createRawOutputStream()) {
            out.write(deflated);
        }
        return stream;
    }

    /** Adds the newsprint output intent; {@code subtype} is GTS_PDFX for print, GTS_PDFA1 for the archive. */
    static void addOutputIntent(PDDocument doc, String subtype) throws IOException {
        addOutputIntent(doc, subtype, PressProfile.bundled());
    }

    /**
     * Adds the output intent of {@code press}: the bundled profile's registered printing
     * condition, or a plant's own profile as a custom condition named by its description.
     */
    static void addOutputIntent(PDDocument doc, String subtype, PressProfile press) throws IOException {
        COSDictionary intent = new COSDictionary();
        intent.setItem(COSName.TYPE, COSName.getPDFName("OutputIntent"));
        intent.setItem(COSName.S, COSName.getPDFName(subtype));
        if (press.registered()) {
            intent.setString(COSName.getPDFName("OutputConditionIdentifier"), CONDITION);
            intent.setString(COSName.getPDFName("OutputCondition"), CONDITION_NAME);
            intent.setString(COSName.getPDFName("RegistryName"), REGISTRY);
            intent.setString(COSName.INFO, INFO);
        } else {
            intent.setString(COSName.getPDFName("OutputConditionIdentifier"), "Custom");
            intent.setString(COSName.getPDFName("OutputCondition"), press.description());
            intent.setString(COSName.INFO, press.description());
        }
        intent.setItem(COSName.getPDFName("DestOutputProfile"),
                profile(doc, press.registered() ? NEWSPRINT : press.deflated(), 4, COSName.DEVICECMYK));
        doc.getDocumentCatalog().getCOSObject().removeItem(COSName.OUTPUT_INTENTS);
        doc.getDocumentCatalog().addOutputIntent(new PDOutputIntent(intent));
    }

    /**
     * Declares sRGB as every page's {@code /DefaultRGB}: the RGB photos become colour-managed,
     * which PDF/X-4 and PDF/A (with a CMYK output intent) both require.
     */
    static void defaultRgb(PDDocument doc) throws IOException {
        COSArray array = new COSArray();
        array.add(COSName.ICCBASED);
        array.add(profile(doc, SRGB, 3, COSName.DEVICERGB));
        // the colour space is written as it is: PDFBox's PDICCBased would parse the profile and build a colour transform
        // to check it (LittleCMS, a fifth of a warm page's time), and the profile is the bundled sRGB
        for (PDPage page : doc.getPages()) {
            org.apache.pdfbox.cos.COSDictionary resources = page.getResources().getCOSObject();
            org.apache.pdfbox.cos.COSDictionary spaces = resources.getCOSDictionary(COSName.COLORSPACE);
            if (spaces == null) {
                spaces = new org.apache.pdfbox.cos.COSDictionary();
                resources.setItem(COSName.COLORSPACE, spaces);
            }
            spaces.setItem(COSName.getPDFName("DefaultRGB"), array);
        }
    }
}
