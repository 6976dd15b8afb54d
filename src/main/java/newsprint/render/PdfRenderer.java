package newsprint.render;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Calendar;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Set;
import java.util.TimeZone;
import java.util.stream.Collectors;
import newsprint.NewsprintException.MissingResource;
import newsprint.NewsprintException.RenderFailure;
import newsprint.compose.ComposedPage;
import newsprint.fill.PageFiller;
import newsprint.layout.Role;
import newsprint.prepare.PhotoFile;
import newsprint.type.Face;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.jsoup.helper.W3CDom;
import org.jsoup.nodes.Document;

/**
 * Paints a filled page into a PDF document with OpenHTMLtoPDF over PDFBox. Every face the layout
 * names is embedded as a subset Type 0 font from the already parsed TrueType data; the only
 * things loaded are the page's own photos (from the prepared page, already in memory) and files
 * in its folder ({@link ConfinedResources}); dates come from the edition and the document ID
 * from a hash of the content, so the same page gives the same bytes. Stateless: one renderer
 * paints any number of pages, on any number of threads.
 */
public final class PdfRenderer {
    public static final String PRODUCER = "newsprint";

    /**
     * The zlib level PDFBox compresses the PDF's streams at (fonts, their maps, the page's
     * content) unless {@code org.apache.pdfbox.filter.deflatelevel} is set: the fastest. Against
     * PDFBox's default (6) it makes the pages about 1 % larger (seed 847.9 → 857.0 KB, front page
     * 2,611 → 2,629 KB) and saves the third of a warm page's time that went to compressing its
     * font subsets, measured in the README's Speed section.
     */
    public static final int DEFLATE_LEVEL = 1;

