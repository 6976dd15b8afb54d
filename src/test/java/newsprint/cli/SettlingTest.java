package newsprint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The bench's warm-up stops at the steady state: the compilers done, the times no longer falling. */
class SettlingTest {
    private static List<Double> block(double ms) {
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < Settling.BLOCK; i++) {
            times.add(ms + (i % 5) * 0.1);
        }
        return times;
    }

    @Test
    void oneBlockIsNeverEnoughForItHasNothingToCompareWith() {
        assertThat(new Settling().settledAfter(block(30), 1500, 0)).isFalse();
    }

    @Test
    void settlesWhenTheCompilersAreIdleAndTheTimesFlat() {
        Settling s = new Settling();
        s.settledAfter(block(31), 1550, 0);
        assertThat(s.settledAfter(block(30.5), 1525, 10)).isTrue();
    }

    @Test
    void aCompilerStillAtWorkKeepsTheWarmUpGoing() {
        Settling s = new Settling();
        s.settledAfter(block(31), 1550, 400);
        // flat times, but the compilers took 200 ms of a 1.5 s block (13 %)
        assertThat(s.settledAfter(block(31), 1550, 200)).isFalse();
        assertThat(s.settledAfter(block(31), 1550, 20)).isTrue();
    }

    @Test
    void timesStillFallingKeepTheWarmUpGoing() {
        Settling s = new Settling();
        s.settledAfter(block(45), 2250, 0);
        // 45 -> 38 ms with the compilers idle: code compiled earlier is only now in use
        assertThat(s.settledAfter(block(38), 1900, 0)).isFalse();
        assertThat(s.settledAfter(block(37.5), 1875, 0)).isTrue();
    }

    @Test
    void aSlowerBlockIsNoiseNotAWarmUp() {
        Settling s = new Settling();
        s.settledAfter(block(30), 1500, 0);
        assertThat(s.settledAfter(block(36), 1800, 0)).isTrue();
    }

    @Test
    void aVmThatDoesNotTimeItsCompilersSettlesOnTheTimesAlone() {
        Settling s = new Settling();
        s.settledAfter(block(30), 1500, -1);
        assertThat(s.settledAfter(block(30), 1500, -1)).isTrue();
    }

    @Test
    void theMedianIsTheMiddleTime() {
        assertThat(Settling.median(List.of(5.0, 1.0, 3.0))).isEqualTo(3.0);
        assertThat(Settling.median(List.of(4.0, 1.0, 3.0, 2.0))).isEqualTo(2.5);
    }
}
