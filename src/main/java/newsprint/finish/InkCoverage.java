package newsprint.finish;

import java.awt.Color;
import java.awt.Paint;
import java.awt.RenderingHints;
import java.awt.geom.GeneralPath;
import org.apache.pdfbox.pdmodel.font.PDVectorFont;
import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.awt.image.DataBufferInt;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.awt.image.WritableRaster;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.fontbox.util.BoundingBox;
import org.apache.pdfbox.filter.DecodeOptions;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.blend.BlendMode;
import org.apache.pdfbox.pdmodel.graphics.state.PDGraphicsState;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.rendering.RenderDestination;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;
import org.apache.pdfbox.pdmodel.graphics.color.PDColor;
import org.apache.pdfbox.pdmodel.graphics.color.PDColorSpace;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceN;
import org.apache.pdfbox.pdmodel.graphics.color.PDIndexed;
import org.apache.pdfbox.pdmodel.graphics.color.PDPattern;
import org.apache.pdfbox.pdmodel.graphics.color.PDSeparation;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.rendering.PageDrawer;
import org.apache.pdfbox.rendering.PageDrawerParameters;

/**
 * How much ink a print PDF puts on each plate: cyan, magenta, yellow and black, each as a
 * percentage of the trimmed page (100 % would be the plate inked all over), and, per picture,
 * the highest total ink it lays down. The page is drawn twice at {@link #DPI} by PDFBox with
 * every colour taken as the ink it prints with: the first time cyan, magenta and yellow as
 * three channels, the second black, each channel holding the ink left unprinted (so the white
 * paper is empty). Grey is black ink; RGB and Lab (what a plant would convert) are taken through
 * the press profile; a spot colour counts as the process inks of its alternate. Shading and
 * pattern fills are measured as their RGB converted the plain way (C = 1 − R …), an
 * approximation: newsprint itself paints none, an ad may.
 */
public final class InkCoverage {
    /** Resolution of the measuring drawing: type is measured by its anti-aliased coverage, exactly enough for a percentage. */
    static final float DPI = 50;

    /** One picture's highest total ink, percent; NaN when it could not be read. */
    public record PictureInk(String name, int widthPx, int heightPx, double maxInkPercent) {
    }

    /** The plates' coverage, percent of the trim, the press's ink limit, and the page's pictures. */
    public record Report(double cyan, double magenta, double yellow, double black, int inkLimit, List<PictureInk> pictures) {
        /** The pictures whose highest total ink is over the limit. */
        public List<PictureInk> overLimit() {
            return pictures.stream().filter(p -> p.maxInkPercent() > inkLimit + 0.5).toList();
        }

        /** Coverage as the check prints it: {@code C 3.1 % M 2.8 % Y 2.9 % K 18.4 %}. */
        public String plates() {
            return String.format(java.util.Locale.ROOT, "C %.1f %% M %.1f %% Y %.1f %% K %.1f %%", cyan, magenta, yellow, black);
        }
    }

    private InkCoverage() {
    }

    /** Measures the first page of the print PDF {@code pdf}, converting what the plant would through {@code press}'s profile. */
    public static Report measure(byte[] pdf, Press press) throws IOException {
        return measure(pdf, press, true);
    }

