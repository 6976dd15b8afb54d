package newsprint.desk;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Stream;
import newsprint.Digest;
import newsprint.Newsprint;

/**
 * The desk under load ({@code newsprint bench serve}): a copy of the served files, the server in
 * this process, N clients that each hold the server-sent events open and fetch the page's new
 * picture whenever it changes (as a browser does), and one page file saved once a second. It
 * reports error responses (and the server's own log of refusals and failed pages), whether every
 * client ended on the last version, the heap after a forced collection with the desk idle at the
 * start and at the end, what the desk holds then, the time from a save to a client holding the
 * new picture (median and 95th percentile over every client and save), and the render inside
 * the server (PDF, picture, PNG). The clients keep none of the pictures they read, so the heap
 * is the server's.
 */
public final class ServeBench {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    /** What to measure: the served file or folder, the page file saved (null: the edition's second page, else the first), clients, seconds, dpi. */
    public record Settings(Path target, Path page, int clients, int seconds, int dpi) {
    }

    private final Settings settings;
    private final Supplier<Newsprint> engines;
    private final PrintWriter out;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final AtomicInteger errors = new AtomicInteger();
    private final List<String> errorLines = new CopyOnWriteArrayList<>();
    private final List<String> serverLines = new CopyOnWriteArrayList<>();
    /** The page's versions that clients were shown failed. */
    private final java.util.Set<Long> failedVersions = ConcurrentHashMap.newKeySet();
    /** The longest a warm-up save may take to reach every client, before the heap is first measured. */
    private static final int WARM_UP_LIMIT_SECONDS = 60;

    /** Each measured save's number, by the page file's SHA-256, and when it was written (by number). */
    private final Map<String, Integer> saveNumber = new ConcurrentHashMap<>();
    private final Map<Integer, Long> savedAt = new ConcurrentHashMap<>();
    /** Per client, each picture fetched: the save it shows and when it arrived. */
    private final List<List<long[]>> pictures = new CopyOnWriteArrayList<>();
    private volatile boolean measuring;
    private final List<Double> renders = Collections.synchronizedList(new ArrayList<>());

    public ServeBench(Settings settings, Supplier<Newsprint> engines, PrintWriter out) {
        this.settings = settings;
        this.engines = engines;
        this.out = out;
    }

