package newsprint.desk;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.sse.SseClient;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import newsprint.NewsprintException;
import newsprint.layout.Role;
import newsprint.preview.OverlayPainter;
import newsprint.preview.PagePicture;

/**
 * The desk's web server (Javalin on Jetty): the flatplan and page view (plain HTML, CSS and
 * JavaScript from {@code newsprint/desk/}), the pages' pictures and PDFs, the JSON the screens
 * read, server-sent events when pages change, sign-off, and the edition's files. Every request
 * passes the {@link Guard} first; every refusal is logged with its reason.
 */
public final class DeskServer implements AutoCloseable {
    /** The screens' own files, by name: nothing else is served from the class path. */
    private static final Map<String, String> ASSETS = Map.of(
            "desk.css", "text/css; charset=utf-8",
            "desk.js", "text/javascript; charset=utf-8",
            "flatplan.js", "text/javascript; charset=utf-8",
            "page.js", "text/javascript; charset=utf-8");
    private static final String REFUSAL = "newsprint.refusal";
    /** Comparisons kept: one per page and version looked at; a desk looks at a few. */
    private static final int MAX_DIFFS = 32;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Desk desk;
    private final String user;
    private final Consumer<String> log;
    private final Guard guard;
    private final Set<SseClient> clients = ConcurrentHashMap.newKeySet();
    private final Map<String, PictureDiff> diffs = new ConcurrentHashMap<>();
    private final EditionFilesRoute files;
    private final Javalin app;
    private LiveRefresh live;