    /** {@link #measure(byte[], Press)}, with the glyphs drawn one by one when {@code stamps} is false (the tests compare the two). */
    static Report measure(byte[] pdf, Press press, boolean stamps) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDPage page = doc.getPage(0);
            page.setCropBox(page.getTrimBox());
            withoutToUnicode(page.getResources());
            int[] grid = press.profile().limitedCmyk(400);
            // each picture is decoded once for the three uses below (two drawings and its highest ink)
            Map<COSBase, Inks> decoded = new IdentityHashMap<>();
            // and each glyph's outline is read from its font once for both drawings
            Map<PDFont, FontGlyphs> glyphs = new IdentityHashMap<>();
            double[] cmy = coverage(doc, grid, 0, decoded, glyphs, stamps);
            double[] k = coverage(doc, grid, 1, decoded, glyphs, stamps);
            return new Report(cmy[0], cmy[1], cmy[2], k[0], press.inkLimit(), pictures(page, grid, decoded));
        }
    }

    /**
     * Takes the ToUnicode map out of the page's own embedded TrueType fonts (the type newsprint
     * sets), in this measure's copy of the plate only: drawing a glyph does not look at it, and
     * PDFBox reads each one, a CMap of every character the font sets, when it meets the font. A font
     * of an ad (inside its form's resources) keeps it: one whose file PDFBox cannot read is drawn
     * with a stand-in found through the map.
     */
    private static void withoutToUnicode(PDResources resources) {
        COSDictionary fonts = resources == null ? null : resources.getCOSObject().getCOSDictionary(COSName.FONT);
        if (fonts == null) {
            return;
        }
        for (COSName name : fonts.keySet()) {
            if (!(fonts.getDictionaryObject(name) instanceof COSDictionary font) || !COSName.TYPE0.equals(font.getCOSName(COSName.SUBTYPE))) {
                continue;
            }
            COSArray descendants = font.getCOSArray(COSName.DESCENDANT_FONTS);
            COSDictionary descriptor = descendants != null && descendants.size() == 1 && descendants.getObject(0) instanceof COSDictionary cid
                    && COSName.CID_FONT_TYPE2.equals(cid.getCOSName(COSName.SUBTYPE)) ? cid.getCOSDictionary(COSName.FONT_DESC) : null;
            if (descriptor != null && descriptor.getCOSStream(COSName.FONT_FILE2) != null) {
                font.removeItem(COSName.TO_UNICODE);
            }
        }
    }

    /** Mean ink of each channel of a pass, percent. */
    private static double[] coverage(PDDocument doc, int[] grid, int pass, Map<COSBase, Inks> decoded, Map<PDFont, FontGlyphs> glyphs,
                                     boolean stamped) throws IOException {
        BufferedImage[] target = new BufferedImage[1];
        // optional content may hide what a stamp would not know to hide: such pages are drawn glyph by glyph
        boolean stamps = stamped && doc.getDocumentCatalog().getOCProperties() == null;
        PDFRenderer renderer = new PDFRenderer(doc) {
            @Override
            protected PageDrawer createPageDrawer(PageDrawerParameters parameters) throws IOException {
                return new InkDrawer(parameters, grid, pass, decoded, glyphs, target[0], stamps);
            }
        };
        renderer.setSubsamplingAllowed(true);
        PDPage page = doc.getPage(0);
        BufferedImage image;
        if (page.getRotation() == 0 && !blends(doc)) {
            // drawn on a picture of our own, sized as PDFBox sizes it, so the drawer can see what is already there
            float scale = DPI / 72;
            PDRectangle crop = page.getCropBox();
            image = new BufferedImage((int) Math.max(Math.floor(crop.getWidth() * scale), 1), (int) Math.max(Math.floor(crop.getHeight() * scale), 1),
                    BufferedImage.TYPE_INT_RGB);
            target[0] = image;
            Graphics2D g = image.createGraphics();
            try {
                g.setBackground(Color.WHITE);
                g.clearRect(0, 0, image.getWidth(), image.getHeight());
                renderer.renderPageToGraphics(0, g, scale, scale, RenderDestination.EXPORT);
            } finally {
                g.dispose();
            }
        } else {
            image = renderer.renderImageWithDPI(0, DPI, ImageType.RGB);
        }
        long[] sums = new long[3];
        int w = image.getWidth();
        int h = image.getHeight();
        // the pixels as they are stored (0xRRGGBB ints) when they are, else row by row through the colour model
        int[] pixels = image.getType() == BufferedImage.TYPE_INT_RGB ? ((DataBufferInt) image.getRaster().getDataBuffer()).getData() : null;
        int[] row = pixels != null ? pixels : new int[w];
        for (int y = 0; y < h; y++) {
            int from = pixels != null ? y * w : 0;
            if (pixels == null) {
                image.getRGB(0, y, w, 1, row, 0, w);
            }
            // red and blue summed together in one int, in runs short enough that blue's sum stays under red's bits
            for (int i = from, end = from + w; i < end; ) {
                int redBlue = 0;
                int green = 0;
                for (int run = Math.min(end, i + 256); i < run; i++) {
                    int p = row[i];
                    redBlue += p & 0xFF00FF;
                    green += p & 0xFF00;
                }
                sums[0] += redBlue >>> 16;
                sums[1] += green >>> 8;
                sums[2] += redBlue & 0xFFFF;
            }
        }
        // each channel's ink is 255 less its value
        long paper = 255L * w * h;
        for (int c = 0; c < 3; c++) {
            sums[c] = paper - sums[c];
        }
        double area = (double) w * h * 255;
        return new double[] {100 * sums[0] / area, 100 * sums[1] / area, 100 * sums[2] / area};
    }

    /**
     * Whether anything in {@code doc} blends other than normally: PDFBox then draws the page on a
     * transparent picture of its own (see {@code PDFRenderer.renderImage}), and so does this measure.
     */
    private static boolean blends(PDDocument doc) {
        for (COSObjectKey key : doc.getDocument().getXrefTable().keySet()) {
            if (blends(doc.getDocument().getObjectFromPool(key).getObject())) {
                return true;
            }
        }
        return blends(doc.getDocument().getTrailer());
    }

    /** Whether {@code object} or a direct object inside it names a blend mode other than normal (indirect ones are looked at on their own). */
    private static boolean blends(COSBase object) {
        if (object instanceof COSDictionary dict) {
            COSBase mode = dict.getDictionaryObject(COSName.BM);
            if (mode != null && !COSName.NORMAL.equals(mode) && !COSName.COMPATIBLE.equals(mode)) {
                return true;
            }
            for (COSBase value : dict.getValues()) {
                if (!(value instanceof COSObject) && blends(value)) {
                    return true;
                }
            }
        } else if (object instanceof COSArray array) {
            for (COSBase value : array) {
                if (!(value instanceof COSObject) && blends(value)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The page's own pictures with their highest total ink as they print (RGB as the profile would make it). */
    private static List<PictureInk> pictures(PDPage page, int[] grid, Map<COSBase, Inks> decoded) throws IOException {
        List<PictureInk> out = new ArrayList<>();
        PDResources resources = page.getResources();
        if (resources == null) {
            return out;
        }
        List<COSName> names = new ArrayList<>();
        resources.getXObjectNames().forEach(names::add);
        names.sort((a, b) -> a.getName().compareTo(b.getName()));
        for (COSName name : names) {
            if (resources.getXObject(name) instanceof PDImageXObject image && !image.isStencil()) {
                double most;
                try {
                    most = decoded(image, grid, decoded).maxTotal() * 100.0 / 255;
                } catch (IOException | RuntimeException unreadable) {
                    most = Double.NaN;
                }
                out.add(new PictureInk(name.getName(), image.getWidth(), image.getHeight(), most));
            }
        }
        return out;
    }

    /**
     * A picture's four inks (0 to 255 each, C M Y K per pixel, rows top down) at full resolution,
     * never written once made, and their highest total when it is known already (else −1).
     */
    record Inks(int width, int height, byte[] cmyk, int knownMaxTotal) {
        Inks(int width, int height, byte[] cmyk) {
            this(width, height, cmyk, -1);
        }

        /** The highest sum of the four inks over every pixel, 0 to 1020. */
        int maxTotal() {
            if (knownMaxTotal >= 0) {
                return knownMaxTotal;
            }
            int max = 0;
            for (int i = 0; i < cmyk.length; i += 4) {
                int total = (cmyk[i] & 255) + (cmyk[i + 1] & 255) + (cmyk[i + 2] & 255) + (cmyk[i + 3] & 255);
                if (total > max) {
                    max = total;
                }
            }
            return max;
        }

        /** The part of {@code region} (pixels; null: all) that lies on the picture. */
        Rectangle within(Rectangle region) {
            Rectangle all = new Rectangle(0, 0, width, height);
            return region == null ? all : region.intersection(all);
        }
    }

    /**
     * The stored bytes of a picture compressed with Flate alone (how newsprint stores a converted
     * photo); null for any other picture.
     */
    private static byte[] flateOnly(PDImage image) throws IOException {
        if (!(image.getCOSObject() instanceof org.apache.pdfbox.cos.COSStream stream)
                || !COSName.FLATE_DECODE.equals(stream.getDictionaryObject(COSName.FILTER, COSName.F))
                || stream.getDictionaryObject(COSName.DECODE_PARMS, COSName.DP) != null) {
            return null;
        }
        try (InputStream in = stream.createRawInputStream()) {
            return in.readAllBytes();
        }
    }

    /**
     * The Flate-compressed samples {@code raw} inflated straight into an array of {@code size};
     * null when the stream is damaged or short, which PDFBox's filters then read as a viewer would.
     */
    private static byte[] inflated(byte[] raw, int size) {
        java.util.zip.Inflater inflater = new java.util.zip.Inflater();
        try {
            inflater.setInput(raw);
            byte[] out = new byte[size];
            int at = 0;
            while (at < size && !inflater.finished() && !inflater.needsInput() && !inflater.needsDictionary()) {
                at += inflater.inflate(out, at, size - at);
            }
            return at == size ? out : null;
        } catch (java.util.zip.DataFormatException damaged) {
            return null;
        } finally {
            inflater.end();
        }
    }

    /** {@code image}'s inks, decoded on first use and kept in {@code decoded} under the image's stream. */
    private static Inks decoded(PDImage image, int[] grid, Map<COSBase, Inks> decoded) throws IOException {
        COSBase key = image.getCOSObject();
        Inks inks = decoded.get(key);
        if (inks == null) {
            inks = inks(image, grid);
            decoded.put(key, inks);
        }
        return inks;
    }

    /**
     * The picture's pixels as the four inks: 8-bit CMYK as stored (decode array applied), 8-bit
     * grey as black, read from the decoded stream in one piece; anything else as PDFBox shows it
     * in RGB, through the profile's grid.
     */
    static Inks inks(PDImage image, int[] grid) throws IOException {
        PDColorSpace cs = image.getColorSpace();
        int n = cs.getNumberOfComponents();
        int w = image.getWidth();
        int h = image.getHeight();
        if ((n == 4 || n == 1) && !(cs instanceof PDIndexed) && image.getBitsPerComponent() == 8 && w > 0 && h > 0) {
            int size = Math.multiplyExact(Math.multiplyExact(w, h), n);
            byte[] raw = flateOnly(image);
            boolean plain = image.getDecode() == null || image.getDecode().size() == 0;
            // a photo this process converted for the plate (no decode array): its samples and highest ink as the conversion left them
            PlateColour.Known known = raw != null && plain ? PlateColour.made(raw, w, h, n) : null;
            byte[] samples = known != null && known.samples() != null ? known.samples() : raw != null ? inflated(raw, size) : null;
            int knownMax = known != null ? known.mostInk() : -1;
            if (samples == null) {
                knownMax = -1;
                try (InputStream in = image.createInputStream()) {
                    samples = in.readNBytes(size);
                }
            }
            if (samples.length == w * h * n) {
                float[] decode = image.getDecode() != null && image.getDecode().size() >= 2 ? image.getDecode().toFloatArray() : null;
                boolean inverted = decode != null && decode[0] > decode[1];
                if (n == 4) {
                    if (inverted) {
                        for (int i = 0; i < samples.length; i++) {
                            samples[i] = (byte) ~samples[i];
                        }
                    }
                    return new Inks(w, h, samples, knownMax);
                }
                byte[] cmyk = new byte[w * h * 4];
                for (int i = 0, o = 3; i < samples.length; i++, o += 4) {
                    cmyk[o] = inverted ? samples[i] : (byte) ~samples[i];
                }
                return new Inks(w, h, cmyk, knownMax);
            }
            // a short stream: PDFBox's own reading below pads it as a viewer would
        }
        BufferedImage rgb = image.getImage();
        int rw = rgb.getWidth();
        int rh = rgb.getHeight();
        byte[] cmyk = new byte[rw * rh * 4];
        int[] row = new int[rw];
        int[] ink = new int[4];
        for (int y = 0, o = 0; y < rh; y++) {
            rgb.getRGB(0, y, rw, 1, row, 0, rw);
            for (int p : row) {
                PlateColour.interpolate(grid, 4, (p >> 16) & 255, (p >> 8) & 255, p & 255, ink);
                cmyk[o++] = (byte) ink[0];
                cmyk[o++] = (byte) ink[1];
                cmyk[o++] = (byte) ink[2];
                cmyk[o++] = (byte) ink[3];
            }
        }
        return new Inks(rw, rh, cmyk);
    }

    /**
     * A glyph's identity for the stamps and its outline in glyph space, read from its font when a
     * stamp is first made from it (a glyph whose stamps are all made already is not read at all);
     * {@link #NONE} for a code the font has no outline for.
     */
    private static final class Glyph {
        static final Glyph NONE = new Glyph(null, 0, null, null);
        private final PDVectorFont font;
        private final int code;
        final GlyphStamps.Outline outline;
        private GeneralPath path;
        /**
         * The mask last stamped and the scales it was made at (pixels per glyph-space unit): a
         * page sets most of a glyph's occurrences at one size, and this finds their mask without
         * hashing a key into the shared store each time.
         */
        private GlyphStamps.Mask mask;
        private float maskScaleX;
        private float maskScaleY;

        Glyph(PDVectorFont font, int code, GlyphStamps.Outline outline, GeneralPath path) {
            this.font = font;
            this.code = code;
            this.outline = outline;
            this.path = path;
        }

        GeneralPath path() {
            if (path == null) {
                try {
                    path = font.getNormalizedPath(code);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
            return path;
        }

        /** Its mask at scales {@code sx}, {@code sy}, filled with {@code hints} (the same for every glyph of a drawing). */
        GlyphStamps.Mask mask(float sx, float sy, RenderingHints hints) {
            if (mask == null || Float.floatToIntBits(sx) != Float.floatToIntBits(maskScaleX)
                    || Float.floatToIntBits(sy) != Float.floatToIntBits(maskScaleY)) {
                mask = GlyphStamps.mask(this::path, outline, sx, sy, hints);
                maskScaleX = sx;
                maskScaleY = sy;
            }
            return mask;
        }
    }

    /**
     * A font's glyphs met so far, by character code (a glyph ID of the whole face, up to 65,535 in
     * a CJK face): a table of open addressing, in which a glyph shown is found without boxing its code.
     */
    private static final class FontGlyphs {
        private int[] codes = new int[64];
        private Glyph[] glyphs = new Glyph[64];
        private int count;

        /** The glyph of {@code code}, or null when it is not met yet. */
        Glyph get(int code) {
            int mask = codes.length - 1;
            for (int i = slot(code, mask); glyphs[i] != null; i = (i + 1) & mask) {
                if (codes[i] == code) {
                    return glyphs[i];
                }
            }
            return null;
        }

        /** Keeps {@code glyph} for {@code code}, which is not met yet. */
        void put(int code, Glyph glyph) {
            if (2 * (count + 1) > codes.length) {
                int[] oldCodes = codes;
                Glyph[] oldGlyphs = glyphs;
                codes = new int[oldCodes.length * 2];
                glyphs = new Glyph[oldCodes.length * 2];
                for (int i = 0; i < oldCodes.length; i++) {
                    if (oldGlyphs[i] != null) {
                        place(oldCodes[i], oldGlyphs[i]);
                    }
                }
            }
            place(code, glyph);
            count++;
        }

        private void place(int code, Glyph glyph) {
            int mask = codes.length - 1;
            int i = slot(code, mask);
            while (glyphs[i] != null) {
                i = (i + 1) & mask;
            }
            codes[i] = code;
            glyphs[i] = glyph;
        }

        /** Where a code's search starts: its bits mixed (codes of one script lie close together). */
        private static int slot(int code, int mask) {
            return (code * 0x9E3779B9 >>> 16) & mask;
        }
    }

    /** The outline identities of glyphs met on earlier plates, by what makes the outline (see {@link GlyphBytes}); bounded. */
    private static final java.util.concurrent.ConcurrentHashMap<GlyphBytes, GlyphStamps.Outline> OUTLINES =
            new java.util.concurrent.ConcurrentHashMap<>();
    private static final int MOST_OUTLINES = 50_000;

    /**
     * Everything a TrueType glyph's normalised outline is made from: its simple glyph's stored
     * bytes (checked to hold every point they declare, so the parser reads nothing past them), its
     * left side bearing and its font's units per em. Each page embeds its own subset of a face,
     * with its own font objects, but a glyph's bytes are the same in every subset: the same bytes
     * give the same outline, and the outline need not be read and hashed again on every plate.
     */
    private record GlyphBytes(byte[] data, int leftSideBearing, int unitsPerEm) {
        @Override
        public boolean equals(Object o) {
            return o instanceof GlyphBytes g && g.leftSideBearing == leftSideBearing && g.unitsPerEm == unitsPerEm
                    && java.util.Arrays.equals(g.data, data);
        }

        @Override
        public int hashCode() {
            return (java.util.Arrays.hashCode(data) * 31 + leftSideBearing) * 31 + unitsPerEm;
        }
    }

    /** Forgets the glyphs met on earlier plates and their stamps (the tests measure a plate as a fresh process would). */
    static void forgetGlyphs() {
        OUTLINES.clear();
        GlyphStamps.forget();
    }

    /** Whether {@code g} is a simple glyph (contours, not components) whose flags and coordinates all lie within it. */
    static boolean simpleAndWhole(byte[] g) {
        if (g.length < 10) {
            return false;
        }
        int contours = (short) ((g[0] & 255) << 8 | g[1] & 255);
        if (contours < 0) {
            return false;
        }
        int at = 10;
        if (contours == 0) {
            return true;
        }
        if (at + 2 * contours + 2 > g.length) {
            return false;
        }
        int points = ((g[at + 2 * contours - 2] & 255) << 8 | g[at + 2 * contours - 1] & 255) + 1;
        at += 2 * contours;
        at += 2 + ((g[at] & 255) << 8 | g[at + 1] & 255);
        long xBytes = 0;
        long yBytes = 0;
        for (int count = 0; count < points; ) {
            if (at >= g.length) {
                return false;
            }
            int flag = g[at++] & 255;
            int times = 1;
            if ((flag & 8) != 0) {
                if (at >= g.length) {
                    return false;
                }
                times += g[at++] & 255;
            }
            count += times;
            xBytes += (long) times * ((flag & 2) != 0 ? 1 : (flag & 16) != 0 ? 0 : 2);
            yBytes += (long) times * ((flag & 4) != 0 ? 1 : (flag & 32) != 0 ? 0 : 2);
        }
        return at + xBytes + yBytes <= g.length;
    }

    /** An embedded TrueType CID font's file as the glyph parser reads it: its bytes, glyph table, locations and metrics. */
    private record FontBytes(org.apache.pdfbox.pdmodel.font.PDCIDFontType2 font, byte[] file, long glyf, long[] offsets, int glyphs,
                             org.apache.fontbox.ttf.HorizontalMetricsTable metrics, int unitsPerEm) {
        /** Null for any other font (the glyphs are then read from the font each time a plate is measured). */
        static FontBytes of(PDFont font) {
            try {
                if (!(font instanceof org.apache.pdfbox.pdmodel.font.PDType0Font type0)
                        || !(type0.getDescendantFont() instanceof org.apache.pdfbox.pdmodel.font.PDCIDFontType2 cid)
                        || !cid.isEmbedded() || cid.isDamaged()) {
                    return null;
                }
                org.apache.fontbox.ttf.TrueTypeFont ttf = cid.getTrueTypeFont();
                if (ttf == null || ttf instanceof org.apache.fontbox.ttf.OpenTypeFont otf && otf.isPostScript()
                        || ttf.getIndexToLocation() == null || ttf.getTableMap().get("glyf") == null) {
                    return null;
                }
                byte[] file;
                try (InputStream in = ttf.getOriginalData()) {
                    file = in.readAllBytes();
                }
                return new FontBytes(cid, file, ttf.getTableMap().get("glyf").getOffset(), ttf.getIndexToLocation().getOffsets(),
                        ttf.getNumberOfGlyphs(), ttf.getHorizontalMetrics(), ttf.getUnitsPerEm());
            } catch (IOException | RuntimeException unusual) {
                return null;
            }
        }

        /** What glyph {@code code}'s outline is made from, or null when it is not a simple glyph whole in its bytes. */
        GlyphBytes glyph(int code) throws IOException {
            int gid = font.codeToGID(code);
            if (gid < 0 || gid >= glyphs || gid + 1 >= offsets.length) {
                return null;
            }
            long from = glyf + offsets[gid];
            long to = glyf + offsets[gid + 1];
            if (from < 0 || to < from || to > file.length) {
                return null;
            }
            byte[] data = java.util.Arrays.copyOfRange(file, (int) from, (int) to);
            if (data.length > 0 && !simpleAndWhole(data)) {
                return null;
            }
            return new GlyphBytes(data, metrics == null ? 0 : metrics.getLeftSideBearing(gid), unitsPerEm);
        }

    }

    /** A page drawer that paints each colour as the inks it prints with (see the class comment). */
    private static final class InkDrawer extends PageDrawer {
        /** Around a glyph's box, in 1000ths of its em, in case a font's box is drawn too tight. */
        private static final float GLYPH_BOX_MARGIN = 100;

        private final int[] grid;
        private final int pass;
        private final Map<COSBase, Inks> decoded;
        /** The picture drawn on, when the drawer may look at it (null when PDFBox keeps it). */
        private final BufferedImage target;
        /** The page's own graphics, as opposed to a transparency group's. */
        private Graphics2D page;
        /** Whether glyphs may be stamped: not on a page with optional content, which may hide some. */
        private final boolean stamps;
        /** Each font's glyph outlines met so far, with their identities for the stamps (shared by the page's two drawings). */
        private final Map<PDFont, FontGlyphs> glyphs;
        /** The font of the glyph last stamped, its glyphs and its font matrix (glyph space to text space): a line of type is set in one font. */
        private PDFont lastFont;
        private FontGlyphs lastGlyphs;
        private AffineTransform lastFontMatrix;
        /** Each font's file, read once per drawing for the glyphs' bytes (empty: not a font whose glyphs are known by them). */
        private final Map<PDFont, java.util.Optional<FontBytes>> fontBytes = new IdentityHashMap<>();
        /** The clip last looked at (its paths, how many) and its rectangle in pixels (null: not a rectangle). */
        private List<java.awt.geom.Path2D> clipsSeen;
        private int clipsSeenSize;
        private Rectangle2D clipSeen;
        private RenderingHints hints;
        /** The fill colour of the glyph last stamped and its paint: a colour is set once for many glyphs (its components never change). */
        private PDColor lastFill;
        private Paint lastFillPaint;

        InkDrawer(PageDrawerParameters parameters, int[] grid, int pass, Map<COSBase, Inks> decoded, Map<PDFont, FontGlyphs> glyphs,
                  BufferedImage target, boolean stamps) throws IOException {
            super(parameters);
            this.glyphs = glyphs;
            this.grid = grid;
            this.pass = pass;
            this.decoded = decoded;
            this.target = target;
            this.stamps = stamps;
        }

        @Override
        public void drawPage(Graphics2D g, PDRectangle pageSize) throws IOException {
            page = g;
            super.drawPage(g, pageSize);
        }

        /**
         * Stamps a glyph where it can ({@link #stamped}: the stamp lays down what drawing it
         * would, and a glyph with no ink of this pass, on white paper, leaves the paper white);
         * else draws it unless it would leave the picture as it is: filled with no ink of this
         * pass (black type in the colour pass, coloured type in the black pass), blending
         * normally, on paper still white all around it. Type is most of what a page draws, and
         * most of it has ink in one pass only.
         */
        @Override
        protected void showFontGlyph(Matrix textRenderingMatrix, PDFont font, int code, Vector displacement) throws IOException {
            if (!stamped(textRenderingMatrix, font, code) && !unchanged(textRenderingMatrix, font)) {
                super.showFontGlyph(textRenderingMatrix, font, code, displacement);
            }
        }

        /**
         * Draws a glyph as a stamp ({@link GlyphStamps}) when it is drawn plainly: filled, in a
         * solid colour, opaque, blending normally, on the page's own picture, upright (scaled
         * and moved only), from an embedded font, inside a rectangular clip, on a page without
         * optional content. Returns false when it is not, and draws nothing then.
         */
        private boolean stamped(Matrix textRenderingMatrix, PDFont font, int code) throws IOException {
            PDGraphicsState state = getGraphicsState();
            if (!stamps || target == null || getGraphics() != page || !(font instanceof PDVectorFont vector) || !font.isEmbedded()
                    || state.getTextState().getRenderingMode() != RenderingMode.FILL || state.getBlendMode() != BlendMode.NORMAL
                    || state.getSoftMask() != null || state.getNonStrokeAlphaConstant() != 1) {
                return false;
            }
            PDColor fill = state.getNonStrokingColor();
            if (fill != lastFill) {
                lastFillPaint = getPaint(fill);
                lastFill = fill;
            }
            if (!(lastFillPaint instanceof Color colour)) {
                return false;
            }
            if (font != lastFont) {
                lastGlyphs = glyphs.computeIfAbsent(font, f -> new FontGlyphs());
                lastFontMatrix = font.getFontMatrix().createAffineTransform();
                lastFont = font;
            }
            // the graphics' transform is a copy of its own
            AffineTransform at = getGraphics().getTransform();
            at.concatenate(textRenderingMatrix.createAffineTransform());
            at.concatenate(lastFontMatrix);
            if ((at.getType() & (AffineTransform.TYPE_GENERAL_ROTATION | AffineTransform.TYPE_QUADRANT_ROTATION
                    | AffineTransform.TYPE_GENERAL_TRANSFORM)) != 0) {
                return false;
            }
            FontGlyphs known = lastGlyphs;
            Glyph glyph = known.get(code);
            if (glyph == null) {
                glyph = glyph(font, vector, code);
                known.put(code, glyph);
            }
            if (glyph == Glyph.NONE) {
                return false;
            }
            Rectangle2D clip = deviceClip();
            if (clip == null) {
                return false;
            }
            if (hints == null) {
                hints = getGraphics().getRenderingHints();
            }
            try {
                return GlyphStamps.stamp(target, clip, glyph.mask((float) at.getScaleX(), (float) at.getScaleY(), hints), at,
                        colour.getRGB() & 0xFFFFFF);
            } catch (java.io.UncheckedIOException e) {
                throw e.getCause();
            }
        }

        /** Glyph {@code code} of {@code font}: its outline's identity known from an earlier plate when its bytes say it is the same. */
        private Glyph glyph(PDFont font, PDVectorFont vector, int code) throws IOException {
            FontBytes file = fontBytes.computeIfAbsent(font, f -> java.util.Optional.ofNullable(FontBytes.of(f))).orElse(null);
            GlyphBytes bytes = file == null ? null : file.glyph(code);
            GlyphStamps.Outline outline = bytes == null ? null : OUTLINES.get(bytes);
            if (outline != null) {
                return new Glyph(vector, code, outline, null);
            }
            GeneralPath path = vector.getNormalizedPath(code);
            if (path == null) {
                return Glyph.NONE;
            }
            outline = GlyphStamps.Outline.of(path);
            if (bytes != null) {
                if (OUTLINES.size() >= MOST_OUTLINES) {
                    OUTLINES.clear();
                }
                OUTLINES.put(bytes, outline);
            }
            return new Glyph(vector, code, outline, path);
        }

        /** The current clipping path in the picture's pixels when it is a rectangle, else null. */
        private Rectangle2D deviceClip() {
            PDGraphicsState state = getGraphicsState();
            List<java.awt.geom.Path2D> clips = state.getCurrentClippingPaths();
            if (clips != clipsSeen || clips.size() != clipsSeenSize) {
                java.awt.geom.Area area = state.getCurrentClippingPath();
                clipSeen = area.isRectangular() ? getGraphics().getTransform().createTransformedShape(area.getBounds2D()).getBounds2D() : null;
                clipsSeen = clips;
                clipsSeenSize = clips.size();
            }
            return clipSeen;
        }

        private boolean unchanged(Matrix textRenderingMatrix, PDFont font) throws IOException {
            PDGraphicsState state = getGraphicsState();
            if (target == null || getGraphics() != page || font.isVertical() || state.getTextState().getRenderingMode() != RenderingMode.FILL
                    || state.getBlendMode() != BlendMode.NORMAL || state.getSoftMask() != null) {
                return false;
            }
            float[] ink = ink(state.getNonStrokingColor());
            if (ink == null || (pass == 0 ? ink[0] + ink[1] + ink[2] : ink[3]) != 0) {
                return false;
            }
            BoundingBox box = font.getBoundingBox();
            if (box == null || !(box.getWidth() > 0) || !(box.getHeight() > 0)) {
                return false;
            }
            AffineTransform at = new AffineTransform(getGraphics().getTransform());
            at.concatenate(textRenderingMatrix.createAffineTransform());
            at.concatenate(font.getFontMatrix().createAffineTransform());
            // the box's corners in pixels and their bounds, as at.createTransformedShape(box).getBounds2D() gives them, without the shapes
            float left = box.getLowerLeftX() - GLYPH_BOX_MARGIN;
            float bottom = box.getLowerLeftY() - GLYPH_BOX_MARGIN;
            float width = box.getWidth() + 2 * GLYPH_BOX_MARGIN;
            float height = box.getHeight() + 2 * GLYPH_BOX_MARGIN;
            double[] corners = {left, bottom, (double) left + width, bottom, (double) left + width, (double) bottom + height,
                left, (double) bottom + height};
            at.transform(corners, 0, corners, 0, 4);
            double minX = Math.min(Math.min(corners[0], corners[2]), Math.min(corners[4], corners[6]));
            double maxX = Math.max(Math.max(corners[0], corners[2]), Math.max(corners[4], corners[6]));
            double minY = Math.min(Math.min(corners[1], corners[3]), Math.min(corners[5], corners[7]));
            double maxY = Math.max(Math.max(corners[1], corners[3]), Math.max(corners[5], corners[7]));
            int x0 = Math.max(0, (int) Math.floor(minX) - 1);
            int y0 = Math.max(0, (int) Math.floor(minY) - 1);
            // a rectangle's far edge is its corner plus its size
            int x1 = Math.min(target.getWidth(), (int) Math.ceil(minX + (maxX - minX)) + 1);
            int y1 = Math.min(target.getHeight(), (int) Math.ceil(minY + (maxY - minY)) + 1);
            int[] pixels = ((DataBufferInt) target.getRaster().getDataBuffer()).getData();
            int w = target.getWidth();
            for (int y = y0; y < y1; y++) {
                for (int x = x0, i = y * w + x0; x < x1; x++, i++) {
                    if ((pixels[i] & 0xFFFFFF) != 0xFFFFFF) {
                        return false;
                    }
                }
            }
            return true;
        }

        @Override
        protected Paint getPaint(PDColor color) throws IOException {
            float[] ink = ink(color);
            if (ink == null) {
                return super.getPaint(color);
            }
            return pass == 0 ? new Color(1 - ink[0], 1 - ink[1], 1 - ink[2]) : new Color(1 - ink[3], 1 - ink[3], 1 - ink[3]);
        }

        /** The four inks of a colour, 0 to 1, or null for a pattern. */
        private float[] ink(PDColor color) throws IOException {
            PDColorSpace cs = color.getColorSpace();
            float[] v = color.getComponents();
            if (cs instanceof PDPattern) {
                return null;
            }
            if (cs instanceof PDSeparation sep) {
                String name = sep.getColorantName();
                if (name.equals("Black")) {
                    return new float[] {0, 0, 0, v[0]};
                }
                if (name.equals("All")) {
                    return new float[] {v[0], v[0], v[0], v[0]};
                }
                if (name.equals("None")) {
                    return new float[] {0, 0, 0, 0};
                }
            }
            if (cs instanceof PDDeviceN dn) {
                List<String> names = dn.getColorantNames();
                if (names.stream().allMatch(k -> List.of("Cyan", "Magenta", "Yellow", "Black", "None").contains(k))) {
                    float[] ink = new float[4];
                    for (int i = 0; i < names.size() && i < v.length; i++) {
                        int at = List.of("Cyan", "Magenta", "Yellow", "Black").indexOf(names.get(i));
                        if (at >= 0) {
                            ink[at] = v[i];
                        }
                    }
                    return ink;
                }
            }
            int n = cs.getNumberOfComponents();
            if (!(cs instanceof PDIndexed) && !(cs instanceof PDSeparation) && !(cs instanceof PDDeviceN)) {
                if (n == 4 && v.length == 4) {
                    return v.clone();
                }
                if (n == 1 && v.length == 1) {
                    return new float[] {0, 0, 0, 1 - v[0]};
                }
            }
            float[] rgb = cs.toRGB(v);
            int[] ink = new int[4];
            PlateColour.interpolate(grid, 4, Math.round(rgb[0] * 255), Math.round(rgb[1] * 255), Math.round(rgb[2] * 255), ink);
            return new float[] {ink[0] / 255f, ink[1] / 255f, ink[2] / 255f, ink[3] / 255f};
        }

        @Override
        public void drawImage(PDImage image) throws IOException {
            super.drawImage(image.isStencil() ? image : new InkImage(image, grid, pass, decoded));
        }
    }

    /** A picture that shows as one pass's inks, its transparency kept. */
    private static final class InkImage implements PDImage {
        private final PDImage image;
        private final int[] grid;
        private final int pass;
        private final Map<COSBase, Inks> decoded;

        InkImage(PDImage image, int[] grid, int pass, Map<COSBase, Inks> decoded) {
            this.image = image;
            this.grid = grid;
            this.pass = pass;
            this.decoded = decoded;
        }

        @Override
        public BufferedImage getImage() throws IOException {
            return getImage(null, 1);
        }

        @Override
        public BufferedImage getImage(Rectangle region, int subsampling) throws IOException {
            Inks inks = decoded(image, grid, decoded);
            Rectangle r = inks.within(region);
            // every subsampling-th pixel of the region; none when it misses the picture, which then shows as one white pixel
            int sampledWidth = Math.max(0, (r.width + subsampling - 1) / subsampling);
            int sampledHeight = Math.max(0, (r.height + subsampling - 1) / subsampling);
            boolean none = sampledWidth == 0 || sampledHeight == 0;
            // only a masked picture needs PDFBox's own drawing, for its transparency
            COSDictionary dict = image.getCOSObject();
            BufferedImage shown = dict.containsKey(COSName.SMASK) || dict.containsKey(COSName.MASK) ? image.getImage(region, subsampling) : null;
            boolean alpha = shown != null && shown.getColorModel().hasAlpha();
            int w = Math.max(1, sampledWidth);
            int h = Math.max(1, sampledHeight);
            if (shown != null) {
                w = Math.min(w, shown.getWidth());
                h = Math.min(h, shown.getHeight());
            }
            BufferedImage out = new BufferedImage(w, h, alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
            byte[] from = inks.cmyk();
            // written straight into the picture's ints (0xAARRGGBB or 0xRRGGBB, as its type stores them)
            int[] to = ((DataBufferInt) out.getRaster().getDataBuffer()).getData();
            int[] alphaRow = alpha ? new int[w] : null;
            int c0 = pass == 0 ? 0 : 3;
            int c1 = pass == 0 ? 1 : 3;
            int c2 = pass == 0 ? 2 : 3;
            int step = subsampling * 4;
            for (int y = 0, o = 0; y < h; y++) {
                if (alpha) {
                    shown.getRGB(0, y, w, 1, alphaRow, 0, w);
                }
                for (int x = 0, i = none ? 0 : ((r.y + y * subsampling) * inks.width() + r.x) * 4; x < w; x++, i += step) {
                    int a = alpha ? alphaRow[x] >>> 24 : 255;
                    if (none) {
                        to[o++] = (a << 24) | 0xFFFFFF;
                        continue;
                    }
                    int red = 255 - (from[i + c0] & 255);
                    int g = 255 - (from[i + c1] & 255);
                    int b = 255 - (from[i + c2] & 255);
                    to[o++] = (a << 24) | (red << 16) | (g << 8) | b;
                }
            }
            return out;
        }

        @Override
        public WritableRaster getRawRaster() throws IOException {
            return image.getRawRaster();
        }

        @Override
        public BufferedImage getRawImage() throws IOException {
            return image.getRawImage();
        }

        @Override
        public BufferedImage getStencilImage(Paint paint) throws IOException {
            return image.getStencilImage(paint);
        }

        @Override
        public InputStream createInputStream() throws IOException {
            return image.createInputStream();
        }

        @Override
        public InputStream createInputStream(List<String> stopFilters) throws IOException {
            return image.createInputStream(stopFilters);
        }

        @Override
        public InputStream createInputStream(DecodeOptions options) throws IOException {
            return image.createInputStream(options);
        }

        @Override
        public boolean isEmpty() {
            return image.isEmpty();
        }

        @Override
        public boolean isStencil() {
            return false;
        }

        @Override
        public void setStencil(boolean isStencil) {
            throw new UnsupportedOperationException();
        }

        @Override
        public int getBitsPerComponent() {
            return image.getBitsPerComponent();
        }

        @Override
        public void setBitsPerComponent(int bitsPerComponent) {
            throw new UnsupportedOperationException();
        }

        @Override
        public PDColorSpace getColorSpace() throws IOException {
            return image.getColorSpace();
        }

        @Override
        public void setColorSpace(PDColorSpace colorSpace) {
            throw new UnsupportedOperationException();
        }

        @Override
        public int getHeight() {
            return image.getHeight();
        }

        @Override
        public void setHeight(int height) {
            throw new UnsupportedOperationException();
        }

        @Override
        public int getWidth() {
            return image.getWidth();
        }

        @Override
        public void setWidth(int width) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void setDecode(COSArray decode) {
            throw new UnsupportedOperationException();
        }

        @Override
        public COSArray getDecode() {
            return image.getDecode();
        }

        @Override
        public boolean getInterpolate() {
            return image.getInterpolate();
        }

        @Override
        public void setInterpolate(boolean value) {
            throw new UnsupportedOperationException();
        }

        @Override
        public String getSuffix() {
            return image.getSuffix();
        }

        @Override
        public COSDictionary getCOSObject() {
            return image.getCOSObject();
        }
    }
}
