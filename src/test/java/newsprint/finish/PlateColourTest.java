package newsprint.finish;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The photo conversion's arithmetic: the plates' pixels must not depend on how fast it is written. */
class PlateColourTest {
    @Test
    void theDivisionBy255IsExactOverEveryWeightedSumItIsGiven() {
        // a weighted sum of 0-255 grid values with weights adding to 255, plus the half for rounding
        for (int v = 0; v <= 255 * 255 + 127; v++) {
            assertEquals(v / 255, PlateColour.by255(v), "v = " + v);
        }
    }

    @Test
    void everyColourIsInterpolatedAsTheTetrahedralFormulaSays() {
        Random random = new Random(7);
        int[] grid = new int[PressProfile.GRID * PressProfile.GRID * PressProfile.GRID * 4];
        for (int i = 0; i < grid.length; i++) {
            grid[i] = random.nextInt(256);
        }
        int[] fast = new int[4];
        int[] slow = new int[4];
        int[] fastGrey = new int[1];
        int[] slowGrey = new int[1];
        int[] greyGrid = java.util.Arrays.copyOf(grid, grid.length / 4);
        for (int i = 0; i < 200_000; i++) {
            // every edge value and cell border often, the rest at random
            int r = i < 256 ? i : random.nextInt(256);
            int g = i < 256 ? 255 - i : random.nextBoolean() ? random.nextInt(256) : 8 * random.nextInt(33) * 255 / 256;
            int b = random.nextInt(256);
            PlateColour.interpolate(grid, 4, r, g, b, fast);
            reference(grid, 4, r, g, b, slow);
            assertArrayEquals(slow, fast, "rgb " + r + "," + g + "," + b);
            PlateColour.interpolate(greyGrid, 1, r, g, b, fastGrey);
            reference(greyGrid, 1, r, g, b, slowGrey);
            assertArrayEquals(slowGrey, fastGrey, "grey rgb " + r + "," + g + "," + b);
        }
    }

    @Test
    void aPictureConvertedThroughTheRememberedColoursIsEveryPixelInterpolated() {
        Random random = new Random(11);
        // runs of one colour, colours met again later, colours at random, and pairs that take the same slot in turn
        int a = 0x123456;
        int b = a + 1;
        while (PlateColour.slot(b) != PlateColour.slot(a)) {
            b++;
        }
        int[] pixels = new int[300_000];
        for (int i = 0; i < pixels.length; i++) {
            int kind = random.nextInt(4);
            pixels[i] = kind == 0 && i > 0 ? pixels[i - 1]
                    : kind == 1 && i > 1000 ? pixels[i - 1 - random.nextInt(1000)]
                    : kind == 2 ? random.nextInt(1 << 24) | 0xFF000000 // with the alpha byte getRGB gives
                    : i % 2 == 0 ? a : b;
        }
        pixels[7] = 0xFFFFFF;
        pixels[8] = 0x000000;
        for (int[] grid : new int[][] {PressProfile.bundled().limitedCmyk(240), PressProfile.bundled().blackGrid()}) {
            int channels = grid.length / (PressProfile.GRID * PressProfile.GRID * PressProfile.GRID);
            int width = 600;
            byte[] out = new byte[pixels.length * channels];
            int most = PlateColour.convertRows(pixels, width, 0, pixels.length / width, grid, channels, out);
            byte[] expected = new byte[out.length];
            int expectedMost = 0;
            int[] ink = new int[channels];
            for (int i = 0; i < pixels.length; i++) {
                int p = pixels[i];
                PlateColour.interpolate(grid, channels, (p >> 16) & 255, (p >> 8) & 255, p & 255, ink);
                int total = 0;
                for (int c = 0; c < channels; c++) {
                    expected[i * channels + c] = (byte) (channels == 1 ? 255 - ink[c] : ink[c]);
                    total += ink[c];
                }
                expectedMost = Math.max(expectedMost, total);
            }
            assertArrayEquals(expected, out, channels + " channels");
            assertEquals(expectedMost, most, channels + " channels");
        }
    }

    /** The interpolation as written first: the cell by division, the four corners of the colour's tetrahedron weighted in 255ths. */
    private static void reference(int[] grid, int channels, int r, int g, int b, int[] out) {
        int last = PressProfile.GRID - 1;
        int[] v = {r * last, g * last, b * last};
        int[] cell = new int[3];
        int[] f = new int[3];
        for (int k = 0; k < 3; k++) {
            cell[k] = Math.min(v[k] / 255, last - 1);
            f[k] = v[k] - cell[k] * 255;
        }
        // the axes in order of their fraction, largest first (ties go as the six cases are written, in this order)
        int[][] cases = {{0, 1, 2}, {0, 2, 1}, {2, 0, 1}, {1, 0, 2}, {1, 2, 0}, {2, 1, 0}};
        int[] axes = null;
        for (int[] c : cases) {
            if (f[c[0]] >= f[c[1]] && f[c[1]] >= f[c[2]]) {
                axes = c;
                break;
            }
        }
        int[] stride = {PressProfile.GRID * PressProfile.GRID * channels, PressProfile.GRID * channels, channels};
        int c000 = cell[0] * stride[0] + cell[1] * stride[1] + cell[2] * stride[2];
        int first = c000 + stride[axes[0]];
        int second = first + stride[axes[1]];
        int c111 = c000 + stride[0] + stride[1] + stride[2];
        int w1 = f[axes[0]];
        int w2 = f[axes[1]];
        int w3 = f[axes[2]];
        for (int c = 0; c < channels; c++) {
            int sum = grid[c000 + c] * (255 - w1) + grid[first + c] * (w1 - w2) + grid[second + c] * (w2 - w3) + grid[c111 + c] * w3;
            out[c] = (sum + 127) / 255;
        }
    }
}
