package newsprint.finish;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_ColorSpace;
import java.awt.color.ICC_Profile;
import java.awt.image.ColorConvertOp;
import java.awt.image.DataBuffer;
import java.awt.image.DataBufferByte;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import newsprint.NewsprintException.BadArgument;

/**
 * The press's CMYK output profile (the PDF/X output intent) and what it converts: sRGB to the
 * plates' CMYK, and sRGB to black ink alone for a black-only page. The conversions are made once
 * per profile by the JDK's colour management module (LittleCMS, through {@code java.awt.color}),
 * sampled on a {@value #GRID}³ grid of RGB colours (the device link LittleCMS itself makes for
 * 8-bit images) that a photo's pixels are then interpolated in, tetrahedrally. The same inputs
 * give the same bytes on every JVM the project runs on.
 */
public final class PressProfile {
    /** Grid points per RGB axis: LittleCMS's own for 8-bit transforms. */
    static final int GRID = 33;

    private static volatile PressProfile bundled;

    private final byte[] bytes;
    private final String description;
    private final boolean registered;
    /** The SHA-256 of the bytes, taken when first asked ({@link #id}): by the grid's thread when there is one ({@link #prefetch}). */
    private volatile String id;
    private final ICC_ColorSpace space;
    /**
     * The sampled grids, each made when first needed: {@code cmyk}, CMYK at each grid point (r, g,
     * b), 0 to 255 ink, before any ink limit; {@code black}, black ink at each grid point for the
     * same lightness, 0 to 255 (a black page's).
     */
    private final java.util.concurrent.ConcurrentHashMap<String, int[]> grids = new java.util.concurrent.ConcurrentHashMap<>();

    private PressProfile(byte[] bytes, boolean registered) {
        ICC_Profile profile;
        try {
            profile = ICC_Profile.getInstance(bytes);
        } catch (IllegalArgumentException e) {
            throw new BadArgument("--profile: not an ICC profile (" + e.getMessage() + ")", "give the plant's CMYK output profile, an .icc file");
        }
        if (profile.getColorSpaceType() != ColorSpace.TYPE_CMYK || profile.getProfileClass() != ICC_Profile.CLASS_OUTPUT) {
            throw new BadArgument("--profile: not a CMYK output (printer) profile", "give the plant's CMYK output profile, an .icc file");
        }
        this.bytes = bytes.clone();
        this.registered = registered;
        this.space = new ICC_ColorSpace(profile);
        this.description = description(profile);
    }

    /** The newsprint profile newsprint ships (see {@code src/main/resources/icc/README.md}). */
    public static PressProfile bundled() {
        PressProfile p = bundled;
        if (p == null) {
            synchronized (PressProfile.class) {
                p = bundled;
                if (p == null) {
                    p = new PressProfile(Profiles.newsprintBytes(), true);
                    bundled = p;
                }
            }
        }
        return p;
    }

    /** A plant's own profile from {@code file} (its ISOnewspaper26v4 file, say). */
    public static PressProfile of(Path file) {
        try {
            if (Files.size(file) > 16L * 1024 * 1024) {
                throw new BadArgument("--profile " + file + ": larger than 16 MB, not a press profile", null);
            }
            try (InputStream in = Files.newInputStream(file)) {
                return new PressProfile(in.readAllBytes(), false);
            }
        } catch (IOException e) {
            throw new BadArgument("--profile " + file + ": cannot be read (" + e.getMessage() + ")", "give the path of an .icc file");
        }
    }

    private volatile byte[] deflated;

    /** The profile's bytes compressed, as the output intent embeds them (compressed once). */
    byte[] deflated() {
        byte[] d = deflated;
        if (d == null) {
            d = Profiles.deflate(bytes);
            deflated = d;
        }
        return d;
    }

