package newsprint.prepare;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import newsprint.layout.Units;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdfwriter.ContentStreamWriter;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType3Font;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;

/**
 * One ad file as the advertiser delivered it, inspected once: a PDF (the GWG newspaper-ad
 * delivery: PDF/X-1a or PDF/X-4) or a JPEG or PNG. For a PDF: its trim size, whether it uses
 * colour (cyan, magenta, yellow, RGB or a spot colour other than black), the lowest resolution of
 * its images at their size in the ad, and what a press needs and the ad lacks ({@link Note}s:
 * encryption, fonts not embedded, RGB, things the page drops). {@code bytes} are what the page
 * places: for a PDF its first page alone, cut to the trim, its marked content (the ad's own tags)
 * removed, RGB colour managed as sRGB; for an image the file as read.
 *
 * @param widthPt     the trim's width in points (an image: 0, it has no size of its own)
 * @param image       an image ad's inspection as a photo, or null for a PDF
 * @param colour      whether the ad prints on other plates than black
 * @param leastPpi    a PDF's lowest image resolution at the ad's own size (infinite with no images)
 * @param notes       what is wrong with the file, errors first
 */
public record AdFile(Path path, Format format, byte[] bytes, double widthPt, double heightPt, PhotoFile image, boolean colour,
                     double leastPpi, List<Note> notes, String sha256) {
    /** Ads are delivered at a few megabytes; the limit for a photo holds for them too. */
    public static final long MAX_BYTES = PhotoFile.MAX_BYTES;
    /** Pages inspected for a PDF ad at most: an ad is one page, a longer file is sent by mistake. */
    private static final int MAX_FORMS = 10_000;

    public AdFile {
        bytes = bytes.clone();
        notes = List.copyOf(notes);
    }

    public enum Format { PDF, IMAGE }

    /** What a press would find wrong with the ad file: an error stops the page; a warning is reported. */
    public record Note(boolean error, Kind kind, String message) {
    }

    /** The kinds of note, as {@code check} names them. */
    public enum Kind {
        UNREADABLE(true), ENCRYPTED(true), FONT_NOT_EMBEDDED(true), RGB(false), DROPPED(false), PAGES(false);

        private final boolean error;

        Kind(boolean error) {
            this.error = error;
        }

        Note note(String message) {
            return new Note(error, this, message);
        }
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    /** True when nothing stops the ad from being placed. */
    public boolean usable() {
        return notes.stream().noneMatch(Note::error);
    }

    /** Reads and inspects the ad file at {@code path}; a PDF by its header, anything else as an image. Never throws. */
    public static AdFile inspect(Path path) {
        byte[] bytes;
        try (InputStream in = Files.newInputStream(path)) {
            bytes = in.readNBytes((int) MAX_BYTES + 1);
        } catch (IOException e) {
            return failed(path, Kind.UNREADABLE.note("cannot be read: " + e.getMessage()));
        }
        if (bytes.length > MAX_BYTES) {
            return failed(path, Kind.UNREADABLE.note("is larger than " + MAX_BYTES / (1024 * 1024) + " MB"));
        }
        if (bytes.length >= 5 && new String(bytes, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1).equals("%PDF-")) {
            return pdf(path, bytes);
        }
        PhotoFile image = PhotoFile.of(path, bytes);
        if (!image.usable()) {
            return failed(path, Kind.UNREADABLE.note(image.problem().message().replace("is not a JPEG or PNG image",
                    "is neither a PDF nor a JPEG or PNG image")));
        }
        return new AdFile(path, Format.IMAGE, bytes, 0, 0, image, true, Double.POSITIVE_INFINITY, List.of(), image.sha256());
    }

    private static AdFile failed(Path path, Note note) {
        return new AdFile(path, Format.PDF, new byte[0], 0, 0, null, false, Double.POSITIVE_INFINITY, List.of(note), null);
    }

    private static AdFile pdf(Path path, byte[] bytes) {
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            if (doc.isEncrypted()) {
                return failed(path, Kind.ENCRYPTED.note("is encrypted: a press cannot be sure of printing it as sent; ask the "
                        + "advertiser for the file without security"));
            }
            if (doc.getNumberOfPages() == 0) {
                return failed(path, Kind.UNREADABLE.note("has no pages"));
            }
            List<Note> notes = new ArrayList<>();
            if (doc.getNumberOfPages() > 1) {
                notes.add(Kind.PAGES.note("has " + doc.getNumberOfPages() + " pages; the first is placed"));
            }
            PDPage page = doc.getPage(0);
            PDRectangle trim = page.getTrimBox();
            boolean turned = page.getRotation() % 180 != 0;
            double width = turned ? trim.getHeight() : trim.getWidth();
            double height = turned ? trim.getWidth() : trim.getHeight();

            AdContent content = AdContent.of(page);
            Set<String> unembedded = new LinkedHashSet<>();
            Set<String> rgb = new LinkedHashSet<>();
            Inspection seen = new Inspection();
            walk(page.getResources(), unembedded, rgb, seen);
            for (String font : unembedded) {
                notes.add(Kind.FONT_NOT_EMBEDDED.note("uses font '" + font + "' without embedding it: the press would set the ad "
                        + "in another font; ask for the ad with its fonts embedded"));
            }
            rgb.addAll(content.rgb());
            if (!rgb.isEmpty()) {
                notes.add(Kind.RGB.note("has RGB colour (" + String.join(", ", rgb) + "): printed colour managed from sRGB; "
                        + "newspaper ads are delivered in CMYK"));
            }
            List<String> dropped = dropped(doc, page, content);
            if (!dropped.isEmpty()) {
                notes.add(Kind.DROPPED.note("has " + String.join(", ", dropped) + ": not placed on the page"));
            }
            notes.sort((a, b) -> Boolean.compare(b.error(), a.error()));
            byte[] placed = notes.stream().anyMatch(Note::error) ? new byte[0] : placed(doc, page, trim);
            return new AdFile(path, Format.PDF, placed, width, height, null, content.colour(), content.leastPpi(), notes,
                    newsprint.Digest.sha256(bytes));
        } catch (InvalidPasswordException e) {
            return failed(path, Kind.ENCRYPTED.note("is encrypted with a password: ask the advertiser for the file without security"));
        } catch (IOException | RuntimeException e) {
            // a damaged PDF shows itself by all kinds of runtime exceptions in the parser
            return failed(path, Kind.UNREADABLE.note("is not a readable PDF (" + e.getMessage() + ")"));
        } catch (StackOverflowError e) {
            return failed(path, Kind.UNREADABLE.note("is not a readable PDF (its objects nest without end)"));
        }
    }

    /** Fonts and colour spaces of a resource dictionary and every form, pattern and Type 3 font in it, each visited once. */
    private static void walk(PDResources resources, Set<String> unembedded, Set<String> rgb, Inspection seen) throws IOException {
        if (resources == null || !seen.visit(resources.getCOSObject())) {
            return;
        }
        for (COSName name : resources.getFontNames()) {
            PDFont font = resources.getFont(name);
            if (font == null) {
                continue;
            }
            if (font instanceof PDType3Font t3) {
                walk(t3.getResources(), unembedded, rgb, seen);
            } else if (!font.isEmbedded()) {
                unembedded.add(font.getName());
            }
        }
        for (COSName name : resources.getXObjectNames()) {
            PDXObject x = resources.getXObject(name);
            if (x instanceof PDFormXObject form) {
                walk(form.getResources(), unembedded, rgb, seen);
            }
        }
        for (COSName name : resources.getPatternNames()) {
            var pattern = resources.getPattern(name);
            if (pattern instanceof org.apache.pdfbox.pdmodel.graphics.pattern.PDTilingPattern tiling) {
                walk(tiling.getResources(), unembedded, rgb, seen);
            }
        }
    }

    /** What the page will not carry of the ad: its annotations, form fields, scripts and actions. */
    private static List<String> dropped(PDDocument doc, PDPage page, AdContent content) throws IOException {
        List<String> dropped = new ArrayList<>();
        var catalog = doc.getDocumentCatalog().getCOSObject();
        if (!page.getAnnotations().isEmpty()) {
            dropped.add(page.getAnnotations().size() + (page.getAnnotations().size() == 1 ? " annotation" : " annotations"));
        }
        if (catalog.containsKey(COSName.ACRO_FORM)) {
            dropped.add("form fields");
        }
        var names = catalog.getCOSDictionary(COSName.NAMES);
        if (names != null && names.containsKey(COSName.JAVA_SCRIPT) || catalog.containsKey(COSName.getPDFName("JavaScript"))) {
            dropped.add("JavaScript");
        }
        if (catalog.containsKey(COSName.OPEN_ACTION) || catalog.containsKey(COSName.AA) || page.getCOSObject().containsKey(COSName.AA)) {
            dropped.add("actions");
        }
        if (content.markedContent()) {
            dropped.add("tags and layers (marked content)");
        }
        return dropped;
    }

    /**
     * The ad as placed: its first page alone, media and crop box at the trim (the form made of it
     * is clipped there), marked content taken out of its content, sRGB declared for its RGB.
     */
    private static byte[] placed(PDDocument doc, PDPage page, PDRectangle trim) throws IOException {
        while (doc.getNumberOfPages() > 1) {
            doc.removePage(doc.getNumberOfPages() - 1);
        }
        page.setMediaBox(trim);
        page.setCropBox(trim);
        page.getCOSObject().removeItem(COSName.BLEED_BOX);
        page.getCOSObject().removeItem(COSName.ART_BOX);
        page.getCOSObject().removeItem(COSName.ANNOTS);
        page.getCOSObject().removeItem(COSName.AA);
        var catalog = doc.getDocumentCatalog().getCOSObject();
        for (COSName key : new COSName[] {COSName.ACRO_FORM, COSName.NAMES, COSName.OPEN_ACTION, COSName.AA, COSName.OUTLINES,
                COSName.STRUCT_TREE_ROOT, COSName.MARK_INFO, COSName.OCPROPERTIES}) {
            catalog.removeItem(key);
        }
        unmark(doc, page, new Inspection());
        declareSrgb(doc, page.getResources(), new Inspection());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        doc.save(out, CompressParameters.NO_COMPRESSION);
        return out.toByteArray();
    }

    /** Rewrites the page's content and its forms' without marked-content operators (BMC, BDC, EMC, MP, DP). */
    private static void unmark(PDDocument doc, PDPage page, Inspection seen) throws IOException {
        byte[] content;
        try (InputStream in = page.getContents()) {
            content = unmarked(in);
        }
        page.setContents(new PDStream(doc, new java.io.ByteArrayInputStream(content), COSName.FLATE_DECODE));
        unmarkForms(page.getResources(), seen);
        page.getCOSObject().removeItem(COSName.STRUCT_PARENTS);
    }

    private static void unmarkForms(PDResources resources, Inspection seen) throws IOException {
        if (resources == null || !seen.visit(resources.getCOSObject())) {
            return;
        }
        resources.getCOSObject().removeItem(COSName.PROPERTIES);
        for (COSName name : resources.getXObjectNames()) {
            if (resources.getXObject(name) instanceof PDFormXObject form) {
                byte[] content;
                try (InputStream in = form.getContents()) {
                    content = unmarked(in);
                }
                try (var out = form.getContentStream().createOutputStream(COSName.FLATE_DECODE)) {
                    out.write(content);
                }
                form.getCOSObject().removeItem(COSName.STRUCT_PARENT);
                form.getCOSObject().removeItem(COSName.STRUCT_PARENTS);
                unmarkForms(form.getResources(), seen);
            }
        }
    }

    static final Set<String> MARKING = Set.of("BMC", "BDC", "EMC", "MP", "DP");

    /** sRGB (IEC 61966-2.1), the profile an ad's device RGB is taken to be in. */
    private static final byte[] SRGB = srgb();

    private static byte[] srgb() {
        try (InputStream in = AdFile.class.getResourceAsStream("/icc/sRGB.icc")) {
            if (in == null) {
                throw new IllegalStateException("missing colour profile /icc/sRGB.icc");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * Declares sRGB as the default RGB of the ad's page and of every form in it: device RGB in
     * the ad is then colour managed wherever the page places it (a form's own resources are where
     * a reader looks for it).
     */
    private static void declareSrgb(PDDocument doc, PDResources resources, Inspection seen) throws IOException {
        if (resources == null || !seen.visit(resources.getCOSObject())) {
            return;
        }
        var stream = doc.getDocument().createCOSStream();
        stream.setInt(COSName.N, 3);
        stream.setItem(COSName.ALTERNATE, COSName.DEVICERGB);
        try (var out = stream.createOutputStream(COSName.FLATE_DECODE)) {
            out.write(SRGB);
        }
        org.apache.pdfbox.cos.COSArray icc = new org.apache.pdfbox.cos.COSArray();
        icc.add(COSName.ICCBASED);
        icc.add(stream);
        declare(resources, icc, seen);
    }

    private static void declare(PDResources resources, org.apache.pdfbox.cos.COSArray icc, Inspection seen) throws IOException {
        resources.put(COSName.getPDFName("DefaultRGB"), org.apache.pdfbox.pdmodel.graphics.color.PDICCBased.create(icc, null));
        for (COSName name : resources.getXObjectNames()) {
            if (resources.getXObject(name) instanceof PDFormXObject form && form.getResources() != null
                    && seen.visit(form.getResources().getCOSObject())) {
                declare(form.getResources(), icc, seen);
            }
        }
    }

    private static byte[] unmarked(InputStream content) throws IOException {
        byte[] bytes = content.readAllBytes();
        PDFStreamParser parser = new PDFStreamParser(bytes);
        List<Object> tokens = parser.parse();
        List<Object> kept = new ArrayList<>(tokens.size());
        List<Object> operands = new ArrayList<>();
        for (Object t : tokens) {
            if (t instanceof Operator op) {
                if (!MARKING.contains(op.getName())) {
                    kept.addAll(operands);
                    kept.add(op);
                }
                operands.clear();
            } else {
                operands.add(t);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length);
        new ContentStreamWriter(out).writeTokens(kept);
        return out.toByteArray();
    }

    /** The trim, as the booking speaks of it: {@code 120.0 × 80.5 mm}. */
    public String size() {
        return String.format(Locale.ROOT, "%.1f × %.1f mm", Units.ptToMm(widthPt), Units.ptToMm(heightPt));
    }

    /** Objects already visited, by identity: resources shared by forms, and loops in a hostile file, are walked once. */
    static final class Inspection {
        private final java.util.Set<Object> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

        boolean visit(Object o) {
            if (seen.size() > MAX_FORMS) {
                throw new IllegalStateException("more than " + MAX_FORMS + " nested resources");
            }
            return seen.add(o);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AdFile a && a.path.equals(path) && java.util.Objects.equals(a.sha256, sha256);
    }

    @Override
    public int hashCode() {
        return path.hashCode();
    }

    @Override
    public String toString() {
        return "AdFile[" + path + ", " + format + (format == Format.PDF ? " " + size() : "") + ", " + notes.size() + " notes]";
    }
}
