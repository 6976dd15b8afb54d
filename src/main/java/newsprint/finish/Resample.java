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
            spread(pixels, y * w, 1, w, nw, rows, y * nw * 3, 3);
        }
        // down: each column of the narrowed rows to nh pixels
        int[] out = new int[nw * nh];
        long[] column = new long[h * 3];
        long[] sums = new long[nh * 3];
        for (int x = 0; x < nw; x++) {
            for (int y = 0; y < h; y++) {
                for (int c = 0; c < 3; c++) {
                    column[y * 3 + c] = rows[(y * nw + x) * 3 + c];
                }
            }
            java.util.Arrays.fill(sums, 0);
            for (int y = 0; y < h; y++) {
                long start = (long) y * nh;
                long end = start + nh;
                for (long at = start; at < end; ) {
                    int target = (int) (at / h);
                    long stop = Math.min(end, (long) (target + 1) * h);
                    long part = stop - at;
                    for (int c = 0; c < 3; c++) {
                        sums[target * 3 + c] += column[y * 3 + c] * part;
                    }
                    at = stop;
                }
            }
            // each sum holds values × w (across) × h (down)
            long whole = (long) w * h;
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
     * values times their overlap (so it holds the mean × n).
     */
    private static void spread(int[] pixels, int from, int step, int n, int nn, long[] out, int outFrom, int channels) {
        for (int i = 0; i < n; i++) {
            int p = pixels[from + i * step];
            int[] v = {(p >> 16) & 255, (p >> 8) & 255, p & 255};
            long start = (long) i * nn;
            long end = start + nn;
            for (long at = start; at < end; ) {
                int target = (int) (at / n);
                long stop = Math.min(end, (long) (target + 1) * n);
                long part = stop - at;
                for (int c = 0; c < channels; c++) {
                    out[outFrom + target * channels + c] += v[c] * part;
                }
                at = stop;
            }
        }
    }
}
