package newsprint.finish;

/**
 * Area-average downsampling of RGB pixels: each new pixel is the mean of the old pixels under it,
 * each weighted by the part of it that lies under, in whole-number arithmetic, so the result is
 * the same on every machine and JVM.
 */
final class Resample {
    private Resample() {
    }

    /** {@code pixels} ({@code w × h}, 0xRRGGBB) made {@code nw × nh}, smaller or equal in both directions. */
    static int[] area(int[] pixels, int w, int h, int nw, int nh) {
        if (nw > w || nh > h) {
            throw new IllegalArgumentException("only downsampling: " + w + "×" + h + " to " + nw + "×" + nh);
        }
        // across: each row to nw pixels, three channels, weights in units of 1/nw of an old pixel
        long[] rows = new long[nw * h * 3];
        for (int y = 0; y < h; y++) {
            spread(pixels, y * w, w, nw, rows, y * nw * 3);
        }
        // down: each column of the narrowed rows to nh pixels, the same way (old row y covers [y·nh, (y+1)·nh), new row t [t·h, (t+1)·h))
        int[] out = new int[nw * nh];
        long[] sums = new long[nh * 3];
        long whole = (long) w * h; // each sum holds values × w (across) × h (down)
        for (int x = 0; x < nw; x++) {
            java.util.Arrays.fill(sums, 0);
            int target = 0;
            long targetEnd = h;
            for (int y = 0, from = x * 3; y < h; y++, from += nw * 3) {
                long r = rows[from];
                long g = rows[from + 1];
                long b = rows[from + 2];
                long at = (long) y * nh;
                long end = at + nh;
                while (at < end) {
                    while (targetEnd <= at) {
                        target++;
                        targetEnd += h;
                    }
                    long stop = Math.min(end, targetEnd);
                    long part = stop - at;
                    int o = target * 3;
                    sums[o] += r * part;
                    sums[o + 1] += g * part;
                    sums[o + 2] += b * part;
                    at = stop;
                }
            }
            for (int y = 0; y < nh; y++) {
                int r = (int) ((sums[y * 3] + whole / 2) / whole);
                int g = (int) ((sums[y * 3 + 1] + whole / 2) / whole);
                int b = (int) ((sums[y * 3 + 2] + whole / 2) / whole);
                out[y * nw + x] = (r << 16) | (g << 8) | b;
            }
        }
        return out;
    }

    /**
     * One row of {@code n} pixels to {@code nn}: the old pixel i covers [i·nn, (i+1)·nn) and the
     * new pixel j covers [j·n, (j+1)·n) on a common scale; each new value is the sum of the old
     * values times their overlap (so it holds the mean × n). The new pixel under a point is
     * followed along the row rather than divided out (the quick compiler divides longs slowly);
     * the sums are whole numbers, the same in any order.
     */
    private static void spread(int[] pixels, int from, int n, int nn, long[] out, int outFrom) {
        int target = 0;
        long targetEnd = n;
        for (int i = 0; i < n; i++) {
            int p = pixels[from + i];
            int r = (p >> 16) & 255;
            int g = (p >> 8) & 255;
            int b = p & 255;
            long at = (long) i * nn;
            long end = at + nn;
            while (at < end) {
                while (targetEnd <= at) {
                    target++;
                    targetEnd += n;
                }
                long stop = Math.min(end, targetEnd);
                long part = stop - at;
                int o = outFrom + target * 3;
                out[o] += r * part;
                out[o + 1] += g * part;
                out[o + 2] += b * part;
                at = stop;
            }
        }
    }
}
