package newsprint.finish;

import java.awt.Color;
import java.awt.Paint;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.awt.image.WritableRaster;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.filter.DecodeOptions;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
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
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDPage page = doc.getPage(0);
            page.setCropBox(page.getTrimBox());
            int[] grid = press.profile().limitedCmyk(400);
            double[] cmy = coverage(doc, grid, 0);
            double[] k = coverage(doc, grid, 1);
            return new Report(cmy[0], cmy[1], cmy[2], k[0], press.inkLimit(), pictures(page, grid));
        }
    }

    /** Mean ink of each channel of a pass, percent. */
    private static double[] coverage(PDDocument doc, int[] grid, int pass) throws IOException {
        PDFRenderer renderer = new PDFRenderer(doc) {
            @Override
            protected PageDrawer createPageDrawer(PageDrawerParameters parameters) throws IOException {
                return new InkDrawer(parameters, grid, pass);
            }
        };
        renderer.setSubsamplingAllowed(true);
        BufferedImage image = renderer.renderImageWithDPI(0, DPI, ImageType.RGB);
        long[] sums = new long[3];
        int w = image.getWidth();
        int[] row = new int[w];
        for (int y = 0; y < image.getHeight(); y++) {
            image.getRGB(0, y, w, 1, row, 0, w);
            for (int p : row) {
                sums[0] += 255 - ((p >> 16) & 255);
                sums[1] += 255 - ((p >> 8) & 255);
                sums[2] += 255 - (p & 255);
            }
        }
        double pixels = (double) w * image.getHeight() * 255;
        return new double[] {100 * sums[0] / pixels, 100 * sums[1] / pixels, 100 * sums[2] / pixels};
    }

    /** The page's own pictures with their highest total ink as they print (RGB as the profile would make it). */
    private static List<PictureInk> pictures(PDPage page, int[] grid) throws IOException {
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
                    WritableRaster inks = inks(image, grid, null, 1);
                    int[] pixel = new int[4];
                    int max = 0;
                    for (int y = 0; y < inks.getHeight(); y++) {
                        for (int x = 0; x < inks.getWidth(); x++) {
                            inks.getPixel(x, y, pixel);
                            max = Math.max(max, pixel[0] + pixel[1] + pixel[2] + pixel[3]);
                        }
                    }
                    most = max * 100.0 / 255;
                } catch (IOException | RuntimeException unreadable) {
                    most = Double.NaN;
                }
                out.add(new PictureInk(name.getName(), image.getWidth(), image.getHeight(), most));
            }
        }
        return out;
    }

    /**
     * The picture's pixels as the four inks (0 to 255 each), at {@code subsampling}: CMYK as
     * stored (decode array applied), grey as black, anything else through the profile's grid.
     */
    static WritableRaster inks(PDImage image, int[] grid, Rectangle region, int subsampling) throws IOException {
        PDColorSpace cs = image.getColorSpace();
        int n = cs.getNumberOfComponents();
        boolean indexed = cs instanceof PDIndexed;
        if ((n == 4 || n == 1) && !indexed && image.getBitsPerComponent() == 8) {
            WritableRaster raw = image.getRawRaster();
            boolean inverted = image.getDecode() != null && image.getDecode().size() >= 2
                    && image.getDecode().toFloatArray()[0] > image.getDecode().toFloatArray()[1];
            int w = (raw.getWidth() + subsampling - 1) / subsampling;
            int h = (raw.getHeight() + subsampling - 1) / subsampling;
            WritableRaster out = WritableRaster.createInterleavedRaster(java.awt.image.DataBuffer.TYPE_BYTE, w, h, 4, null);
            int[] in = new int[n];
            int[] ink = new int[4];
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < w; x++) {
                    raw.getPixel(x * subsampling, y * subsampling, in);
                    if (n == 4) {
                        for (int c = 0; c < 4; c++) {
                            ink[c] = inverted ? 255 - in[c] : in[c];
                        }
                    } else {
                        ink[0] = 0;
                        ink[1] = 0;
                        ink[2] = 0;
                        ink[3] = inverted ? in[0] : 255 - in[0];
                    }
                    out.setPixel(x, y, ink);
                }
            }
            return out;
        }
        BufferedImage rgb = image.getImage(region, subsampling);
        WritableRaster out = WritableRaster.createInterleavedRaster(java.awt.image.DataBuffer.TYPE_BYTE, rgb.getWidth(), rgb.getHeight(),
                4, null);
        int[] ink = new int[4];
        for (int y = 0; y < rgb.getHeight(); y++) {
            for (int x = 0; x < rgb.getWidth(); x++) {
                int p = rgb.getRGB(x, y);
                PlateColour.interpolate(grid, 4, (p >> 16) & 255, (p >> 8) & 255, p & 255, ink);
                out.setPixel(x, y, ink);
            }
        }
        return out;
    }

    /** A page drawer that paints each colour as the inks it prints with (see the class comment). */
    private static final class InkDrawer extends PageDrawer {
        private final int[] grid;
        private final int pass;

        InkDrawer(PageDrawerParameters parameters, int[] grid, int pass) throws IOException {
            super(parameters);
            this.grid = grid;
            this.pass = pass;
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
            super.drawImage(image.isStencil() ? image : new InkImage(image, grid, pass));
        }
    }

    /** A picture that shows as one pass's inks, its transparency kept. */
    private static final class InkImage implements PDImage {
        private final PDImage image;
        private final int[] grid;
        private final int pass;

        InkImage(PDImage image, int[] grid, int pass) {
            this.image = image;
            this.grid = grid;
            this.pass = pass;
        }

        @Override
        public BufferedImage getImage() throws IOException {
            return getImage(null, 1);
        }

        @Override
        public BufferedImage getImage(Rectangle region, int subsampling) throws IOException {
            WritableRaster inks = inks(image, grid, region, subsampling);
            BufferedImage shown = image.getImage(region, subsampling);
            boolean alpha = shown.getColorModel().hasAlpha();
            int w = Math.min(inks.getWidth(), shown.getWidth());
            int h = Math.min(inks.getHeight(), shown.getHeight());
            BufferedImage out = new BufferedImage(w, h, alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
            int[] ink = new int[4];
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < w; x++) {
                    inks.getPixel(x, y, ink);
                    int a = alpha ? shown.getRGB(x, y) >>> 24 : 255;
                    int r = 255 - (pass == 0 ? ink[0] : ink[3]);
                    int g = 255 - (pass == 0 ? ink[1] : ink[3]);
                    int b = 255 - (pass == 0 ? ink[2] : ink[3]);
                    out.setRGB(x, y, (a << 24) | (r << 16) | (g << 8) | b);
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
