package newsprint.desk;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.stream.Stream;
import newsprint.Newsprint;
import newsprint.layout.LayoutLibrary;

/** A desk served on a free loopback port over a copy of example files, with its log kept, and an HTTP client for it. */
final class DeskFixture implements AutoCloseable {
    // the hostile tests send a Host header of their own: jdk.httpclient.allowRestrictedHeaders=host is
    // set in the pom's surefire argLine, since the JDK reads it at the first HTTP client in the JVM

    final Path folder;
    final Desk desk;
    final DeskServer server;
    final int port;
    final List<String> log = new CopyOnWriteArrayList<>();
    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    DeskFixture(Path served, String host, float dpi) throws IOException {
        this.folder = Files.isDirectory(served) ? served : served.getParent();
        this.desk = new Desk(DeskSource.of(served), () -> new Newsprint(LayoutLibrary.bundled()), dpi);
        desk.refresh(java.util.Set.of());
        this.server = new DeskServer(desk, host, "test-editor", log::add);
        this.port = server.start(host, 0);
    }

    /** Copies a folder of examples into {@code to}, recursively. */
    static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.toList()) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(f, target);
                }
            }
        }
    }

    String base() {
        return "http://127.0.0.1:" + port;
    }

    HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(base() + path)).timeout(Duration.ofSeconds(30));
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(request(path).build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<byte[]> bytes(String path) throws IOException, InterruptedException {
        return http.send(request(path).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    HttpResponse<String> post(String path, String json) throws IOException, InterruptedException {
        return http.send(request(path).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Listens to the server's events; each {@code data:} line arrives in the queue with the time it came. */
    Events events() {
        Events e = new Events();
        http.sendAsync(request("/events").header("Accept", "text/event-stream").timeout(Duration.ofMinutes(10)).build(), HttpResponse.BodyHandlers.ofLines())
                // read on a thread of its own: with thenAccept, a response already there when it is
                // attached would be read on the caller's thread, which then never returns
                .thenAcceptAsync(r -> r.body().forEach(line -> {
                    if (line.startsWith("data:")) {
                        e.queue.add(new Event(System.nanoTime(), line.substring(5).trim()));
                    }
                }), run -> {
                    Thread t = new Thread(run, "desk-test-events");
                    t.setDaemon(true);
                    t.start();
                });
        return e;
    }

    record Event(long nanos, String data) {
    }

    static final class Events {
        final BlockingQueue<Event> queue = new LinkedBlockingQueue<>();
    }

    @Override
    public void close() {
        server.close();
        desk.close();
    }
}
