package newsprint.desk;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import newsprint.Digest;
import newsprint.Seed;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The desk's server as a browser and a hostile page meet it, over a copy of the seed page: the
 * screens and their JSON, live updates through server-sent events, sign-off and its record, a
 * page that fails, and every request the safety rules refuse, sent directly.
 */
@org.junit.jupiter.api.Timeout(value = 5, unit = java.util.concurrent.TimeUnit.MINUTES) // a test that waits on the server fails, never hangs the suite
class DeskServerTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final float DPI = 30;

    @TempDir
    static Path dir;
    static Path page;
    static DeskFixture desk;

    @BeforeAll
    static void serve() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("desk"));
        DeskFixture.copy(Seed.PAGE.getParent(), folder);
        page = folder.resolve("page.yaml");
        Files.writeString(folder.resolve("secret.txt"), "not the edition's");
        Files.createSymbolicLink(folder.resolve("photos/outside.jpg"), Path.of("/etc/hostname"));
        desk = new DeskFixture(folder, "127.0.0.1", DPI);
    }

    @AfterAll
    static void stop() {
        desk.close();
    }

    private static JsonNode json(String path) throws Exception {
        HttpResponse<String> r = desk.get(path);
        assertThat(r.statusCode()).as(path + ": " + r.body()).isEqualTo(200);
        return JSON.readTree(r.body());
    }

    /** The SHA-256 of the page file whose state page 1 shows; empty while it has none. */
    private static String shownPageFile() {
        var state = desk.desk.snapshot().page(1).state();
        return state == null ? "" : state.pageFile().sha256();
    }

    /** Waits (at most {@code seconds}) until page 1's version is past {@code version}; returns the page. */
    private static JsonNode pageAfter(long version, int seconds) throws Exception {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (System.nanoTime() < until) {
            JsonNode p = json("/api/pages/1");
            if (p.get("version").asLong() > version) {
                return p;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("page 1 did not change within " + seconds + " s");
    }

    @Test
    void servesTheFlatplanThePageViewAndThePagesPictures() throws Exception {
        assertThat(desk.get("/").body()).contains("flatplan").contains("/assets/flatplan.js");
        assertThat(desk.get("/page/1").body()).contains("/assets/page.js");
        assertThat(desk.get("/assets/desk.css").statusCode()).isEqualTo(200);
        JsonNode edition = json("/api/edition");
        assertThat(edition.get("kind").asText()).isEqualTo("folder");
        assertThat(edition.get("pages")).hasSize(1);
        JsonNode p = json("/api/pages/1");
        assertThat(p.get("file").asText()).isEqualTo("page.yaml");
        assertThat(p.get("marks")).hasSize(4);
        assertThat(p.get("fit").get("articles").get(0).get("id").asText()).isEqualTo("lead");
        HttpResponse<byte[]> png = desk.bytes(p.get("image").asText());
        assertThat(png.headers().firstValue("Content-Type")).hasValue("image/png");
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png.body()));
        assertThat(image.getWidth()).isEqualTo(p.get("widthPx").asInt()).isBetween(318, 320); // 270 mm at 30 dpi
        HttpResponse<byte[]> pdf = desk.bytes(p.get("pdf").asText());
        assertThat(new String(pdf.body(), 0, 8)).startsWith("%PDF-1.6");
        assertThat(pdf.headers().firstValue("Content-Disposition").orElse("")).contains("page.pdf");
        HttpResponse<byte[]> zip = desk.bytes("/edition/plates.zip");
        assertThat(zip.statusCode()).isEqualTo(200);
        assertThat(new String(zip.body(), 0, 2)).isEqualTo("PK");
        HttpResponse<byte[]> source = desk.bytes("/files/page.yaml");
        assertThat(source.statusCode()).isEqualTo(200);
        assertThat(desk.bytes("/files/photos/meeting.jpg").statusCode()).isEqualTo(200);
    }

    @Test
    void refusesEveryRequestTheSafetyRulesForbidAndLogsIt() throws Exception {
        String[] refused = {
            "/files/../page.yaml", "/files/%2e%2e/page.yaml", "/files/photos/%2e%2e/%2e%2e/secret.txt", "/files//etc/passwd",
            "/files/%2Fetc%2Fpasswd", "/files/photos/", "/files/photos", "/files/secret.txt", "/files/photos/outside.jpg",
            "/files/photos/..%5c..%5csecret.txt", "/assets/flatplan.html", "/assets/..%2f..%2fnewsprint%2fcli%2fMain.class",
            "/pages/9/page.png", "/pages/x/page.png", "/etc/passwd", "/files/"};
        for (String path : refused) {
            HttpResponse<String> r = desk.http.send(desk.request(path).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).as(path).isBetween(400, 499);
            assertThat(r.body()).as(path).doesNotContain("科技报").doesNotContain("not the edition's");
        }
        // a page of another site: its own name in Host (DNS rebinding), its origin on a sign-off
        assertThat(desk.http.send(desk.request("/api/edition").header("Host", "evil.example:" + desk.port).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(403);
        String hash = json("/api/pages/1").get("hash").asText();
        HttpResponse<String> crossSite = desk.http.send(desk.request("/api/pages/1/signoff").header("Content-Type", "application/json")
                .header("Origin", "http://evil.example").POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"hash\":\"" + hash + "\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(crossSite.statusCode()).isEqualTo(403);
        HttpResponse<String> form = desk.http.send(desk.request("/api/pages/1/signoff").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("hash=" + hash)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(form.statusCode()).isEqualTo(415);
        assertThat(json("/api/pages/1").get("signOff").asText()).as("none of these signed the page off").isNotEqualTo("signed");
        Thread.sleep(200); // the request log is written after the response
        assertThat(String.join("\n", desk.log)).contains("refused: GET /files/photos/ from").contains("folders are not listed")
                .contains("Host 'evil.example:").contains("Origin 'http://evil.example'").contains("/files/secret.txt")
                .contains("not a file the pages use").contains("/files/photos/outside.jpg");
    }

    @Test
    void onAnotherAddressEveryRequestNeedsTheToken() throws Exception {
        try (DeskFixture open = new DeskFixture(desk.folder, "0.0.0.0", 10)) {
            String token = open.server.token();
            assertThat(token).hasSizeGreaterThanOrEqualTo(32);
            assertThat(open.get("/api/edition").statusCode()).isEqualTo(401);
            assertThat(open.get("/api/edition?token=" + "0".repeat(token.length())).statusCode()).isEqualTo(401);
            assertThat(open.get("/pages/1/page.png").statusCode()).isEqualTo(401);
            HttpResponse<String> first = open.get("/?token=" + token);
            assertThat(first.statusCode()).isEqualTo(200);
            String cookie = first.headers().firstValue("Set-Cookie").orElseThrow();
            assertThat(cookie).contains("HttpOnly").contains("SameSite=Strict");
            assertThat(open.http.send(open.request("/api/edition").header("Cookie", cookie.substring(0, cookie.indexOf(';'))).build(),
                    HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
            assertThat(open.http.send(open.request("/api/edition").header("Authorization", "Bearer " + token).build(),
                    HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
        }
    }

    @Test
    void aSavedPageIsRenderedAgainAndPushedABurstRendersTheLastStateAFailingPageShowsItsError() throws Exception {
        String original = Files.readString(page);
        long before = json("/api/pages/1").get("version").asLong();
        DeskFixture.Events events = desk.events();
        Thread.sleep(300);
        events.queue.clear();
        // one save: the lead loses its last paragraph, so it holds fewer characters
        int charsBefore = json("/api/pages/1").get("fit").get("articles").get(0).get("contentChars").asInt();
        String shorter = original.replace("    source: 广东省科协", "    source: 广东省科协").replaceFirst("(?s)(\\n      - [^\\n]*)(\\n    [a-z]+:)", "$2");
        assertThat(shorter).isNotEqualTo(original);
        long saved = System.nanoTime();
        Files.writeString(page, shorter);
        DeskFixture.Event pushed = null;
        while (pushed == null || !pushed.data().contains("\"version\":" + (before + 1))) {
            pushed = events.queue.poll(20, TimeUnit.SECONDS);
            assertThat(pushed).as("an event within 20 s of the save; version was " + before + ", now "
                    + json("/api/pages/1").get("version")).isNotNull();
        }
        System.out.printf("desk: save to event %.0f ms%n", (pushed.nanos() - saved) / 1e6);
        JsonNode after = json("/api/pages/1");
        assertThat(after.get("fit").get("articles").get(0).get("contentChars").asInt()).isLessThan(charsBefore);
        // a burst: five saves at once; the last one is what the page shows, and fewer renders than saves were made
        long start = after.get("version").asLong();
        for (int i = 1; i <= 5; i++) {
            Files.writeString(page, original.replace("广东省科协召开党组(扩大)会议", "广东省科协召开党组(扩大)会议" + "第" + i + "次"));
        }
        String last = Files.readString(page);
        String lastSha = Digest.sha256(last.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        JsonNode settled = pageAfter(start, 20);
        // until the page shows the last save (the page's own "hash" is its whole state's, photos and PDF included,
        // never the page file's: waiting for that to equal the file's hash waited the whole 20 s every run)
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!lastSha.equals(shownPageFile()) && System.nanoTime() < until) {
            if (json("/api/pages/1").get("version").asLong() > start + 4) {
                break;
            }
            Thread.sleep(50);
        }
        Thread.sleep(500);
        settled = json("/api/pages/1");
        assertThat(desk.desk.snapshot().page(1).state().pageFile().sha256())
                .isEqualTo(Digest.sha256(last.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertThat(settled.get("version").asLong() - start).as("renders for five saves").isBetween(1L, 3L);
        // a page that cannot be read shows its error; the server goes on
        long good = settled.get("version").asLong();
        Files.writeString(page, original.replace("articles:", "articles: [oops"));
        JsonNode broken = pageAfter(good, 20);
        assertThat(broken.get("state").asText()).isEqualTo("error");
        assertThat(broken.get("error").get("message").asText()).contains("page.yaml");
        assertThat(broken.get("image").isNull()).isTrue();
        assertThat(desk.get("/").statusCode()).isEqualTo(200);
        Files.writeString(page, original);
        JsonNode mended = pageAfter(broken.get("version").asLong(), 20);
        assertThat(mended.get("state").asText()).isEqualTo("fits");
    }

    @Test
    void screensThatCloseTheirEventsAreLetGoWhilePagesAreSaved() throws Exception {
        // an evening at the desk: page views opened and tabs closed, while pages are saved; the
        // server keeps only the screens still open, not one subscriber for every screen ever opened
        int before = desk.server.clients();
        java.util.List<java.net.Socket> screens = new java.util.ArrayList<>();
        for (int i = 0; i < 10; i++) {
            screens.add(openScreen());
        }
        assertThat(desk.server.clients()).isEqualTo(before + 10);
        for (java.net.Socket closed : screens.subList(0, 7)) {
            closed.close();
        }
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        int saves = 0;
        while (desk.server.clients() > before + 3 && System.nanoTime() < until) {
            desk.server.live().changed(page); // a save: its new state is sent to every screen on the list
            saves++;
            Thread.sleep(500);
        }
        assertThat(desk.server.clients()).as("subscribers after " + saves + " saves").isEqualTo(before + 3);
        for (java.net.Socket open : screens.subList(7, 10)) {
            open.close();
        }
    }

    /** A screen as a browser's EventSource opens it, on a socket of its own: returned once the first event arrived. */
    private static java.net.Socket openScreen() throws Exception {
        java.net.Socket socket = new java.net.Socket("127.0.0.1", desk.port);
        socket.setSoTimeout(20_000);
        socket.getOutputStream().write(("GET /events HTTP/1.1\r\nHost: 127.0.0.1:" + desk.port + "\r\nAccept: text/event-stream\r\n\r\n")
                .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        socket.getOutputStream().flush();
        java.io.BufferedReader in = new java.io.BufferedReader(new java.io.InputStreamReader(socket.getInputStream(),
                java.nio.charset.StandardCharsets.UTF_8));
        for (String line = in.readLine(); ; line = in.readLine()) {
            assertThat(line).as("the events' first data line").isNotNull();
            if (line.startsWith("data:")) {
                return socket;
            }
        }
    }

    @Test
    void aSignOffRecordsThePageAndAChangeShowsWhatChanged() throws Exception {
        String original = Files.readString(page);
        JsonNode p = json("/api/pages/1");
        assertThat(desk.post("/api/pages/1/signoff", "{\"hash\":\"" + "0".repeat(64) + "\"}").statusCode()).as("stale").isEqualTo(409);
        // a body that is not {"hash": "…"} is a malformed request, not a stale page: it used to be 409 "changed since it was shown"
        for (String malformed : List.of("", "null", "[]", "{}", "{\"hash\": 5}", "{\"hash\": null}", "{\"hash\": \"\"}", "{\"hash\": [\"x\"]}")) {
            HttpResponse<String> r = desk.post("/api/pages/1/signoff", malformed);
            assertThat(r.statusCode()).as(malformed + ": " + r.body()).isEqualTo(400);
            assertThat(r.body()).as(malformed).contains("a sign-off is {\"hash\"").doesNotContain("Exception");
        }
        HttpResponse<String> signed = desk.post("/api/pages/1/signoff", "{\"hash\":\"" + p.get("hash").asText() + "\"}");
        assertThat(signed.statusCode()).as(signed.body()).isEqualTo(200);
        assertThat(json("/api/pages/1").get("signOff").asText()).isEqualTo("signed");
        JsonNode record = JSON.readTree(Files.readString(desk.folder.resolve("signoffs.json"))).get("signoffs").get(0);
        assertThat(record.get("file").asText()).isEqualTo("page.yaml");
        assertThat(record.get("user").asText()).isEqualTo("test-editor");
        assertThat(record.get("time").asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ");
        assertThat(record.get("pageFile").get("sha256").asText()).isEqualTo(Digest.sha256(Files.readAllBytes(page)));
        assertThat(record.get("photos").get(0).get("sha256").asText())
                .isEqualTo(Digest.sha256(Files.readAllBytes(desk.folder.resolve("photos/meeting.jpg"))));
        assertThat(record.get("pdf").asText()).isEqualTo(Digest.sha256(desk.bytes("/pages/1/page.pdf").body()));
        try (var files = Files.list(desk.folder)) {
            assertThat(files.map(f -> f.getFileName().toString())).noneMatch(n -> n.contains(".part"));
        }
        Files.writeString(page, original.replace("广东省科协召开党组(扩大)会议", "广东省科协召开党组扩大会议"));
        JsonNode changed = pageAfter(p.get("version").asLong(), 20);
        assertThat(changed.get("signOff").asText()).isEqualTo("changed");
        assertThat(desk.bytes(changed.get("signedImage").asText()).statusCode()).isEqualTo(200);
        HttpResponse<byte[]> diff = desk.bytes(changed.get("diffImage").asText());
        assertThat(diff.statusCode()).isEqualTo(200);
        assertThat(Long.parseLong(diff.headers().firstValue("X-Changed-Pixels").orElseThrow())).isPositive();
        Files.writeString(page, original);
        pageAfter(changed.get("version").asLong(), 20);
    }
}
