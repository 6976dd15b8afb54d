package newsprint.finish;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The area average: each new pixel the rounded mean of the old pixels under it, each weighted by the part of it under. */
class ResampleTest {
    /** The definition, pixel by pixel, in exact fractions of whole numbers. */
    private static int[] reference(int[] pixels, int w, int h, int nw, int nh) {
        int[] out = new int[nw * nh];
        for (int ny = 0; ny < nh; ny++) {
            for (int nx = 0; nx < nw; nx++) {
                long[] sum = new long[3];
                // old pixel (x, y) spans [x·nw, (x+1)·nw) × [y·nh, (y+1)·nh); new pixel (nx, ny) spans [nx·w, (nx+1)·w) × [ny·h, (ny+1)·h)
                for (int y = 0; y < h; y++) {
                    long oy = Math.max(0, Math.min((long) (y + 1) * nh, (long) (ny + 1) * h) - Math.max((long) y * nh, (long) ny * h));
                    if (oy == 0) {
                        continue;
                    }
                    for (int x = 0; x < w; x++) {
                        long ox = Math.max(0, Math.min((long) (x + 1) * nw, (long) (nx + 1) * w) - Math.max((long) x * nw, (long) nx * w));
                        int p = pixels[y * w + x];
                        sum[0] += ((p >> 16) & 255) * ox * oy;
                        sum[1] += ((p >> 8) & 255) * ox * oy;
                        sum[2] += (p & 255) * ox * oy;
                    }
                }
                long whole = (long) w * h;
                out[ny * nw + nx] = (int) ((sum[0] + whole / 2) / whole) << 16 | (int) ((sum[1] + whole / 2) / whole) << 8
                        | (int) ((sum[2] + whole / 2) / whole);
            }
        }
        return out;
    }

    @Test
    void everyNewPixelIsTheMeanOfTheOldUnderIt() {
        Random random = new Random(12);
        int[][] sizes = {{7, 5, 3, 2}, {10, 10, 10, 10}, {10, 10, 1, 1}, {31, 17, 12, 17}, {64, 48, 29, 22}, {50, 3, 49, 2}, {3, 50, 3, 7},
            {97, 61, 40, 25}};
        for (int[] s : sizes) {
            int w = s[0];
            int h = s[1];
            int[] pixels = new int[w * h];
            for (int i = 0; i < pixels.length; i++) {
                pixels[i] = random.nextInt(1 << 24);
            }
            assertThat(Resample.area(pixels, w, h, s[2], s[3])).as("%d×%d to %d×%d", w, h, s[2], s[3])
                    .isEqualTo(reference(pixels, w, h, s[2], s[3]));
        }
    }
}