    public void run() throws Exception {
        Path work = Files.createTempDirectory("newsprint-bench-serve");
        try {
            Path target = copy(settings.target(), work);
            try (Desk desk = new Desk(DeskSource.of(target), engines, settings.dpi());
                 DeskServer server = new DeskServer(desk, "127.0.0.1", "bench", this::serverSaid)) {
                long t0 = System.nanoTime();
                Snapshot first = desk.refresh(java.util.Set.of());
                int port = server.start("127.0.0.1", 0);
                PageView page = pageToSave(first, work, target);
                Path file = desk.source().root().resolve(page.file());
                out.printf(Locale.ROOT, "bench serve: %s (%d pages, made in %.1f s), page %d (%s) saved every second for %d s, %d clients, %d dpi%n",
                        settings.target(), first.pages().size(), (System.nanoTime() - t0) / 1e9, page.number(), page.file(), settings.seconds(),
                        settings.clients(), settings.dpi());
                out.flush();
                List<Client> clients = new ArrayList<>();
                for (int i = 0; i < settings.clients(); i++) {
                    clients.add(new Client(port, page.number(), i == 0));
                }
                String original = Files.readString(file);
                // a few saves before measuring: the first renders of a page fill caches that then stay (fonts, buffers);
                // each warm-up save is rendered and shown to every client before the next (not a fixed wait)
                String warming = save(file, original, -1);
                awaitIdle(server, clients, Digest.sha256(warming.getBytes(StandardCharsets.UTF_8)), WARM_UP_LIMIT_SECONDS);
                String warm = save(file, original, -2);
                // measured when the desk is idle, as at the end: every client holding the warm-up's picture, no render under way
                String warmSha = Digest.sha256(warm.getBytes(StandardCharsets.UTF_8));
                awaitIdle(server, clients, warmSha, WARM_UP_LIMIT_SECONDS);
                long heapStart = heapAfterGc();
                long heldStart = held(desk.snapshot());
                int subscribersStart = server.clients();
                long firstVersion = desk.snapshot().page(page.number()).version();
                measuring = true;
                String last = original;
                long start = System.nanoTime();
                for (int i = 1; i <= settings.seconds(); i++) {
                    long due = start + i * 1_000_000_000L;
                    Thread.sleep(Math.max(0, (due - System.nanoTime()) / 1_000_000));
                    last = save(file, original, i);
                }
                String lastSha = Digest.sha256(last.getBytes(StandardCharsets.UTF_8));
                awaitIdle(server, clients, lastSha, 30);
                long onLast = clients.stream().filter(c -> lastSha.equals(c.sha)).count();
                long finalVersion = desk.snapshot().page(page.number()).version();
                long onLastVersion = clients.stream().filter(c -> c.version == finalVersion).count();
                long heapEnd = heapAfterGc(); // as at the start: the clients still watching
                long heldEnd = held(desk.snapshot());
                int subscribersEnd = server.clients();
                clients.forEach(Client::close);
                report(page, onLast, onLastVersion, heapStart, heapEnd, finalVersion - firstVersion);
                out.printf(Locale.ROOT, "held by the desk: its pages' PDFs and pictures %.1f MB at the start, %.1f MB at the end; "
                        + "event subscribers %d at the start, %d at the end%n", heldStart / 1048576.0, heldEnd / 1048576.0,
                        subscribersStart, subscribersEnd);
                out.flush();
                Files.writeString(file, original);
            }
        } finally {
            try (Stream<Path> files = Files.walk(work)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private void report(PageView page, long onLast, long onLastVersion, long heapStart, long heapEnd, long versions) {
        out.printf(Locale.ROOT, "saves: %d; versions of the page rendered: %d (a save made while the page renders is taken with the next)%n",
                settings.seconds(), versions);
        out.printf(Locale.ROOT, "error responses: %d%s%n", errors.get(), errorLines.isEmpty() ? "" : " (" + String.join("; ",
                errorLines.subList(0, Math.min(5, errorLines.size()))) + ")");
        out.printf(Locale.ROOT, "versions of the page shown failed: %d%n", failedVersions.size());
        out.printf(Locale.ROOT, "server log (refusals, errors, pages that failed): %d lines%s%n", serverLines.size(), serverLines.isEmpty() ? ""
                : " (" + String.join("; ", serverLines.subList(0, Math.min(5, serverLines.size()))) + ")");
        out.printf(Locale.ROOT, "every client on the last version: %s (%d of %d on the last save, %d on the last version)%n",
                onLast == settings.clients() && onLastVersion == settings.clients() ? "yes" : "NO", onLast, settings.clients(), onLastVersion);
        out.printf(Locale.ROOT, "heap after a forced GC: %.1f MB at the start, %.1f MB at the end (%+.1f%%)%n", heapStart / 1048576.0,
                heapEnd / 1048576.0, 100.0 * (heapEnd - heapStart) / heapStart);
        List<Double> l = latencies();
        out.printf(Locale.ROOT, "save to new picture at a client: median %.0f ms, 95th percentile %.0f ms (%d saves × clients; "
                + "%d pictures fetched)%n", percentile(l, 0.5), percentile(l, 0.95), l.size(),
                pictures.stream().mapToInt(List::size).sum());
        List<Double> r = sorted(renders);
        out.printf(Locale.ROOT, "render inside the server (print PDF, picture, PNG, thumbnail): median %.0f ms, 95th percentile %.0f ms (%d renders)%n",
                percentile(r, 0.5), percentile(r, 0.95), r.size());
        out.flush();
    }

    /** Writes save {@code i} (negative: a warm-up save) and returns its content. */
    private String save(Path file, String original, int i) throws IOException {
        String text = variant(original, i);
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        if (i > 0) {
            String sha = Digest.sha256(bytes);
            saveNumber.put(sha, i);
            savedAt.put(i, System.nanoTime());
        }
        Files.write(file, bytes);
        return text;
    }

    /**
     * From each save to the first picture a client fetched that shows it or a later save (a save
     * that a later one overtook while the page was being made shows in that later picture),
     * over every client and save, in milliseconds.
     */
    private List<Double> latencies() {
        List<Double> out = new ArrayList<>();
        for (List<long[]> seen : pictures) {
            List<long[]> list;
            synchronized (seen) {
                list = new ArrayList<>(seen);
            }
            for (Map.Entry<Integer, Long> save : savedAt.entrySet()) {
                list.stream().filter(p -> p[0] >= save.getKey()).mapToLong(p -> p[1]).min()
                        .ifPresent(t -> out.add((t - save.getValue()) / 1e6));
            }
        }
        Collections.sort(out);
        return out;
    }

    /** The page file with save {@code i} written into its first paragraph: every save is new content. */
    static String variant(String yaml, int i) {
        int at = yaml.indexOf("\n      - ");
        if (at < 0) {
            return yaml + "\n# save " + i + "\n";
        }
        int text = at + "\n      - ".length();
        boolean quoted = yaml.charAt(text) == '"';
        return yaml.substring(0, text + (quoted ? 1 : 0)) + "第" + i + "稿。" + yaml.substring(text + (quoted ? 1 : 0));
    }

    private PageView pageToSave(Snapshot s, Path work, Path target) {
        if (settings.page() != null) {
            String name = settings.page().getFileName().toString();
            return s.pages().stream().filter(p -> p.file().equals(name) || p.file().endsWith("/" + name)).findFirst()
                    .orElseThrow(() -> new newsprint.NewsprintException.BadArgument("--page " + settings.page() + " is not a page of "
                            + settings.target(), "name one of its page files"));
        }
        return s.pages().size() > 1 && s.page(2).pdf() != null ? s.page(2) : s.page(1);
    }

    /** Copies the served file's folder (or the folder) into {@code work}; returns the copy of what is served. */
    private static Path copy(Path target, Path work) throws IOException {
        Path abs = target.toAbsolutePath().normalize();
        Path folder = Files.isDirectory(abs) ? abs : abs.getParent();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path f : files.toList()) {
                Path to = work.resolve(folder.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(to);
                } else if (Files.isRegularFile(f)) {
                    Files.copy(f, to);
                }
            }
        }
        return Files.isDirectory(abs) ? work : work.resolve(abs.getFileName().toString());
    }

    /**
     * Waits (at most {@code seconds}) until every client holds the picture of the save {@code sha}
     * and the desk has been idle for a second (no change waiting, no refresh running: an editor's
     * save is two events, and the second may make the pages again), so that the heap is measured
     * with nothing in flight, at the start as at the end.
     */
    private static void awaitIdle(DeskServer server, List<Client> clients, String sha, int seconds) throws InterruptedException {
        long until = System.nanoTime() + seconds * 1_000_000_000L;
        long idleSince = -1;
        while (System.nanoTime() < until) {
            boolean idle = server.live().idle() && clients.stream().allMatch(c -> sha.equals(c.sha));
            long now = System.nanoTime();
            if (!idle) {
                idleSince = -1;
            } else if (idleSince < 0) {
                idleSince = now;
            } else if (now - idleSince >= 1_000_000_000L) {
                return;
            }
            Thread.sleep(50);
        }
    }

    /** The bytes of the pages' PDFs, pictures and thumbnails that {@code s} holds: the bulk of what the desk keeps per page. */
    static long held(Snapshot s) {
        long bytes = 0;
        for (PageView p : s.pages()) {
            for (byte[] b : new byte[][] {p.pdf(), p.png(), p.thumbnail()}) {
                bytes += b == null ? 0 : b.length;
            }
        }
        return bytes;
    }

    private static long heapAfterGc() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(200);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static List<Double> sorted(List<Double> values) {
        List<Double> copy;
        synchronized (values) {
            copy = new ArrayList<>(values);
        }
        Collections.sort(copy);
        return copy;
    }

    private static double percentile(List<Double> sorted, double p) {
        return sorted.isEmpty() ? Double.NaN : sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p * sorted.size()) - 1));
    }

    /** One watching screen: the events open, the page's picture fetched whenever its version changes. */
    private final class Client {
        private final int port;
        private final int page;
        private final boolean recordsRenders;
        private volatile Stream<String> lines;
        private final List<long[]> seen = Collections.synchronizedList(new ArrayList<>());
        private volatile boolean closed;
        volatile long version = -1;
        volatile String sha;

        Client(int port, int page, boolean recordsRenders) {
            this.port = port;
            this.page = page;
            this.recordsRenders = recordsRenders;
            pictures.add(seen);
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/events"))
                    .header("Accept", "text/event-stream").build();
            // the events are read on a thread of their own (thenAccept would read them on this one
            // when the response is already there)
            http.sendAsync(request, HttpResponse.BodyHandlers.ofLines()).thenAcceptAsync(r -> {
                if (r.statusCode() != 200) {
                    error("events: " + r.statusCode());
                    return;
                }
                lines = r.body();
                r.body().forEach(line -> {
                    if (line.startsWith("data:")) {
                        seen(line.substring(5).trim());
                    }
                });
            }, run -> {
                Thread t = new Thread(run, "bench-client-events");
                t.setDaemon(true);
                t.start();
            }).exceptionally(e -> {
                if (!closed) {
                    error("events: " + e);
                }
                return null;
            });
        }

        private void seen(String data) {
            try {
                JsonNode p = JSON.readTree(data).get("pages").get(page - 1);
                long v = p.get("version").asLong();
                if (v == version) {
                    return;
                }
                version = v;
                if (p.get("state").asText().equals("error")) {
                    // as the page view does: a page that failed has its error to show, no picture to fetch
                    failedVersions.add(v);
                    return;
                }
                String now = p.get("pageFileSha256").asText(null);
                HttpResponse<java.io.InputStream> picture = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/pages/"
                        + page + "/page.png?v=" + v)).build(), HttpResponse.BodyHandlers.ofInputStream());
                String problem = pictureProblem(picture);
                long got = System.nanoTime();
                if (problem != null) {
                    error("picture: " + problem);
                    return;
                }
                Integer number = now == null ? null : saveNumber.get(now);
                if (number != null && measuring) {
                    seen.add(new long[] {number, got});
                    if (recordsRenders) {
                        renders.add((double) p.get("renderMillis").asLong());
                    }
                }
                sha = now;
            } catch (IOException | RuntimeException e) {
                error("client: " + e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        /**
         * Reads the picture through and checks it is a PNG, keeping none of it: the heap measured
         * is the server's, not 20 copies of the page's picture held by the clients.
         */
        private static String pictureProblem(HttpResponse<java.io.InputStream> picture) throws IOException {
            try (java.io.InputStream in = picture.body()) {
                if (picture.statusCode() != 200) {
                    return Integer.toString(picture.statusCode());
                }
                byte[] head = in.readNBytes(PNG_SIGNATURE.length);
                long length = head.length;
                byte[] buffer = new byte[64 * 1024];
                for (int n; (n = in.read(buffer)) > 0; ) {
                    length += n;
                }
                return java.util.Arrays.equals(head, PNG_SIGNATURE) ? null : "not a PNG (" + length + " bytes)";
            }
        }

        void close() {
            closed = true;
            Stream<String> open = lines;
            if (open != null) {
                open.close();
            }
        }
    }

    /** The server's log: refusals, errors and pages that failed are kept for the report; pages made as they should be are not. */
    private void serverSaid(String line) {
        if (!line.endsWith(" ms)")) {
            serverLines.add(line);
        }
    }

    private void error(String what) {
        errors.incrementAndGet();
        errorLines.add(what);
    }
}