    /** A server for {@code desk} that will listen on {@code host}; {@code log} hears every refusal and error. */
    public DeskServer(Desk desk, String host, String user, Consumer<String> log) {
        this.desk = desk;
        this.user = user;
        this.log = log;
        this.guard = new Guard(host);
        this.files = new EditionFilesRoute(desk);
        this.app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.http.generateEtags = false;
            config.jetty.modifyServer(server -> server.setRequestLog((request, response) -> {
                if (response.getStatus() >= 400) {
                    Object why = request.getAttribute(REFUSAL);
                    log.accept("refused: " + request.getMethod() + " " + request.getHttpURI().getPathQuery() + " from "
                            + org.eclipse.jetty.server.Request.getRemoteAddr(request) + ": " + response.getStatus()
                            + (why == null ? "" : " (" + why + ")"));
                }
            }));
            var r = config.routes;
            r.before(this::guard);
            r.get("/", ctx -> asset(ctx, "flatplan.html", "text/html; charset=utf-8"));
            r.get("/page/{n}", ctx -> {
                page(ctx);
                asset(ctx, "page.html", "text/html; charset=utf-8");
            });
            r.get("/assets/{name}", ctx -> {
                String type = ASSETS.get(ctx.pathParam("name"));
                if (type == null) {
                    throw refuse(ctx, 404, "no such asset");
                }
                asset(ctx, ctx.pathParam("name"), type);
            });
            r.get("/api/edition", ctx -> json(ctx, DeskJson.edition(desk, desk.snapshot(), desk.signOffs().read(), user)));
            r.get("/api/pages/{n}", ctx -> {
                PageView p = page(ctx);
                json(ctx, DeskJson.page(p, desk.signOffs().read().get(p.file())));
            });
            r.get("/pages/{n}/page.png", ctx -> png(ctx, page(ctx).png(), null));
            r.get("/pages/{n}/thumb.png", ctx -> png(ctx, page(ctx).thumbnail(), null));
            r.get("/pages/{n}/proof.png", ctx -> {
                PageView p = page(ctx);
                png(ctx, p.png() == null ? null : proof(p), stem(p) + ".png");
            });
            r.get("/pages/{n}/page.pdf", ctx -> {
                PageView p = page(ctx);
                if (p.pdf() == null) {
                    throw refuse(ctx, 404, "page " + p.number() + " has no PDF: it failed");
                }
                download(ctx, p.pdf(), "application/pdf", plateName(p));
            });
            r.get("/pages/{n}/signed.png", ctx -> {
                PageView p = page(ctx);
                SignOffs.Record rec = desk.signOffs().read().get(p.file());
                png(ctx, rec == null ? null : desk.signOffs().picture(rec), null);
            });
            r.get("/pages/{n}/diff.png", ctx -> {
                PageView p = page(ctx);
                SignOffs.Record rec = desk.signOffs().read().get(p.file());
                byte[] signed = rec == null ? null : desk.signOffs().picture(rec);
                if (signed == null || p.png() == null) {
                    throw refuse(ctx, 404, "page " + p.number() + " has no signed-off picture to compare");
                }
                if (diffs.size() > MAX_DIFFS) {
                    diffs.clear(); // pictures of versions long gone
                }
                PictureDiff d = diffs.computeIfAbsent(rec.hash() + "/" + p.version(), k -> PictureDiff.of(signed, p.png()));
                ctx.header("X-Changed-Pixels", Long.toString(d.changedPixels()));
                png(ctx, d.png(), null);
            });
            r.post("/api/pages/{n}/signoff", this::signOff);
            r.get("/edition/plates.zip", ctx -> download(ctx, Plates.zip(desk), "application/zip", Plates.zipName(desk)));
            r.get("/files/<path>", files::serve);
            r.sse("/events", this::subscribe);
            r.exception(NewsprintException.class, (e, ctx) -> {
                ctx.status(500).contentType("text/plain; charset=utf-8").result("error: " + e.getMessage()
                        + (e.hint() == null ? "" : "\nhint: " + e.hint()));
                log.accept("error: " + ctx.method() + " " + ctx.path() + ": " + e.getMessage());
            });
        });
    }

    /** Starts listening on {@code host}:{@code port} (0: any free port) and watching the files; returns the port. */
    public int start(String host, int port) throws IOException {
        app.start(host, port);
        int actual = app.port();
        guard.listening(host, actual);
        live = new LiveRefresh(desk, this::publish, log);
        return actual;
    }

    /** The token every request needs, or null when the server listens on the loopback address only. */
    public String token() {
        return guard.token();
    }

    /** The refresher, to be told of changes directly (tests, the benchmark). */
    public LiveRefresh live() {
        return live;
    }

    public int clients() {
        return clients.size();
    }

    private void guard(Context ctx) {
        String token = ctx.queryParam("token");
        if (token == null) {
            token = ctx.cookie(Guard.COOKIE);
        }
        String auth = ctx.header("Authorization");
        if (token == null && auth != null && auth.startsWith("Bearer ")) {
            token = auth.substring("Bearer ".length());
        }
        String why = guard.refusal(ctx.header("Host"), ctx.header("Origin"), ctx.header("Sec-Fetch-Site"), token);
        if (why != null) {
            throw refuse(ctx, why.contains("token") ? 401 : 403, why);
        }
        if (guard.token() != null && ctx.queryParam("token") != null) {
            ctx.header("Set-Cookie", Guard.COOKIE + "=" + guard.token() + "; Path=/; HttpOnly; SameSite=Strict");
        }
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("Content-Security-Policy", "default-src 'self'; img-src 'self' blob:; style-src 'self'; script-src 'self'; frame-ancestors 'none'");
    }

    /** Refuses the request with {@code status}: the reason is logged and sent as plain text. */
    static HttpResponseException refuse(Context ctx, int status, String why) {
        ctx.req().setAttribute(REFUSAL, why);
        return new HttpResponseException(status, why);
    }

    private PageView page(Context ctx) {
        int n;
        try {
            n = Integer.parseInt(ctx.pathParam("n"));
        } catch (NumberFormatException e) {
            throw refuse(ctx, 404, "no such page");
        }
        PageView p = desk.snapshot().page(n);
        if (p == null) {
            throw refuse(ctx, 404, "no page " + n);
        }
        return p;
    }

    private static void asset(Context ctx, String name, String type) throws IOException {
        try (InputStream in = DeskServer.class.getResourceAsStream("/newsprint/desk/" + name)) {
            if (in == null) {
                throw refuse(ctx, 404, "no such asset");
            }
            ctx.contentType(type).header("Cache-Control", "no-cache").result(in.readAllBytes());
        }
    }

    private static void json(Context ctx, Object value) throws IOException {
        ctx.contentType("application/json").header("Cache-Control", "no-store").result(JSON.writeValueAsBytes(value));
    }

    private static void png(Context ctx, byte[] png, String attachment) {
        if (png == null) {
            throw refuse(ctx, 404, "no picture");
        }
        if (attachment != null) {
            download(ctx, png, "image/png", attachment);
        } else {
            ctx.contentType("image/png").header("Cache-Control", "no-cache").result(png);
        }
    }

    private static void download(Context ctx, byte[] bytes, String type, String name) {
        ctx.contentType(type).header("Cache-Control", "no-store")
                .header("Content-Disposition", "attachment; filename=\"" + name.replaceAll("[^A-Za-z0-9._-]", "_") + "\"").result(bytes);
    }

    private String stem(PageView p) {
        String name = Path.of(p.file()).getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private String plateName(PageView p) {
        return desk.edition() != null ? Plates.plateName(desk.edition(), p.number()) : stem(p) + ".pdf";
    }

    private byte[] proof(PageView p) throws IOException {
        java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(p.png()));
        java.awt.image.BufferedImage rgb = new java.awt.image.BufferedImage(image.getWidth(), image.getHeight(),
                java.awt.image.BufferedImage.TYPE_INT_RGB);
        rgb.createGraphics().drawImage(image, 0, 0, null);
        new OverlayPainter(p.composed().styles().get(Role.HEADLINE3).face()).paint(rgb, p.marks(), p.dpi());
        return PagePicture.png(rgb);
    }

    /** Signs a page off: the body names the state the user looked at ({@code {"hash": …}}); a page changed since is refused (409). */
    private void signOff(Context ctx) throws IOException {
        PageView p = page(ctx);
        String type = ctx.contentType();
        if (type == null || !type.startsWith("application/json")) {
            throw refuse(ctx, 415, "a sign-off is JSON: {\"hash\": …}");
        }
        String hash;
        try {
            var body = JSON.readTree(ctx.bodyAsBytes());
            // {"hash": "<the state shown>"} and nothing else: an empty body, null, a list, a number or a missing hash is a
            // malformed request (400), not a page changed since it was shown (409)
            if (body == null || !body.isObject() || !body.path("hash").isTextual() || body.get("hash").asText().isEmpty()) {
                throw refuse(ctx, 400, "a sign-off is {\"hash\": \"…\"}, the hash of the page's state as shown (from /api/pages/N)");
            }
            hash = body.get("hash").asText();
        } catch (IOException e) {
            throw refuse(ctx, 400, "the body is not JSON");
        }
        if (p.failed() || p.state() == null) {
            throw refuse(ctx, 409, "page " + p.number() + " failed: it cannot be signed off");
        }
        if (hash == null || !hash.equals(p.state().hash())) {
            throw refuse(ctx, 409, "page " + p.number() + " has changed since it was shown (its state is " + p.state().hash().substring(0, 12)
                    + ", not " + (hash == null ? "none" : hash.substring(0, Math.min(12, hash.length()))) + "): look at it again");
        }
        PageHash s = p.state();
        SignOffs.Record record = new SignOffs.Record(p.number(), p.file(), user, Instant.now().truncatedTo(ChronoUnit.SECONDS).toString(),
                s.hash(), s.pageFile(), s.photos(), s.ads(), s.pdf(), SignOffs.pictureName(p.file(), s.hash()));
        desk.signOffs().put(record, p.png(), desk.source().name());
        log.accept("signed off: page " + p.number() + " (" + p.file() + ") by " + user);
        json(ctx, DeskJson.page(p, record));
        publish(desk.snapshot());
    }

    private void subscribe(SseClient client) {
        client.keepAlive();
        clients.add(client);
        client.onClose(() -> clients.remove(client));
        send(client, "edition", DeskJson.edition(desk, desk.snapshot(), desk.signOffs().read(), user));
    }

    /** Tells every open screen the pages' new state. */
    private void publish(Snapshot s) {
        Map<String, Object> event = DeskJson.edition(desk, s, desk.signOffs().read(), user);
        for (SseClient c : List.copyOf(clients)) {
            send(c, "edition", event);
        }
    }

    private void send(SseClient client, String name, Object data) {
        try {
            String text = JSON.writeValueAsString(data);
            synchronized (client) {
                if (client.terminated()) {
                    clients.remove(client);
                } else {
                    client.sendEvent(name, text);
                }
            }
        } catch (IOException | RuntimeException e) {
            clients.remove(client);
        }
    }

    @Override
    public void close() {
        if (live != null) {
            live.close();
        }
        clients.forEach(c -> {
            try {
                c.close();
            } catch (RuntimeException e) {
                // closing anyway
            }
        });
        app.stop();
    }
}
