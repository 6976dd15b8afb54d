package newsprint.finish;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.Deflater;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.color.PDColorSpace;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceCMYK;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceGray;
import org.apache.pdfbox.pdmodel.graphics.color.PDIndexed;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * The page's pictures (photos, picture ads, masthead artwork) in the plates' colour: on a colour
 * page an RGB picture becomes CMYK through the press profile, within the ink limit; on a
 * black-only page every picture in colour becomes black ink alone, nothing on the cyan, magenta
 * and yellow plates. A picture already in CMYK or grey stays as it is. Only the page's own
 * pictures are touched: an ad placed from a PDF is the advertiser's artwork and keeps its colours.
 */
final class PlateColour {
    /** A picture placed sharper than this (ppi) is made at {@link #TARGET_PPI}: a newsprint press resolves no more. */
    static final double MAX_PPI = 450;
    static final double TARGET_PPI = 300;

    /** One picture of the page as it prints: its highest total ink (percent) and what became of it. */
    record Picture(String name, int widthPx, int heightPx, String colour, double maxInkPercent) {
    }

    private PlateColour() {
    }

    /**
     * Converts the pictures of {@code page} for {@code press}; {@code black} for a black-only
     * page; {@code placed}: the resolution each picture is drawn at ({@link newsprint.render.Placement}).
     */
    static List<Picture> convert(PDDocument doc, PDPage page, boolean black, Press press,
                                 java.util.Map<org.apache.pdfbox.cos.COSBase, Double> placed) throws IOException {
        List<Picture> pictures = new ArrayList<>();
        PDResources resources = page.getResources();
        if (resources == null) {
            return pictures;
        }
        List<COSName> names = new ArrayList<>();
        resources.getXObjectNames().forEach(names::add);
        names.sort((a, b) -> a.getName().compareTo(b.getName()));
        for (COSName name : names) {
            if (!(resources.getXObject(name) instanceof PDImageXObject image) || image.isStencil()) {
                continue;
            }
            PDColorSpace cs = image.getColorSpace();
            int n = cs.getNumberOfComponents();
            boolean indexed = cs instanceof PDIndexed;
            if (n == 1 && !indexed || !black && (n == 4 && !indexed || press.keepRgb())) {
                continue; // grey is black ink already; CMYK is the advertiser's or the desk's; RGB kept for the plant to convert
            }
            double ppi = placed.getOrDefault(image.getCOSObject(), 0.0);
            String conversion = press.profile().id() + (black ? "/black" : "/cmyk" + press.inkLimit());
            Made made = black ? convert(doc, image, press.profile().blackGrid(), 1, ppi, conversion)
                    : convert(doc, image, press.profile().limitedCmyk(press.inkLimit()), 4, ppi, conversion);
            resources.put(name, made.image());
            pictures.add(new Picture(name.getName(), image.getWidth(), image.getHeight(), black ? "black ink only" : "CMYK",
                    made.maxInkPercent()));
        }
        return pictures;
    }

    /**
     * {@code image} made again with {@code channels} (4: CMYK ink, 1: grey, stored as DeviceGray
     * whose 0 is full black ink) from {@code grid}, interpolated per pixel; its soft mask and
     * interpolation flag kept.
     */
    private static Made convert(PDDocument doc, PDImageXObject image, int[] grid, int channels, double ppi, String conversion)
            throws IOException {
        String key = key(image, conversion, ppi);
        Converted known = key == null ? null : CONVERTED.get(key);
        if (known == null) {
            byte[][] samples = new byte[1][];
            known = converted(image, grid, channels, ppi, samples);
            if (key != null) {
                CONVERTED.put(key, known);
                SAMPLES.put(known.deflated(), samples[0]);
            }
        }
        PDImageXObject made = new PDImageXObject(doc, new ByteArrayInputStream(known.deflated()), COSName.FLATE_DECODE, known.width(),
                known.height(), 8, channels == 1 ? PDDeviceGray.INSTANCE : PDDeviceCMYK.INSTANCE);
        for (COSName key2 : new COSName[] {COSName.SMASK, COSName.INTERPOLATE}) {
            if (image.getCOSObject().containsKey(key2)) {
                made.getCOSObject().setItem(key2, image.getCOSObject().getItem(key2));
            }
        }
        return new Made(made, known.maxInkPercent());
    }

    /** A picture converted: its pixels compressed, its size, channels and highest total ink (0 to 255 per ink). */
    private record Converted(byte[] deflated, int width, int height, int channels, int mostInk) {
        double maxInkPercent() {
            return mostInk * 100.0 / 255;
        }
    }

