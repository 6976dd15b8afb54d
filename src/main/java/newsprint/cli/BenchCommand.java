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
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import newsprint.Newsprint;
import newsprint.edition.EditionMaker;
import newsprint.finish.PrintFinish;
import newsprint.read.EditionReader;
import newsprint.prepare.PreparedPage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code newsprint bench PAGE…}: the speed figures the README states. For each page: the first
 * render in this process, the steady state (median and 90th percentile of warm runs, after a
 * warm-up that lets the compiler finish), and the median wall time of a whole
 * {@code newsprint render} process started cold through the launcher; then pages per second for
 * all the pages on one thread and on several; and, when asked, the least heap each page renders
 * in. A warm run is the whole job but the disk: read, prepare, check, compose, render and finish
 * the print PDF into memory.
 */
@Command(name = "bench", mixinStandardHelpOptions = true, subcommands = BenchServeCommand.class,
        description = "Measure render times: first in a process, steady-state warm, cold whole-process, pages per second on 1 and N threads.")
final class BenchCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "PAGE", description = "page files (or edition files) to measure; 'bench serve' loads the desk's server")
    List<Path> pages;

    /** Most runs a measurement takes: far more than a figure needs. */
    static final int MAX_RUNS = 10_000;
    static final int MAX_COLD_RUNS = 1_000;

    @Option(names = "--warmup", defaultValue = "200", description = "least warm-up renders per page before measuring; the warm-up then goes on "
            + "until the compilers are done and the times flat (default: ${DEFAULT-VALUE})")
    int warmup;

    @Option(names = "--settle-seconds", defaultValue = "120", description = "longest a page's warm-up goes on past its least count to settle (default: ${DEFAULT-VALUE})")
    int settleSeconds;

    @Option(names = "--runs", defaultValue = "50", description = "measured warm renders per page (default: ${DEFAULT-VALUE})")
    int runs;

    @Option(names = "--cold-runs", defaultValue = "5", description = "whole-process renders per page; 0 skips them (default: ${DEFAULT-VALUE})")
    int coldRuns;

    @Option(names = "--threads", defaultValue = "0", description = "threads for the pages-per-second figure (default: the machine's cores)")
    int threads;

    @Option(names = "--heap", description = "also find the least heap (-Xmx) each page renders in, by cold processes")
    boolean heap;

    @picocli.CommandLine.Mixin
    CommonOptions common;

    @Override
    public Integer call() throws Exception {
        if (pages == null || pages.isEmpty()) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "Missing required parameter: 'PAGE'");
        }
        OptionChecks.range("--warmup", warmup, 0, MAX_RUNS);
        OptionChecks.range("--runs", runs, 1, MAX_RUNS);
        OptionChecks.range("--cold-runs", coldRuns, 0, MAX_COLD_RUNS);
        OptionChecks.range("--settle-seconds", settleSeconds, 0, 3600);
        OptionChecks.range("--threads", threads, 0, 256);
        int cores = Runtime.getRuntime().availableProcessors();
        int parallel = threads == 0 ? cores : threads;
        var out = spec.commandLine().getOut();
        Newsprint newsprint = common.newsprint();
        out.printf(Locale.ROOT, "%d cores, Java %s, %s%n", cores, Runtime.version(), ManagementFactory.getRuntimeMXBean().getInputArguments()
                .stream().filter(a -> a.startsWith("-XX:TieredStopAtLevel") || a.startsWith("-XX:+Use")).toList());
        List<Path> editions = pages.stream().filter(EditionReader::isEdition).toList();
        if (!editions.isEmpty()) {
            for (Path edition : editions) {
                edition(newsprint, edition, parallel, out);
            }
            pages = pages.stream().filter(p -> !editions.contains(p)).toList();
            if (pages.isEmpty()) {
                return ExitCodes.OK;
            }
        }
        // the whole processes first, while this one is idle: its compiler would otherwise share the cores with them
        java.util.Map<Path, Double> coldMs = new java.util.HashMap<>();
        for (Path page : pages) {
            if (coldRuns > 0) {
                coldMs.put(page, median(cold(page)));
            }
        }
        out.printf(Locale.ROOT, "%-36s %9s %9s %9s %9s %9s %7s%n", "page", "first ms", "warm-up", "warm ms", "p90 ms", "cold ms", "KB");
        List<Path> unsettled = new ArrayList<>();
        for (Path page : pages) {
            long t0 = System.nanoTime();
            byte[] pdf = render(newsprint, page);
            double first = ms(System.nanoTime() - t0);
            for (int i = 0; i < warmup; i++) {
                render(newsprint, page);
            }
            Settled settled = settle(() -> render(newsprint, page), Settling.BLOCK);
            if (!settled.settled()) {
                unsettled.add(page);
            }
            int warmedUp = warmup + settled.runs();
            List<Double> warm = new ArrayList<>();
            for (int i = 0; i < runs; i++) {
                long a = System.nanoTime();
                render(newsprint, page);
                warm.add(ms(System.nanoTime() - a));
            }
            String cold = coldRuns > 0 ? String.format(Locale.ROOT, "%9.0f", coldMs.get(page)) : String.format("%9s", "-");
            out.printf(Locale.ROOT, "%-36s %9.0f %9d %9.1f %9.1f %s %7d%n", page, first, warmedUp, median(warm), percentile(warm, 0.9), cold, pdf.length / 1024);
            out.flush();
        }
        int rounds = Math.max(1, runs / pages.size());
        double one = pagesPerSecond(newsprint, 1, rounds);
        double many = pagesPerSecond(newsprint, parallel, rounds);
        out.printf(Locale.ROOT, "pages per second (the pages above, %d rounds): %.1f on 1 thread, %.1f on %d threads%n", rounds, one, many, parallel);
        if (heap) {
            for (Path page : pages) {
                out.printf(Locale.ROOT, "least heap for %s: %d MB (renders with -Xmx%dm, not with %dm)%n", page, leastHeap(page), leastHeap, leastHeap - HEAP_STEP_MB);
                out.flush();
            }
        }
        out.println("first: the first render in this process (fonts parsed, code not yet compiled); warm-up: renders before measuring (at least "
                + warmup + ", then blocks of " + Settling.BLOCK + " until the compilers took under "
                + Math.round(Settling.COMPILING_SHARE * 100) + " % of a block's time and its median fell by under " + Math.round(Settling.FLAT * 100)
                + " %); warm: median of " + runs + " renders after it (read, prepare, check, compose, render and finish the print PDF in"
                + " memory); p90: their 90th percentile; cold: median wall time of " + coldRuns + " whole 'newsprint render' processes"
                + " started as the launcher starts them");
        for (Path page : unsettled) {
            out.println("not settled: " + page + ": the compilers were still at work, or the times still moving, after " + settleSeconds
                    + " s of warm-up; its warm figure is not the steady state");
        }
        return ExitCodes.OK;
    }

    /**
     * An edition's figures: whole {@code newsprint edition} processes started cold, then, in this
     * process after a warm-up (settled as a page's is, in blocks of editions), the edition made on
     * one thread and on {@code threads}: its wall time, the time a page, and pages per second.
     */
    private void edition(Newsprint newsprint, Path edition, int threads, java.io.PrintWriter out) throws Exception {
        var file = newsprint.readEdition(edition);
        int n = file.pages().size();
        List<Double> cold = new ArrayList<>();
        Path tmp = Files.createTempDirectory("newsprint-bench");
        try {
            for (int i = 0; i < coldRuns; i++) {
                List<String> cmd = new ArrayList<>(command());
                cmd.addAll(List.of("edition", edition.toString(), "-o", tmp.resolve("set").toString(), "--allow-overset"));
                long a = System.nanoTime();
                int code = run(cmd);
                cold.add(ms(System.nanoTime() - a));
                if (code != 0) {
                    throw new IllegalStateException("cold edition run of " + edition + " exited with " + code);
                }
            }
        } finally {
            try (var files = Files.walk(tmp)) {
                for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
        var maker = new EditionMaker(newsprint);
        int rounds = Math.max(3, Math.min(runs, 1 + warmup / Math.max(1, n)));
        for (int i = 0; i < rounds; i++) {
            maker.make(file, new EditionMaker.Settings(PrintFinish.standard(), true, threads, x -> { }));
        }
        Settled settled = settle(() -> maker.make(file, new EditionMaker.Settings(PrintFinish.standard(), true, threads, x -> { })),
                Settling.EDITION_BLOCK);
        double[] wall = new double[2];
        int[] used = {1, threads};
        for (int k = 0; k < 2; k++) {
            List<Double> times = new ArrayList<>();
            for (int i = 0; i < Math.max(3, runs / Math.max(1, n)); i++) {
                long a = System.nanoTime();
                maker.make(file, new EditionMaker.Settings(PrintFinish.standard(), true, used[k], x -> { }));
                times.add(ms(System.nanoTime() - a));
            }
            wall[k] = median(times);
        }
        out.printf(Locale.ROOT, "edition %s: %d pages; cold whole process %s; warm, after %d editions of warm-up%s: %.0f ms on 1 thread "
                        + "(%.1f ms a page, %.1f pages/s), %.0f ms on %d threads (%.1f pages/s)%n", edition, n,
                coldRuns > 0 ? String.format(Locale.ROOT, "%.2f s (median of %d)", median(cold) / 1000, coldRuns) : "-",
                rounds + settled.runs(), settled.settled() ? "" : " (not settled in " + settleSeconds + " s: not the steady state)",
                wall[0], wall[0] / n, n / (wall[0] / 1000), wall[1], threads, n / (wall[1] / 1000));
        out.flush();
    }

    /** How a warm-up went on past its least count: the runs it took, and whether it settled in the time allowed. */
    private record Settled(int runs, boolean settled) {
    }

    /**
     * Goes on running {@code job} (a page's render, an edition) in blocks of {@code block} until the
     * compilers are done with it and its time is flat ({@link Settling}), for at most {@code --settle-seconds}.
     */
    private Settled settle(Runnable job, int block) {
        var compiler = ManagementFactory.getCompilationMXBean();
        boolean timed = compiler != null && compiler.isCompilationTimeMonitoringSupported();
        Settling settling = new Settling();
        int done = 0;
        long until = System.nanoTime() + settleSeconds * 1_000_000_000L;
        while (System.nanoTime() < until) {
            long compiling = timed ? compiler.getTotalCompilationTime() : 0;
            long a = System.nanoTime();
            List<Double> times = new ArrayList<>();
            for (int i = 0; i < block; i++) {
                long b = System.nanoTime();
                job.run();
                times.add(ms(System.nanoTime() - b));
            }
            done += block;
            double wall = ms(System.nanoTime() - a);
            if (settling.settledAfter(times, wall, timed ? compiler.getTotalCompilationTime() - compiling : -1)) {
                return new Settled(done, true);
            }
        }
        return new Settled(done, false);
    }

    private static byte[] render(Newsprint newsprint, Path page) {
        PreparedPage prepared = newsprint.prepare(page);
        newsprint.preflight(prepared);
        return newsprint.render(newsprint.compose(prepared));
    }

    /** Renders every page {@code rounds} times on {@code threads} threads sharing one engine; pages per second. */
    private double pagesPerSecond(Newsprint newsprint, int threads, int rounds) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            long a = System.nanoTime();
            List<Future<byte[]>> done = new ArrayList<>();
            for (int r = 0; r < rounds; r++) {
                for (Path page : pages) {
                    done.add(pool.submit(() -> render(newsprint, page)));
                }
            }
            for (Future<byte[]> f : done) {
                f.get();
            }
            return done.size() / ((System.nanoTime() - a) / 1e9);
        } finally {
            pool.shutdownNow();
        }
    }

    /** Wall times of fresh processes rendering the page: through the launcher when it started this one. */
    private List<Double> cold(Path page) throws IOException, InterruptedException {
        Path tmp = Files.createTempFile("newsprint-bench", ".pdf");
        List<Double> times = new ArrayList<>();
        try {
            for (int i = 0; i < coldRuns; i++) {
                List<String> cmd = new ArrayList<>(command());
                cmd.addAll(List.of("render", page.toString(), "-o", tmp.toString()));
                if (common.layouts != null) {
                    cmd.addAll(List.of("--layouts", common.layouts.toString()));
                }
                long a = System.nanoTime();
                int code = run(cmd);
                times.add(ms(System.nanoTime() - a));
                if (code != 0) {
                    throw new IllegalStateException("cold render of " + page + " exited with " + code);
                }
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
        return times;
    }

    /** The command that starts newsprint: the launcher that started this process, else this VM with its settings. */
    private static List<String> command() {
        String launcher = System.getProperty("newsprint.launcher");
        if (launcher != null && Files.isExecutable(Path.of(launcher))) {
            return List.of(launcher);
        }
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        for (String arg : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            if (arg.startsWith("-Dnewsprint.") || arg.startsWith("-Djava.util.logging")) {
                cmd.add(arg);
            }
        }
        cmd.addAll(List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        return cmd;
    }

    private static int run(List<String> cmd) throws IOException, InterruptedException {
        return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor();
    }

    /** The heap steps the search works in. */
    static final int HEAP_STEP_MB = 16;
    private int leastHeap;

    /** The least -Xmx (in steps of {@value #HEAP_STEP_MB} MB, up to 2 GB) a cold process renders the page in. */
    private int leastHeap(Path page) throws IOException, InterruptedException {
        Path tmp = Files.createTempFile("newsprint-bench", ".pdf");
        try {
            int lo = 0;
            int hi = 2048 / HEAP_STEP_MB;
            while (hi - lo > 1) {
                int mid = (lo + hi) / 2;
                List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Xmx" + mid * HEAP_STEP_MB + "m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1"));
                for (String arg : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
                    if (arg.startsWith("-Dnewsprint.")) {
                        cmd.add(arg);
                    }
                }
                cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName(), "render", page.toString(), "-o", tmp.toString()));
                if (run(cmd) == 0) {
                    hi = mid;
                } else {
                    lo = mid;
                }
            }
            leastHeap = hi * HEAP_STEP_MB;
            return leastHeap;
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }

    private static double median(List<Double> xs) {
        return Settling.median(xs);
    }

    private static double percentile(List<Double> xs, double p) {
        List<Double> s = new ArrayList<>(xs);
        Collections.sort(s);
        return s.get(Math.min(s.size() - 1, (int) Math.ceil(p * s.size()) - 1));
    }
}
