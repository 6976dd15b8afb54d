package newsprint.cli;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * When a warm-up has reached the steady state the benchmark reports: the compilers have stopped
 * working on the code and a page's time has stopped falling. A fixed count of warm-up renders
 * does not say that: on two cores the optimising compiler was still at work after 200 renders of
 * the seed page, and the median then read 45 ms where 600 renders later it read 31 ms.
 *
 * <p>The warm-up goes on in blocks of renders after its least count; it has settled when, in the
 * last block, the compilers took under {@link #COMPILING_SHARE} of the block's time and the
 * block's median is no more than {@link #FLAT} below the block before it (a median that rose is
 * the machine's noise, not a warm-up still under way).
 */
final class Settling {
    /** Renders of a page in a block of the warm-up after its least count. */
    static final int BLOCK = 50;
    /** Editions in a block of an edition's warm-up (each is many pages: a 16-page edition takes seconds). */
    static final int EDITION_BLOCK = 3;
    /** Most of a block's wall time the compilers may still take for the code to count as compiled. */
    static final double COMPILING_SHARE = 0.05;
    /** How much a block's median may still fall below the block before for the times to count as flat. */
    static final double FLAT = 0.03;

    private double lastMedian = Double.NaN;

    /**
     * Takes one block: its render times (ms), its wall time and the compilers' time during it
     * (ms; negative when the VM does not tell). Whether the warm-up has settled with it.
     */
    boolean settledAfter(List<Double> timesMs, double wallMs, double compilingMs) {
        double median = median(timesMs);
        boolean flat = !Double.isNaN(lastMedian) && median >= (1 - FLAT) * lastMedian;
        boolean compiled = compilingMs < 0 || compilingMs <= COMPILING_SHARE * wallMs;
        lastMedian = median;
        return flat && compiled;
    }

    static double median(List<Double> xs) {
        List<Double> s = new ArrayList<>(xs);
        Collections.sort(s);
        int n = s.size();
        return n % 2 == 1 ? s.get(n / 2) : (s.get(n / 2 - 1) + s.get(n / 2)) / 2;
    }
}