    /** What {@link #SAMPLES} holds at most: about two pages' photos, and a sixteenth of the heap. */
    static final long SAMPLES_BYTES = Math.min(64L * 1024 * 1024, Runtime.getRuntime().maxMemory() / 16);
    /**
     * The samples of the pictures converted last (what their {@code deflated} bytes inflate to),
     * by their compressed bytes (the array, not its contents): the ink measure of a plate just
     * made reads them here instead of inflating its pictures again. Bounded by bytes held.
     */
    private static final BoundedCache<byte[], byte[]> SAMPLES = new BoundedCache<>(SAMPLES_BYTES, v -> v.length);

    /** Forgets every picture converted (the tests measure a plate as a process that did not make it would). */
    static void forget() {
        CONVERTED.clear();
        SAMPLES.clear();
    }

    /**
     * What the conversion knows of a picture it made, found by the picture's compressed bytes as
     * a plate stores them: its highest total ink (0 to 255 per ink, the four added; a grey
     * picture's is its black), and its samples (exactly what inflating {@code deflated} gives;
     * never to be written) while they are still held, else null. The samples are handed over
     * once: asked again, the same picture comes without them.
     */
    record Known(int mostInk, byte[] samples) {
    }

    /**
     * The picture of {@code width} × {@code height} pixels and {@code channels} this process
     * converted whose compressed samples are {@code deflated}, byte for byte; null when none is
     * remembered.
     */
    static Known made(byte[] deflated, int width, int height, int channels) {
        Converted found = null;
        for (Converted c : CONVERTED.values()) {
            if (c.deflated().length == deflated.length && c.width() == width && c.height() == height && c.channels() == channels
                    && java.util.Arrays.equals(c.deflated(), deflated)) {
                found = c;
                break;
            }
        }
        if (found == null) {
            return null;
        }
        // taken, not kept: a plate's measure is the one reader of its photos' samples, and the heap wants them back
        byte[] samples = SAMPLES.remove(found.deflated());
        return new Known(found.mostInk(), samples != null && samples.length == width * height * channels ? samples : null);
    }

    /**
     * What the cache of converted pictures holds at most: a few editions' photos, and never more
     * than an eighth of the heap, so that a small heap goes to the pages being made.
     */
    static final long CACHE_BYTES = Math.min(256L * 1024 * 1024, Runtime.getRuntime().maxMemory() / 8);
    /**
     * Pictures converted lately, by their encoded bytes and the conversion: a page made again
     * after a late change, or a photo used twice, is converted once. Bounded by bytes kept.
     */
    private static final BoundedCache<String, Converted> CONVERTED = new BoundedCache<>(CACHE_BYTES, v -> v.deflated().length);

