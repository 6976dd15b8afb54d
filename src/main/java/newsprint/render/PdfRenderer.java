package newsprint.render;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.fontbox.ttf.TrueTypeFont;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneOffset;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;
import newsprint.NewsprintException.MissingResource;
import newsprint.NewsprintException.RenderFailure;
import newsprint.compose.ComposedPage;
import newsprint.compose.Styles;
import newsprint.fill.PageFiller;
import newsprint.type.Face;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.jsoup.helper.W3CDom;
import org.jsoup.nodes.Document;

/**
 * Paints a filled page into PDF bytes. Every face the layout names is embedded as a subset
 * Type 0 font from the already parsed TrueType data; the only files read are the page's own
 * photos ({@link ConfinedResources}); dates come from the edition and the document ID from a
 * hash of the content, so the same page gives the same bytes.
 */
public final class PdfRenderer {
    public static final String PRODUCER = "newsprint";

    static {
        XRLog.setLoggingEnabled(false);
    }

    private final ToUnicodeRepair toUnicode = new ToUnicodeRepair();

    public byte[] render(ComposedPage page, Document filled, PdfFinish finish) {
        String html = filled.outerHtml();
        ConfinedResources resources = new ConfinedResources(page.page().folder());
        try (PDDocument doc = new PDDocument()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.usePDDocument(doc);
            builder.withProducer(PRODUCER);
            builder.useUriResolver(resources);
            for (String scheme : new String[] {"file", "http", "https", "ftp", "jar", "classpath"}) {
                builder.useProtocolsStreamImplementation(resources, scheme);
            }
            Styles styles = page.styles();
            for (Face face : styles.faces().values().stream().sorted(java.util.Comparator.comparing(Face::name)).toList()) {
                PDType0Font font = PDType0Font.load(doc, face.font(), true);
                builder.useFont(new PDFontSupplier(font), face.cssFamily(), face.cssWeight(),
                        BaseRendererBuilder.FontStyle.NORMAL, true);
            }
            finish.configure(builder);
            builder.withW3cDocument(new W3CDom().fromJsoup(filled), page.page().folder().toUri().toString());
            try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
                renderer.createPDFWithoutClosing();
            }
            if (!resources.refused().isEmpty()) {
                throw new MissingResource(page.page().file() + ": layout '" + page.layout().name() + "' asks for resources "
                        + "newsprint does not load: " + String.join(", ", resources.refused()),
                        "page.html and page.css may refer only to files in the page's folder; remove the reference");
            }
            if (doc.getNumberOfPages() != 1) {
                throw new RenderFailure(page.page().file() + ": the page came out as " + doc.getNumberOfPages()
                        + " PDF pages instead of one", "this is a bug in the layout or composer; run with --verbose and report it", null);
            }
            // the first save subsets the fonts; the maps from glyphs back to text are then
            // repaired, and the second save writes the finished file
            stamp(doc, page, html);
            finish.finish(doc, page);
            doc.save(OutputStream.nullOutputStream(), org.apache.pdfbox.pdfwriter.compress.CompressParameters.NO_COMPRESSION);
            Map<String, TrueTypeFont> fonts = new HashMap<>();
            for (Face face : styles.faces().values()) {
                fonts.put(face.font().getName(), face.font());
            }
            toUnicode.repair(doc, fonts, filled.text().codePoints().boxed().collect(Collectors.toSet()));
            // the tags are matched by their text, which can be read only once the fonts map to Unicode
            StructureRepair.repair(doc, filled);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new RenderFailure(page.page().file() + ": cannot render the PDF: " + e.getMessage(), null, e);
        }
    }

    /** The edition's date at midnight, Beijing time: the PDF's creation and modification date. */
    public static Calendar editionDate(ComposedPage page) {
        Calendar date = new GregorianCalendar(TimeZone.getTimeZone(ZoneOffset.ofHours(8)));
        date.clear();
        var d = page.page().edition().date();
        date.set(d.getYear(), d.getMonthValue() - 1, d.getDayOfMonth(), 0, 0, 0);
        return date;
    }

    /** Fixed metadata: dates from the edition, the ID from the content. */
    private static void stamp(PDDocument doc, ComposedPage page, String html) {
        PDDocumentInformation info = doc.getDocumentInformation();
        Calendar date = editionDate(page);
        info.setCreationDate(date);
        info.setModificationDate(date);
        info.setTitle(PageFiller.title(page));
        info.setKeywords(String.join("; ", page.headlines()));
        info.setAuthor(page.page().edition().paper());
        info.setSubject(page.page().page().section());
        info.setCreator(PRODUCER);
        info.setProducer(PRODUCER);
        COSString id = new COSString(contentHash(page, html));
        COSArray ids = new COSArray();
        ids.add(id);
        ids.add(id);
        doc.getDocument().getTrailer().setItem(COSName.ID, ids);
    }

    /** The file identifier: a hash of what the page shows, the filled HTML and the photos' bytes. */
    private static byte[] contentHash(ComposedPage page, String html) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(html.getBytes(StandardCharsets.UTF_8));
            for (var m : page.modules()) {
                for (var f : m.figures()) {
                    sha.update(java.nio.file.Files.readAllBytes(f.photo().file()));
                }
            }
            return java.util.Arrays.copyOf(sha.digest(), 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new MissingResource(page.page().file() + ": cannot read a photo again: " + e.getMessage(), null, e);
        }
    }
}
