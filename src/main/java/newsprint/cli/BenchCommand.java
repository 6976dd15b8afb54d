package newsprint.cli;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import newsprint.Newsprint;
import newsprint.compose.ComposedPage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code newsprint bench PAGE…}: the speed figures. For each page: the first render in a fresh
 * instance (fonts parsed), the median of warm compose and compose+render runs, and the median
 * wall time of a whole {@code newsprint render} process started cold.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure compose and render times (warm, first-in-process, and cold whole-process).")
final class BenchCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PAGE", description = "page files to measure")
    List<Path> pages;

    @Option(names = "--runs", defaultValue = "20", description = "warm runs per page (default: ${DEFAULT-VALUE})")
    int runs;

    @Option(names = "--cold-runs", defaultValue = "3", description = "whole-process runs per page; 0 skips them (default: ${DEFAULT-VALUE})")
    int coldRuns;

    @picocli.CommandLine.Mixin
    CommonOptions common;

    @Override
    public Integer call() throws Exception {
        OptionChecks.range("--runs", runs, 1, 10_000);
        OptionChecks.range("--cold-runs", coldRuns, 0, 1_000);
        var out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "%-36s %10s %10s %10s %10s %10s%n", "page", "first ms", "compose", "warm ms", "cold ms", "KB");
        for (Path page : pages) {
            Newsprint newsprint = common.newsprint();
            long t0 = System.nanoTime();
            byte[] pdf = newsprint.render(newsprint.compose(newsprint.prepare(page)));
            double first = ms(System.nanoTime() - t0);
            List<Double> compose = new ArrayList<>();
            List<Double> warm = new ArrayList<>();
            for (int i = 0; i < runs; i++) {
                long a = System.nanoTime();
                ComposedPage composed = newsprint.compose(newsprint.prepare(page));
                long b = System.nanoTime();
                newsprint.render(composed);
                long c = System.nanoTime();
                compose.add(ms(b - a));
                warm.add(ms(c - a));
            }
            String cold = coldRuns > 0 ? String.format(Locale.ROOT, "%10.0f", cold(page)) : String.format("%10s", "-");
            out.printf(Locale.ROOT, "%-36s %10.0f %10.1f %10.1f %s %10d%n", page, first, median(compose), median(warm), cold, pdf.length / 1024);
            out.flush();
        }
        out.println("first: one render in a new instance (fonts parsed); compose: median of read+compose; warm: median of "
                + "read+compose+render over " + runs + " runs; cold: median wall time of a whole 'newsprint render' process over "
                + coldRuns + " runs");
        return ExitCodes.OK;
    }

    /** Median wall time of a fresh JVM rendering the page, as a user's command would. */
    private double cold(Path page) throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Path tmp = Files.createTempFile("newsprint-bench", ".pdf");
        List<Double> times = new ArrayList<>();
        try {
            for (int i = 0; i < coldRuns; i++) {
                // the same start as the launcher's: its class-data archive, its fonts folder, the quick compiler
                List<String> cmd = new ArrayList<>(List.of(java.toString()));
                for (String arg : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
                    if (arg.startsWith("-XX:SharedArchiveFile") || arg.startsWith("-Dnewsprint.") || arg.startsWith("-Xlog")) {
                        cmd.add(arg);
                    }
                }
                cmd.addAll(List.of("-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                        Main.class.getName(), "render", page.toString(), "-o", tmp.toString()));
                if (common.layouts != null) {
                    cmd.addAll(List.of("--layouts", common.layouts.toString()));
                }
                long a = System.nanoTime();
                Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
                int code = p.waitFor();
                times.add(ms(System.nanoTime() - a));
                if (code != 0) {
                    throw new IllegalStateException("cold render of " + page + " exited with " + code);
                }
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
        return median(times);
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }

    private static double median(List<Double> xs) {
        List<Double> s = new ArrayList<>(xs);
        Collections.sort(s);
        int n = s.size();
        return n % 2 == 1 ? s.get(n / 2) : (s.get(n / 2 - 1) + s.get(n / 2)) / 2;
    }

}