    /**
     * The SHA-256 of the profile's bytes. Taken when first asked, not as the profile is read: for
     * the 165 KB profile about 20 ms of a cold run's command-line set-up (60 ms without the start-up
     * cache), which {@link #prefetch} moves to its own thread.
     */
    String id() {
        String i = id;
        if (i == null) {
            i = newsprint.Digest.sha256(bytes);
            id = i;
        }
        return i;
    }

    /** True for the bundled profile, whose printing condition is registered at the ICC (CGATS TR 002). */
    boolean registered() {
        return registered;
    }

    /** The profile's own description ({@code desc}). */
    public String description() {
        return description;
    }

    private static String description(ICC_Profile profile) {
        byte[] desc = profile.getData(ICC_Profile.icSigProfileDescriptionTag);
        if (desc == null || desc.length < 12) {
            return "CMYK output profile";
        }
        String type = new String(desc, 0, 4, StandardCharsets.US_ASCII);
        if (type.equals("desc")) {
            int n = ((desc[8] & 255) << 24) | ((desc[9] & 255) << 16) | ((desc[10] & 255) << 8) | (desc[11] & 255);
            n = Math.max(0, Math.min(n, desc.length - 12));
            return new String(desc, 12, n, StandardCharsets.ISO_8859_1).replace("\0", "").strip();
        }
        if (type.equals("mluc") && desc.length >= 28) {
            int length = ((desc[20] & 255) << 24) | ((desc[21] & 255) << 16) | ((desc[22] & 255) << 8) | (desc[23] & 255);
            int offset = ((desc[24] & 255) << 24) | ((desc[25] & 255) << 16) | ((desc[26] & 255) << 8) | (desc[27] & 255);
            if (offset >= 0 && length >= 0 && offset + length <= desc.length) {
                return new String(desc, offset, length, StandardCharsets.UTF_16BE).strip();
            }
        }
        return "CMYK output profile";
    }

    /** Every grid colour converted by LittleCMS from sRGB to the profile's CMYK. */
    private int[] sampleCmyk() {
        int n = GRID * GRID * GRID;
        WritableRaster src = Raster.createInterleavedRaster(DataBuffer.TYPE_BYTE, n, 1, 3, null);
        byte[] rgb = ((DataBufferByte) src.getDataBuffer()).getData();
        for (int i = 0; i < n; i++) {
            rgb[3 * i] = (byte) level(i / (GRID * GRID));
            rgb[3 * i + 1] = (byte) level(i / GRID % GRID);
            rgb[3 * i + 2] = (byte) level(i % GRID);
        }
        WritableRaster dst = Raster.createInterleavedRaster(DataBuffer.TYPE_BYTE, n, 1, 4, null);
        ColorConvertOp op = new ColorConvertOp(new ICC_Profile[] {ICC_Profile.getInstance(ColorSpace.CS_sRGB), space.getProfile()}, null);
        op.filter(src, dst);
        byte[] out = ((DataBufferByte) dst.getDataBuffer()).getData();
        int[] values = new int[4 * n];
        for (int i = 0; i < values.length; i++) {
            values[i] = out[i] & 255;
        }
        return values;
    }

    /**
     * Black ink for each grid colour: the amount of K alone that prints as light as the colour
     * (CIE L*), found on the profile's own K ramp, so a grey page keeps its tones on newsprint.
     */
    private int[] sampleBlack() {
        // L* of K alone, 0 to 255, through the profile (LittleCMS)
        double[] rampL = new double[256];
        for (int k = 0; k < 256; k++) {
            float[] xyz = space.toCIEXYZ(new float[] {0, 0, 0, k / 255f});
            rampL[k] = lightness(xyz[1] / space.toCIEXYZ(new float[] {0, 0, 0, 0})[1]);
        }
        int n = GRID * GRID * GRID;
        int[] values = new int[n];
        for (int i = 0; i < n; i++) {
            double l = lightness(luminance(level(i / (GRID * GRID)), level(i / GRID % GRID), level(i % GRID)));
            // the paper is the lightest the page gets: L* scaled between the ramp's ends
            double target = rampL[255] + (rampL[0] - rampL[255]) * l / 100;
            int k = 0;
            while (k < 255 && rampL[k] > target) {
                k++;
            }
            if (k > 0 && rampL[k - 1] - rampL[k] > 0) {
                // the nearer of the two steps around the target
                k = rampL[k - 1] - target < target - rampL[k] ? k - 1 : k;
            }
            values[i] = k;
        }
        return values;
    }