    /**
     * Threads that make a page's font subsets ({@link PageFont#prepareSubset}) while the page's
     * own thread checks the painting and finishes the PDF. Not the common pool: on two cores it has
     * one thread, which an edition's pages would queue for.
     */
    private static final java.util.concurrent.ExecutorService SUBSETS = java.util.concurrent.Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "newsprint-subset");
        t.setDaemon(true);
        return t;
    });

    static {
        XRLog.setLoggingEnabled(false);
        ConfinedFontMapper.install();
        // ImageIO (and TwelveMonkeys' JPEG reader under it) copies every picture it reads from
        // memory into a temporary file first; the pictures are in memory already
        javax.imageio.ImageIO.setUseCache(false);
        if (System.getProperty(org.apache.pdfbox.filter.Filter.SYSPROP_DEFLATELEVEL) == null) {
            System.setProperty(org.apache.pdfbox.filter.Filter.SYSPROP_DEFLATELEVEL, Integer.toString(DEFLATE_LEVEL));
        }
    }

    /**
     * Renders a one-word page of no consequence into a document that is thrown away: what a
     * process's first render would otherwise do first, loading and initialising OpenHTMLtoPDF (its
     * default style sheet, the fourteen standard fonts and their metrics it sets up for every
     * document, its layout and painting) and PDFBox's writer. Reads nothing but the two
     * libraries' own jars; throws nothing but the VM's own errors (the page's own render does the
     * same work and reports what fails). See {@link newsprint.Newsprint#warmUp()}.
     */
    public static void renderNothing() {
        try (PDDocument doc = new PDDocument()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.usePDDocument(doc);
            builder.useUriResolver((base, uri) -> null);
            builder.withW3cDocument(new W3CDom().fromJsoup(org.jsoup.Jsoup.parse(
                    "<html><head><style>p { margin: 0; font-size: 9pt }</style></head><body><p>newsprint</p></body></html>")), null);
            try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
                renderer.createPDFWithoutClosing();
            }
            doc.save(java.io.OutputStream.nullOutputStream());
        } catch (IOException | RuntimeException e) {
            // nothing is lost: the page's own render does the same work and reports what fails
        }
    }

    /**
     * Paints {@code page} from its filled HTML. {@code tagged} tags the document in reading order
     * for PDF/A and PDF/UA (the archive); the print PDF is not tagged.
     */
    public RenderedPage render(ComposedPage page, Document filled, boolean tagged) {
        String html = filled.outerHtml();
        java.util.Map<java.nio.file.Path, byte[]> served = new java.util.HashMap<>();
        page.prepared().photos().values().stream().filter(PhotoFile::usable).forEach(p -> served.put(p.path(), p.bytes()));
        PhotoFile artwork = page.prepared().layout().artwork();
        if (artwork != null && page.masthead() != null) {
            // the masthead artwork lives with the layout: served from memory under a name in the page's folder
            served.put(page.page().folder().resolve(PageFiller.MASTHEAD_ARTWORK + "." + artwork.format()), artwork.bytes());
        }
        for (int i = 0; i < page.ads().size(); i++) {
            // an ad as inspected (a PDF cut to its trim, without its tags), under a name in the page's folder
            served.put(page.page().folder().resolve(PageFiller.adFile(page.ads().get(i), i)), page.ads().get(i).file().bytes());
        }
        ConfinedResources resources = new ConfinedResources(page.page().folder(), served);
        PDDocument doc = new PDDocument();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.usePDDocument(doc);
            builder.withProducer(PRODUCER);
            builder.useUriResolver(resources);
            for (String scheme : new String[] {"file", "http", "https", "ftp", "jar", "classpath"}) {
                builder.useProtocolsStreamImplementation(resources, scheme);
            }
            List<PageFont> fonts = new ArrayList<>();
            // every style's own face (the template may name any), and a fallback-only face when the page's lines used it
            Set<Face> own = EnumSet.allOf(Role.class).stream().map(r -> page.styles().get(r).face()).collect(Collectors.toSet());
            // (the folio's text is drawn by the renderer in its faces' order: the faces its characters need are loaded)
            var folio = page.styles().get(Role.FOLIO);
            var e = page.page().edition();
            var info = page.page().page();
            for (String text : new String[] {e.paper(), info.section(), info.editor()}) {
                if (text != null) {
                    text.codePoints().forEach(folio::faceFor);
                }
            }
            List<Face> faces = page.styles().faces().values().stream().filter(f -> own.contains(f) || f.inUse())
                    .sorted(Comparator.comparing(Face::name)).toList();
            for (Face face : faces) {
                PageFont font = PageFont.of(doc, face);
                fonts.add(font);
                builder.useFont(new PDFontSupplier(font), face.cssFamily(), face.cssWeight(),
                        BaseRendererBuilder.FontStyle.NORMAL, true);
            }
            if (tagged) {
                builder.usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_3_U);
                builder.usePdfUaAccessibility(true);
            }
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
            // the fonts' subsets are made beside the paint check: every character is shown by now
            fonts.forEach(f -> f.prepareSubset(SUBSETS));
            java.util.Map<org.apache.pdfbox.cos.COSBase, Double> placed = PaintCheck.verify(page, doc.getPage(0), faces, fonts);
            stamp(doc, page, html);
            return new RenderedPage(doc, page, filled, placed, readAs(fonts));
        } catch (IOException e) {
            closeQuietly(doc);
            throw new RenderFailure(page.page().file() + ": cannot render the PDF: " + e.getMessage(), null, e);
        } catch (RuntimeException e) {
            closeQuietly(doc);
            throw e;
        }
    }

    /**
     * The characters the fonts' text gives as others ({@link PageFont#readAs}), across all the
     * page's fonts, each mapped to the lowest character of its kind: one font may give 〜 as ～
     * and another ～ as 〜, and both must fold alike.
     */
    static java.util.Map<Integer, Integer> readAs(List<PageFont> fonts) {
        java.util.Map<Integer, Integer> parent = new java.util.TreeMap<>();
        java.util.function.IntUnaryOperator root = new java.util.function.IntUnaryOperator() {
            @Override
            public int applyAsInt(int cp) {
                int r = cp;
                while (parent.getOrDefault(r, r) != r) {
                    r = parent.get(r);
                }
                return r;
            }
        };
        for (PageFont font : fonts) {
            font.readAs().forEach((cp, stands) -> {
                int a = root.applyAsInt(cp);
                int b = root.applyAsInt(stands);
                if (a != b) {
                    parent.put(Math.max(a, b), Math.min(a, b));
                }
            });
        }
        java.util.Map<Integer, Integer> out = new java.util.TreeMap<>();
        for (int cp : parent.keySet()) {
            int r = root.applyAsInt(cp);
            if (r != cp) {
                out.put(cp, r);
            }
        }
        return out;
    }

    private static void closeQuietly(PDDocument doc) {
        try {
            doc.close();
        } catch (IOException ignored) {
            // the render failed already; that is what gets reported
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

    /** The file identifier: a hash of what the page shows, the filled HTML and the photos' contents. */
    private static byte[] contentHash(ComposedPage page, String html) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(html.getBytes(StandardCharsets.UTF_8));
            for (var m : page.modules()) {
                for (var f : m.figures()) {
                    PhotoFile file = page.prepared().photo(f.photo());
                    sha.update(file.sha256().getBytes(StandardCharsets.US_ASCII));
                }
            }
            for (var ad : page.ads()) {
                sha.update(ad.file().sha256().getBytes(StandardCharsets.US_ASCII));
            }
            return Arrays.copyOf(sha.digest(), 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
