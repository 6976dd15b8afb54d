package newsprint.finish;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.GeneralPath;
import java.awt.geom.PathIterator;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Glyphs drawn for the ink measure as stamps: each glyph outline at one size is filled once, the
 * way Java2D fills it on the page (anti-aliased, with the page's rendering hints), into a small
 * coverage mask, and every later occurrence is blended onto the page's pixels from that mask.
 * A page of type repeats a few hundred characters thousands of times, and filling an outline of
 * a hundred curves is what the measure spent most of its time on.
 *
 * <p>A stamp is placed at the whole pixel nearest the glyph's position (at the measure's 50 dpi,
 * half a pixel is a quarter of a millimetre): the ink it lays down is the outline's area, as when
 * it is drawn in place, so the plate's coverage is the same to the tenth of a percent. Masks are
 * keyed by the outline's points and the size, not by the font object, so the pages of an edition
 * share them; the result does not depend on which page made a mask first.
 */
final class GlyphStamps {
    /** How many masks are kept before the store starts again (about 40 bytes of mask and key each at body size). */
    private static final int MOST_MASKS = 20_000;
    private static final ConcurrentHashMap<Key, Mask> MASKS = new ConcurrentHashMap<>();

    /** An outline (by two independent hashes of its points) at a size (the device transform's scales). */
    private record Key(long points, long check, int pointCount, float scaleX, float scaleY) {
        // written out: a record's own equals and hashCode go through method handles the quick compiler calls slowly, once a glyph
        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.points == points && k.check == check && k.pointCount == pointCount
                    && Float.floatToIntBits(k.scaleX) == Float.floatToIntBits(scaleX) && Float.floatToIntBits(k.scaleY) == Float.floatToIntBits(scaleY);
        }