    /** The cache key: a hash of the encoded picture and its dictionary's colour entries, with the conversion; null if unreadable. */
    private static String key(PDImageXObject image, String conversion, double ppi) {
        try (java.io.InputStream raw = image.getCOSObject().createRawInputStream()) {
            java.security.MessageDigest sha = java.security.MessageDigest.getInstance("SHA-256");
            sha.update(raw.readAllBytes());
            for (COSName k : new COSName[] {COSName.FILTER, COSName.DECODE_PARMS, COSName.COLORSPACE, COSName.DECODE, COSName.WIDTH,
                    COSName.HEIGHT, COSName.BITS_PER_COMPONENT}) {
                Object v = image.getCOSObject().getDictionaryObject(k);
                sha.update((k.getName() + "=" + (v instanceof org.apache.pdfbox.cos.COSStream ? "stream" : String.valueOf(v)) + ";")
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
            return java.util.HexFormat.of().formatHex(sha.digest()) + "/" + conversion + "/" + Math.round(Math.min(ppi, 100_000) * 1000);
        } catch (IOException | java.security.NoSuchAlgorithmException e) {
            return null;
        }
    }

    /** {@code image} converted; {@code samples[0]} is given its samples before they are compressed. */
    private static Converted converted(PDImageXObject image, int[] grid, int channels, double ppi, byte[][] samples) throws IOException {
        int w = image.getWidth();
        int h = image.getHeight();
        int[] pixels = srgbPixels(image);
        if (pixels == null) {
            BufferedImage decoded = image.getOpaqueImage(null, 1);
            w = decoded.getWidth();
            h = decoded.getHeight();
            pixels = decoded.getRGB(0, 0, w, h, null, 0, w);
        }
        if (ppi > MAX_PPI) {
            // far sharper than the press prints: made at the press's resolution, as prepress does
            int nw = Math.max(1, (int) Math.round(w * TARGET_PPI / ppi));
            int nh = Math.max(1, (int) Math.round(h * TARGET_PPI / ppi));
            pixels = Resample.area(pixels, w, h, nw, nh);
            w = nw;
            h = nh;
        }
        byte[] out = new byte[w * h * channels];
        int width = w;
        int height = h;
        int[] source = pixels;
        // rows in bands over the cores: each pixel is its own, so the bytes do not depend on the split
        int bands = Math.max(1, Math.min(height, Runtime.getRuntime().availableProcessors()));
        int most = java.util.stream.IntStream.range(0, bands).parallel()
                .map(band -> convertRows(source, width, height * band / bands, height * (band + 1) / bands, grid, channels, out))
                .max().orElse(0);
        samples[0] = out;
        return new Converted(deflate(out), w, h, channels, most);
    }

    /**
     * Colours remembered per band of rows, by a hash of the colour (2^16 slots, the last colour
     * met in each): a photo repeats its colours from pixel to pixel far more often than a slot is
     * taken by another, and a colour looked up costs a tenth of one interpolated under the quick
     * compiler. The ink of a colour is the same either way: the bytes do not change.
     */
    private static final int MEMO_BITS = 16;

    /** The colour's place among the remembered ones: a multiplicative hash (Knuth's), its top bits. */
    static int slot(int rgb) {
        return (rgb * 0x9E3779B1) >>> (32 - MEMO_BITS);
    }

    /** Rows {@code from} to {@code to} of {@code pixels} converted into {@code out}; returns the most ink of a pixel (0 to 255 per ink). */
    static int convertRows(int[] pixels, int w, int from, int to, int[] grid, int channels, byte[] out) {
        int[] ink = new int[channels];
        int[] colours = new int[1 << MEMO_BITS];
        int[] inks = new int[1 << MEMO_BITS];
        java.util.Arrays.fill(colours, -1); // no colour: a pixel's is 0 to 0xFFFFFF
        int most = 0;
        int at = from * w * channels;
        for (int i = from * w, end = to * w; i < end; i++) {
            int rgb = pixels[i] & 0xFFFFFF;
            int slot = slot(rgb);
            int packed;
            if (colours[slot] == rgb) {
                packed = inks[slot];
            } else {
                interpolate(grid, channels, rgb >> 16, (rgb >> 8) & 255, rgb & 255, ink);
                packed = channels == 1 ? ink[0] : ink[0] << 24 | ink[1] << 16 | ink[2] << 8 | ink[3];
                colours[slot] = rgb;
                inks[slot] = packed;
            }
            if (channels == 1) {
                out[at++] = (byte) (255 - packed);
                most = Math.max(most, packed);
            } else {
                int c = packed >>> 24;
                int m = (packed >> 16) & 255;
                int y = (packed >> 8) & 255;
                int k = packed & 255;
                out[at++] = (byte) c;
                out[at++] = (byte) m;
                out[at++] = (byte) y;
                out[at++] = (byte) k;
                most = Math.max(most, c + m + y + k);
            }
        }
        return most;
    }

    /**
     * The pixels (0xRRGGBB) of a picture whose samples are sRGB as they are: 8-bit
     * {@code /DeviceRGB} without a {@code /Decode} array, on a page whose {@code DefaultRGB} is
     * sRGB (newsprint's pages declare it so), read straight from its decoded stream; null for
     * any other picture, which goes through PDFBox's colour spaces.
     */
    private static int[] srgbPixels(PDImageXObject image) throws IOException {
        org.apache.pdfbox.cos.COSDictionary dict = image.getCOSObject();
        if (!COSName.DEVICERGB.equals(dict.getDictionaryObject(COSName.COLORSPACE, COSName.CS))
                || image.getBitsPerComponent() != 8 || dict.getDictionaryObject(COSName.DECODE, COSName.D) != null) {
            return null;
        }
        int w = image.getWidth();
        int h = image.getHeight();
        if (w <= 0 || h <= 0 || (long) w * h * 3 > Integer.MAX_VALUE - 16) {
            return null;
        }
        if (COSName.DCT_DECODE.equals(dict.getDictionaryObject(COSName.FILTER, COSName.F))
                && dict.getDictionaryObject(COSName.DECODE_PARMS, COSName.DP) == null) {
            int[] pixels = jpegPixels(dict, w, h);
            if (pixels != null) {
                return pixels;
            }
        }
        byte[] samples;
        try (java.io.InputStream in = image.getCOSObject().createInputStream()) {
            samples = in.readNBytes(w * h * 3 + 1);
        }
        if (samples.length != w * h * 3) {
            return null;
        }
        int[] pixels = new int[w * h];
        for (int i = 0, j = 0; i < pixels.length; i++, j += 3) {
            pixels[i] = (samples[j] & 255) << 16 | (samples[j + 1] & 255) << 8 | samples[j + 2] & 255;
        }
        return pixels;
    }

    /**
     * The pixels of a JPEG photo as PDFBox's {@code DCTDecode} filter gives them, read straight
     * from the decoder's picture: the filter decodes the same way (an {@link javax.imageio.ImageReader#read}
     * of the whole picture) and then copies every sample through the raster's generic accessors,
     * which costs as much as the decoding. The picture is asked for in the decoder's own sample
     * order ({@link newsprint.prepare.PhotoFile#rgbDestination}) when it makes RGB. Null when the decoder's picture is not 8-bit
     * sRGB, three bytes a pixel (a CMYK or grey JPEG, an unusual one), which goes the filter's way.
     */
    private static int[] jpegPixels(org.apache.pdfbox.cos.COSDictionary dict, int w, int h) throws IOException {
        byte[] jpeg;
        try (java.io.InputStream raw = ((org.apache.pdfbox.cos.COSStream) dict).createRawInputStream()) {
            jpeg = raw.readAllBytes();
        }
        // the filter skips one line feed before the data
        int skip = jpeg.length > 0 && jpeg[0] == 0x0A ? 1 : 0;
        // the decoder the filter takes: the first that can read rasters
        javax.imageio.ImageReader reader = null;
        for (var readers = javax.imageio.ImageIO.getImageReadersByFormatName("JPEG"); reader == null && readers.hasNext(); ) {
            javax.imageio.ImageReader next = readers.next();
            if (next != null && next.canReadRaster()) {
                reader = next;
            } else if (next != null) {
                next.dispose();
            }
        }
        if (reader == null) {
            return null;
        }
        try (javax.imageio.stream.ImageInputStream in = javax.imageio.ImageIO.createImageInputStream(
                new ByteArrayInputStream(jpeg, skip, jpeg.length - skip))) {
            reader.setInput(in);
            javax.imageio.ImageReadParam param = reader.getDefaultReadParam();
            if (reader.getWidth(0) == w && reader.getHeight(0) == h) {
                param.setDestination(newsprint.prepare.PhotoFile.rgbDestination(reader, w, h));
            }
            BufferedImage decoded = reader.read(0, param);
            int[] offsets = interleaved(decoded);
            if (offsets == null || decoded.getWidth() != w || decoded.getHeight() != h) {
                return null;
            }
            byte[] samples = ((java.awt.image.DataBufferByte) decoded.getRaster().getDataBuffer()).getData();
            if (samples.length != w * h * 3) {
                return null;
            }
            int[] pixels = new int[w * h];
            int r = offsets[0];
            int g = offsets[1];
            int b = offsets[2];
            for (int i = 0, j = 0; i < pixels.length; i++, j += 3) {
                pixels[i] = (samples[j + r] & 255) << 16 | (samples[j + g] & 255) << 8 | samples[j + b] & 255;
            }
            return pixels;
        } catch (javax.imageio.IIOException unusual) {
            // the filter's own way tries the decoder's raster next
            return null;
        } finally {
            reader.dispose();
        }
    }

    /**
     * Where red, green and blue are in each pixel of {@code image} when it is 8-bit sRGB stored
     * three bytes a pixel, row after row from the start of its own array; null for any other picture.
     */
    static int[] interleaved(BufferedImage image) {
        java.awt.image.Raster raster = image.getRaster();
        if (!(raster.getDataBuffer() instanceof java.awt.image.DataBufferByte buffer) || buffer.getNumBanks() != 1 || buffer.getOffset() != 0
                || raster.getSampleModelTranslateX() != 0 || raster.getSampleModelTranslateY() != 0
                || !(raster.getSampleModel() instanceof java.awt.image.PixelInterleavedSampleModel model) || model.getNumBands() != 3
                || model.getPixelStride() != 3 || model.getScanlineStride() != image.getWidth() * 3
                || !(image.getColorModel() instanceof java.awt.image.ComponentColorModel cm) || cm.hasAlpha() || !cm.getColorSpace().isCS_sRGB()
                || cm.getComponentSize(0) != 8 || cm.getComponentSize(1) != 8 || cm.getComponentSize(2) != 8) {
            return null;
        }
        int[] offsets = model.getBandOffsets();
        int[] sorted = offsets.clone();
        java.util.Arrays.sort(sorted);
        return java.util.Arrays.equals(sorted, new int[] {0, 1, 2}) ? offsets : null;
    }

    /** A picture made again, and its highest total ink in percent. */
    private record Made(PDImageXObject image, double maxInkPercent) {
    }

    /** For each 8-bit value, the grid cell it falls in ({@code v × (GRID − 1) / 255}, the last cell for 255). */
    private static final int[] CELL = new int[256];
    /** For each 8-bit value, its place inside its cell in 255ths. */
    private static final int[] PLACE = new int[256];

    static {
        int last = PressProfile.GRID - 1;
        for (int v = 0; v < 256; v++) {
            CELL[v] = Math.min(v * last / 255, last - 1);
            PLACE[v] = v * last - CELL[v] * 255;
        }
    }

    /**
     * Tetrahedral interpolation of an 8-bit RGB colour in a {@link PressProfile#GRID}³ grid of
     * {@code channels} values (0 to 255) per point: the weights are whole 255ths, so the result
     * is the same on every machine. Written for the quick compiler, which runs it once a pixel:
     * the cells from tables, the division by 255 as a multiplication, four channels unrolled.
     */
    static void interpolate(int[] grid, int channels, int r, int g, int b, int[] out) {
        int fr = PLACE[r];
        int fg = PLACE[g];
        int fb = PLACE[b];
        int strideR = PressProfile.GRID * PressProfile.GRID * channels;
        int strideG = PressProfile.GRID * channels;
        int strideB = channels;
        int c000 = CELL[r] * strideR + CELL[g] * strideG + CELL[b] * strideB;
        int c111 = c000 + strideR + strideG + strideB;
        int first;
        int second;
        int w1;
        int w2;
        int w3;
        if (fr >= fg && fg >= fb) {
            first = c000 + strideR;
            second = first + strideG;
            w1 = fr;
            w2 = fg;
            w3 = fb;
        } else if (fr >= fb && fb >= fg) {
            first = c000 + strideR;
            second = first + strideB;
            w1 = fr;
            w2 = fb;
            w3 = fg;
        } else if (fb >= fr && fr >= fg) {
            first = c000 + strideB;
            second = first + strideR;
            w1 = fb;
            w2 = fr;
            w3 = fg;
        } else if (fg >= fr && fr >= fb) {
            first = c000 + strideG;
            second = first + strideR;
            w1 = fg;
            w2 = fr;
            w3 = fb;
        } else if (fg >= fb && fb >= fr) {
            first = c000 + strideG;
            second = first + strideB;
            w1 = fg;
            w2 = fb;
            w3 = fr;
        } else {
            first = c000 + strideB;
            second = first + strideG;
            w1 = fb;
            w2 = fg;
            w3 = fr;
        }
        int a0 = 255 - w1;
        int a1 = w1 - w2;
        int a2 = w2 - w3;
        if (channels == 4) {
            out[0] = by255(grid[c000] * a0 + grid[first] * a1 + grid[second] * a2 + grid[c111] * w3 + 127);
            out[1] = by255(grid[c000 + 1] * a0 + grid[first + 1] * a1 + grid[second + 1] * a2 + grid[c111 + 1] * w3 + 127);
            out[2] = by255(grid[c000 + 2] * a0 + grid[first + 2] * a1 + grid[second + 2] * a2 + grid[c111 + 2] * w3 + 127);
            out[3] = by255(grid[c000 + 3] * a0 + grid[first + 3] * a1 + grid[second + 3] * a2 + grid[c111 + 3] * w3 + 127);
            return;
        }
        for (int c = 0; c < channels; c++) {
            out[c] = by255(grid[c000 + c] * a0 + grid[first + c] * a1 + grid[second + c] * a2 + grid[c111 + c] * w3 + 127);
        }
    }

    /**
     * {@code v / 255} for 0 ≤ v < 65 536 (a weighted sum of 0-255 values whose weights add to
     * 255, plus a half): exact in that range, and cheaper than a division for the quick compiler.
     */
    static int by255(int v) {
        return (v * 32897) >>> 23;
    }

    /** Photos are compressed quickly: most of their bytes do not compress much anyway. */
    private static byte[] deflate(byte[] bytes) {
        return Profiles.deflate(bytes, Deflater.BEST_SPEED);
    }
}