    /** The 8-bit value of grid point {@code i}. */
    private static int level(int i) {
        return (int) Math.round(i * 255.0 / (GRID - 1));
    }

    /** Relative luminance Y (0 to 1) of an sRGB colour (IEC 61966-2-1). */
    private static double luminance(int r, int g, int b) {
        return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
    }

    private static double linear(int v) {
        double c = v / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }

    /** CIE L* of relative luminance {@code y}. */
    private static double lightness(double y) {
        double f = y > 216.0 / 24389 ? Math.cbrt(y) : (24389.0 / 27 * y + 16) / 116;
        return 116 * f - 16;
    }

    /**
     * The CMYK grid with the total ink of every point brought within {@code limitPercent}:
     * cyan, magenta and yellow that print grey together are first replaced by black (grey
     * component replacement), then what is still over is taken from cyan, magenta and yellow
     * evenly. A pixel interpolated between grid points is within the limit too, since its total
     * is a weighted mean of theirs.
     */
    int[] limitedCmyk(int limitPercent) {
        return limited.computeIfAbsent(limitPercent, this::limit);
    }

    private final java.util.concurrent.ConcurrentHashMap<Integer, int[]> limited = new java.util.concurrent.ConcurrentHashMap<>();

    private int[] limit(int limitPercent) {
        // two below the limit: rounding the four interpolated inks may add up to two
        int limit = (int) Math.floor(limitPercent * 255 / 100.0) - 2;
        int[] out = cmykGrid().clone();
        for (int i = 0; i < out.length; i += 4) {
            int total = out[i] + out[i + 1] + out[i + 2] + out[i + 3];
            if (total <= limit) {
                continue;
            }
            int grey = Math.min(out[i], Math.min(out[i + 1], out[i + 2]));
            int replace = Math.min(Math.min(grey, 255 - out[i + 3]), (total - limit + 1) / 2);
            for (int c = 0; c < 3; c++) {
                out[i + c] -= replace;
            }
            out[i + 3] += replace;
            total -= 2 * replace;
            if (total > limit) {
                int cmy = out[i] + out[i + 1] + out[i + 2];
                int allowed = Math.max(0, limit - out[i + 3]);
                for (int c = 0; c < 3; c++) {
                    out[i + c] = cmy == 0 ? 0 : (int) Math.floor((long) out[i + c] * allowed / (double) cmy);
                }
            }
        }
        return out;
    }

    /** The black-ink grid (shared: read only). */
    int[] blackGrid() {
        return grids.computeIfAbsent("black", k -> sampleBlack());
    }

    private int[] cmykGrid() {
        return grids.computeIfAbsent("cmyk", k -> sampleCmyk());
    }

    /**
     * Makes the CMYK grid at {@code limitPercent} in the background, so a print run finds it
     * ready when it converts its photos (it costs LittleCMS's start-up and a sampling).
     */
    void prefetch(int limitPercent) {
        if (grids.containsKey("cmyk")) {
            return;
        }
        Thread t = new Thread(() -> {
            try {
                id();
                limitedCmyk(limitPercent);
            } catch (RuntimeException | OutOfMemoryError e) {
                // the run makes the grid itself when it needs it, and reports what goes wrong there
            }
        }, "newsprint-press-profile");
        t.setDaemon(true);
        t.start();
    }

    @Override
    public String toString() {
        return "PressProfile[" + description + (registered ? ", bundled" : "") + "]";
    }
}