        @Override
        public int hashCode() {
            long h = points * 31 + check;
            h = h * 31 + pointCount;
            h = h * 31 + Float.floatToIntBits(scaleX);
            h = h * 31 + Float.floatToIntBits(scaleY);
            return (int) (h ^ (h >>> 32));
        }
    }

    /** A glyph's coverage (0 to 255 per pixel, rows top down), its top left corner relative to the glyph's origin pixel. */
    record Mask(int left, int top, int width, int height, byte[] coverage) {
    }

    /** An outline's identity for the store: computed once per outline object and drawing. */
    record Outline(long points, long check, int pointCount) {
        static Outline of(GeneralPath path) {
            long h1 = 1125899906842597L;
            long h2 = 0x9E3779B97F4A7C15L;
            int count = 0;
            float[] c = new float[6];
            for (PathIterator it = path.getPathIterator(null); !it.isDone(); it.next()) {
                int type = it.currentSegment(c);
                int n = switch (type) {
                    case PathIterator.SEG_MOVETO, PathIterator.SEG_LINETO -> 2;
                    case PathIterator.SEG_QUADTO -> 4;
                    case PathIterator.SEG_CUBICTO -> 6;
                    default -> 0;
                };
                h1 = 31 * h1 + type;
                h2 = Long.rotateLeft(h2 ^ (type + 0x51L), 27) * 0x100000001B3L;
                for (int i = 0; i < n; i++) {
                    int bits = Float.floatToIntBits(c[i]);
                    h1 = 31 * h1 + bits;
                    h2 = Long.rotateLeft(h2 ^ bits, 27) * 0x100000001B3L;
                    count++;
                }
            }
            return new Outline(h1, h2 ^ path.getWindingRule(), count);
        }
    }

    private GlyphStamps() {
    }

    /** Forgets every mask made. */
    static void forget() {
        MASKS.clear();
    }

    /**
     * The mask of the glyph {@code path} (in glyph space, asked for only when its mask is not made
     * yet; {@code outline} its identity) at scales {@code sx}, {@code sy} (glyph space to pixels),
     * filled with {@code hints}: from the store, made and kept there when it is not in it.
     */
    static Mask mask(java.util.function.Supplier<GeneralPath> path, Outline outline, float sx, float sy, RenderingHints hints) {
        Key key = new Key(outline.points(), outline.check(), outline.pointCount(), sx, sy);
        Mask mask = MASKS.get(key);
        if (mask == null) {
            mask = mask(path.get(), sx, sy, hints);
            if (MASKS.size() >= MOST_MASKS) {
                MASKS.clear();
            }
            MASKS.put(key, mask);
        }
        return mask;
    }

    /**
     * Stamps {@code mask} with its glyph's origin at {@code at}'s translation (pixels; {@code at}
     * the glyph space to pixels transform the mask was made at: scale and translation only) in
     * {@code rgb} onto {@code page}'s pixels, when the whole stamp falls inside {@code clip}
     * (pixels; null for none). Returns false, leaving the page as it is, when it does not: the
     * caller then draws the glyph itself.
     */
    static boolean stamp(BufferedImage page, Rectangle2D clip, Mask mask, AffineTransform at, int rgb) {
        int x0 = (int) Math.round(at.getTranslateX()) + mask.left();
        int y0 = (int) Math.round(at.getTranslateY()) + mask.top();
        int w = page.getWidth();
        if (x0 < 0 || y0 < 0 || x0 + mask.width() > w || y0 + mask.height() > page.getHeight()) {
            return false;
        }
        // a pixel is inside a rectangular clip when its centre is (as Java2D clips)
        if (clip != null && (x0 + 0.5 < clip.getMinX() || y0 + 0.5 < clip.getMinY() || x0 + mask.width() - 0.5 > clip.getMaxX()
                || y0 + mask.height() - 0.5 > clip.getMaxY())) {
            return false;
        }
        int[] pixels = ((DataBufferInt) page.getRaster().getDataBuffer()).getData();
        int r = (rgb >> 16) & 255;
        int g = (rgb >> 8) & 255;
        int b = rgb & 255;
        byte[] coverage = mask.coverage();
        if (rgb == 0xFFFFFF) {
            // paper white (no ink of the pass): white stays white, and only what is inked already is lightened
            for (int y = 0, m = 0; y < mask.height(); y++) {
                for (int x = 0, i = (y0 + y) * w + x0; x < mask.width(); x++, i++, m++) {
                    int a = coverage[m] & 255;
                    int p = pixels[i];
                    if (a != 0 && (p & 0xFFFFFF) != 0xFFFFFF) {
                        pixels[i] = (blend((p >> 16) & 255, 255, a) << 16) | (blend((p >> 8) & 255, 255, a) << 8) | blend(p & 255, 255, a);
                    }
                }
            }
            return true;
        }
        for (int y = 0, m = 0; y < mask.height(); y++) {
            for (int x = 0, i = (y0 + y) * w + x0; x < mask.width(); x++, i++, m++) {
                int a = coverage[m] & 255;
                if (a == 0) {
                    continue;
                }
                int p = pixels[i];
                int pr = (p >> 16) & 255;
                int pg = (p >> 8) & 255;
                int pb = p & 255;
                pixels[i] = (blend(pr, r, a) << 16) | (blend(pg, g, a) << 8) | blend(pb, b, a);
            }
        }
        return true;
    }

    /** {@code under} covered {@code a}/255 by {@code over}, rounded (the sum is under 65 536: the division as an exact multiplication). */
    private static int blend(int under, int over, int a) {
        return PlateColour.by255(over * a + under * (255 - a) + 127);
    }

    /** The outline's coverage at scales {@code sx}, {@code sy}, filled as Java2D fills it with {@code hints}. */
    private static Mask mask(GeneralPath path, float sx, float sy, RenderingHints hints) {
        return mask(path, sx, sy, hints, true);
    }

    /** The outline's coverage (left, top, width, height and the coverage bytes), filled in the thread's scratch or not, for the tests. */
    static int[] coverage(GeneralPath path, float sx, float sy, RenderingHints hints, boolean scratch) {
        Mask m = mask(path, sx, sy, hints, scratch);
        int[] out = new int[4 + m.coverage().length];
        out[0] = m.left();
        out[1] = m.top();
        out[2] = m.width();
        out[3] = m.height();
        for (int i = 0; i < m.coverage().length; i++) {
            out[4 + i] = m.coverage()[i] & 255;
        }
        return out;
    }

    private static Mask mask(GeneralPath path, float sx, float sy, RenderingHints hints, boolean reuse) {
        AffineTransform scale = AffineTransform.getScaleInstance(sx, sy);
        Rectangle2D bounds = scale.createTransformedShape(path).getBounds2D();
        int left = (int) Math.floor(bounds.getMinX()) - 1;
        int top = (int) Math.floor(bounds.getMinY()) - 1;
        int width = Math.max(1, (int) Math.ceil(bounds.getMaxX()) + 1 - left);
        int height = Math.max(1, (int) Math.ceil(bounds.getMaxY()) + 1 - top);
        Scratch scratch = reuse && width <= Scratch.SIZE && height <= Scratch.SIZE ? SCRATCH.get() : null;
        BufferedImage image = scratch != null ? scratch.image : new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        int stride = image.getWidth();
        int[] pixels = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        Graphics2D g = scratch != null ? scratch.graphics : image.createGraphics();
        try {
            if (scratch != null) {
                // the scratch's corner black again, and the fill clipped to it: as a picture of the mask's own size
                for (int y = 0; y < height; y++) {
                    java.util.Arrays.fill(pixels, y * stride, y * stride + width, 0);
                }
                g.setTransform(new AffineTransform());
                g.setClip(0, 0, width, height);
            }
            g.setRenderingHints(hints);
            g.setColor(Color.WHITE);
            g.setTransform(AffineTransform.getTranslateInstance(-left, -top));
            g.transform(scale);
            g.fill(path);
        } finally {
            if (scratch == null) {
                g.dispose();
            }
        }
        byte[] coverage = new byte[width * height];
        for (int y = 0, i = 0; y < height; y++) {
            for (int x = 0, at = y * stride; x < width; x++, at++, i++) {
                coverage[i] = (byte) (pixels[at] & 255);
            }
        }
        return new Mask(left, top, width, height, coverage);
    }

    /**
     * A picture each thread fills its glyphs' masks in, with its graphics: making a picture and
     * its graphics for every mask cost more than filling the glyph.
     */
    private static final class Scratch {
        static final int SIZE = 256;
        final BufferedImage image = new BufferedImage(SIZE, SIZE, BufferedImage.TYPE_INT_RGB);
        final Graphics2D graphics = image.createGraphics();
    }

    private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);
}
