package newsprint.fill;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The positions and sizes written into a page's HTML: {@link PageFiller#thousandths} gives, for
 * every number, what the exact decimal expansion rounded half-even gives (the page's bytes depend
 * on it), however near a tie the number lies.
 */
class ThousandthsTest {

    private static String exact(double v) {
        return new BigDecimal(v).setScale(3, RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString();
    }

    @Test
    void writesEveryNumberAsItsExactValueRoundedHalfEven() {
        Random random = new Random(20261202);
        for (int i = 0; i < 400_000; i++) {
            double v = (random.nextDouble() * 2 - 1) * Math.pow(10, random.nextInt(9) - 2);
            assertThat(PageFiller.thousandths(v)).as("%s", v).isEqualTo(exact(v));
        }
    }

    /** Halves of a thousandth exactly (1.0625, 0.0005 as the double nearest it) and a few units of the last place either side. */
    @Test
    void roundsTiesAndNearTiesAsTheExactValueDoes() {
        Random random = new Random(7);
        for (int i = 0; i < 100_000; i++) {
            long n = random.nextLong() % 2_000_000_000L;
            double tie = (2 * n + 1) / 2000.0;
            double v = tie;
            for (int k = random.nextInt(4); k > 0; k--) {
                v = random.nextBoolean() ? Math.nextUp(v) : Math.nextDown(v);
            }
            assertThat(PageFiller.thousandths(v)).as("%s", v).isEqualTo(exact(v));
        }
        for (double v : new double[] {1.0625, -1.0625, 0.0625, 2.5e-3, 0.0005, -0.0005, 0.0015, 1.0005, 12.3445, 765.354, 1105.512}) {
            assertThat(PageFiller.thousandths(v)).as("%s", v).isEqualTo(exact(v));
        }
    }

    @Test
    void writesWholeNumbersZeroesAndLargeNumbersAsTheExactValueDoes() {
        for (double v : new double[] {0.0, -0.0, 1, -1, 100, 1000, 999_999.9995, 1e6, -1e6, 1e7, 123_456_789.0004, Double.MIN_VALUE,
                -Double.MIN_VALUE, 0.0004, -0.0004, 0.0006, -0.0006, 9.9995, 9.9994999}) {
            assertThat(PageFiller.thousandths(v)).as("%s", v).isEqualTo(exact(v));
        }
        assertThat(PageFiller.pt(12.5)).isEqualTo("12.5pt");
        assertThat(catchThrowable(() -> PageFiller.thousandths(Double.NaN))).isInstanceOf(NumberFormatException.class);
    }
}
