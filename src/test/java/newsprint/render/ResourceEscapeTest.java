package newsprint.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import newsprint.Seed;
import newsprint.TestPhotos;
import newsprint.cli.ExitCodes;
import newsprint.cli.Transcript;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A crafted layout (a designer's working copy given with {@code --layouts}) tries to make the
 * renderer read files outside the page's folder or open a socket. A listening socket on the
 * loopback catches any connection; files outside hold text and a photo that would show in the
 * PDF. Every attempt is refused and named, or the markup never reaches the renderer; nothing is
 * read, nothing connects.
 */
class ResourceEscapeTest {
    @TempDir
    Path dir;

    /**
     * One listener for the class: a connection any test makes waits in its backlog until accepted.
     * After each test it is looked for at once (a render connects, if it does, before it returns);
     * after the last, 200 ms more are given to any connection a test's render left under way.
     */
    private static ServerSocket server;
    private Path layouts;

    @BeforeAll
    static void listen() throws IOException {
        server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    }

    @BeforeEach
    void setUp() throws IOException {
        Path photos = Files.createDirectories(dir.resolve("desk/photos"));
        Files.copy(Seed.PAGE.resolveSibling("photos/meeting.jpg"), photos.resolve("meeting.jpg"));
        Files.writeString(dir.resolve("desk/page.yaml"), Seed.ONE_ARTICLE + """
                    photos:
                      - {file: photos/meeting.jpg, caption: 会议现场, credit: 胡漫雨 摄}
                """);
        Path outside = Files.createDirectories(dir.resolve("outside"));
        Files.copy(Seed.PAGE.resolveSibling("photos/meeting.jpg"), outside.resolve("secret.jpg"));
        Files.writeString(outside.resolve("secret.css"), ".folio::after { content: 'SECRET-FROM-CSS'; }");
        Files.writeString(outside.resolve("secret.txt"), "SECRET-FROM-FILE");
        layouts = dir.resolve("layouts");
        Path tabloid = Files.createDirectories(layouts.resolve("tabloid"));
        for (String f : List.of("layout.yaml", "page.html", "page.css")) {
            Files.copy(Path.of(f.equals("layout.yaml") ? "layouts/tabloid" : "layouts/shared", f), tabloid.resolve(f));
        }
    }

    @AfterEach
    void noConnectionWasMade() throws IOException {
        noConnectionWithin(1);
    }

    @AfterAll
    static void noConnectionWasMadeLate() throws IOException {
        try {
            noConnectionWithin(200);
        } finally {
            server.close();
        }
    }

    private static void noConnectionWithin(int millis) throws IOException {
        server.setSoTimeout(millis);
        try (Socket s = server.accept()) {
            throw new AssertionError("the renderer opened a connection to the loopback listener: " + s);
        } catch (SocketTimeoutException expected) {
            // nothing knocked
        }
    }

    /** A way a template can reach out: markup for page.html's body or head, or CSS put first in page.css. */
    record Attempt(String name, String body, String head, String css, List<String> named) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static Attempt html(String name, String body, String... named) {
        return new Attempt(name, body, "", "", List.of(named));
    }

    private static Attempt head(String name, String head, String... named) {
        return new Attempt(name, "", head, "", List.of(named));
    }

    private static Attempt css(String name, String css, String... named) {
        return new Attempt(name, "", "", css, List.of(named));
    }

    /** Attempts the renderer must refuse, naming the address. PORT is the listener's port. */
    static Stream<Attempt> refused() {
        return Stream.of(
                html("img file: URL", "<img src=\"file:///etc/passwd\"/>", "file:///etc/passwd (outside the page's folder)"),
                html("img climbing out", "<img src=\"../../../../etc/hostname\"/>", "../../../../etc/hostname (outside the page's folder)"),
                html("img in the folder beside", "<img src=\"../outside/secret.jpg\"/>", "../outside/secret.jpg (outside"),
                html("img over http", "<img src=\"http://127.0.0.1:PORT/x.png\"/>", "http://127.0.0.1:PORT/x.png (a network address)"),
                html("img over https", "<img src=\"https://127.0.0.1:PORT/x.png\"/>", "https://127.0.0.1:PORT/x.png (a network address)"),
                html("img jar: URL", "<img src=\"jar:file:/tmp/x.jar!/a.png\"/>", "jar:file:/tmp/x.jar!/a.png"),
                html("inline style url()", "<div style=\"background-image:url(http://127.0.0.1:PORT/i.png)\">x</div>",
                        "http://127.0.0.1:PORT/i.png"),
                html("base moved to the network", "<img src=\"x.png\"/>", "x.png (no such file)"),
                head("style @import over http", "<style>@import \"http://127.0.0.1:PORT/s.css\";</style>", "http://127.0.0.1:PORT/s.css"),
                css("page.css @import over http", "@import url(\"http://127.0.0.1:PORT/y.css\");", "http://127.0.0.1:PORT/y.css"),
                css("page.css @import outside", "@import \"../outside/secret.css\";", "../outside/secret.css (outside"),
                css("page.css url() outside", ".folio { background-image: url(\"../outside/secret.jpg\"); }", "../outside/secret.jpg"),
                css("page.css url() file:", ".folio { background-image: url(file:///etc/passwd); }", "file:///etc/passwd"),
                css("page.css font over http", "@font-face { font-family: 'Newsprint Sans'; src: url(http://127.0.0.1:PORT/f.ttf); } "
                        + ".folio { font-family: 'Newsprint Sans'; }",
                        "http://127.0.0.1:PORT/f.ttf"),
                html("small data: URL", "<img src=\"data:image/gif;base64,R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw==\"/>",
                        "data:image/gif;base64,", "(a data: URL of"),
                html("900 KB data: URL", "<img src=\"data:image/jpeg;base64," + "A".repeat(900 * 1024) + "\"/>", "(a data: URL of 900 KB"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refused")
    void aTemplateCannotReachOutside(Attempt a) throws IOException {
        String port = Integer.toString(server.getLocalPort());
        template(a, port);
        if (a.name().startsWith("base")) {
            edit("page.html", "</head>", "<base href=\"http://127.0.0.1:" + port + "/\"/></head>");
        }
        Path out = dir.resolve("out/page.pdf");
        Transcript r = render(out);
        assertThat(r.code()).as(r.err()).isEqualTo(ExitCodes.MISSING_RESOURCE);
        List<String> errors = r.err().lines().filter(l -> l.startsWith("error: ")).toList();
        assertThat(errors).singleElement().asString().contains("layout 'tabloid' asks for resources newsprint does not load")
                .contains(a.named().stream().map(n -> n.replace("PORT", port)).toList());
        assertThat(errors.get(0).length()).as("a data: URL is shown shortened").isLessThan(600);
        assertThat(out.getParent()).doesNotExist();
    }

    /** Markup that never reaches the renderer: stripped by the filler, or not something it loads. */
    static Stream<Attempt> ignored() {
        return Stream.of(
                head("stylesheet link over http", "<link rel=\"stylesheet\" href=\"http://127.0.0.1:PORT/x.css\"/>"),
                head("stylesheet link outside", "<link rel=\"stylesheet\" href=\"../outside/secret.css\"/>"),
                head("script src", "<script src=\"http://127.0.0.1:PORT/x.js\"></script>"),
                head("meta refresh", "<meta http-equiv=\"refresh\" content=\"0; url=http://127.0.0.1:PORT/\"/>"),
                html("object and iframe", "<object data=\"http://127.0.0.1:PORT/o\"></object><iframe src=\"../outside/secret.txt\"></iframe>"),
                html("svg image", "<svg xmlns=\"http://www.w3.org/2000/svg\"><image href=\"http://127.0.0.1:PORT/s.png\"/></svg>"),
                css("page.css @import after a rule", ".x { color: red; } @import url(\"http://127.0.0.1:PORT/late.css\");"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ignored")
    void markupTheRendererNeverFollowsReadsNothing(Attempt a) throws IOException {
        template(a, Integer.toString(server.getLocalPort()));
        Path out = dir.resolve("out/page.pdf");
        Transcript r = render(out);
        assertThat(r.code()).as(r.err()).isZero();
        try (PDDocument doc = Loader.loadPDF(out.toFile())) {
            assertThat(new PDFTextStripper().getText(doc)).doesNotContain("SECRET");
            List<Object> images = new ArrayList<>();
            doc.getPage(0).getResources().getXObjectNames().forEach(images::add);
            assertThat(images).as("only the page's own photo").hasSize(1);
        }
    }

    @Test
    void aLinkInThePageFolderThatLeadsOutIsRefused() throws IOException {
        Files.createSymbolicLink(dir.resolve("desk/logo.jpg"), dir.resolve("outside/secret.jpg"));
        template(html("link", "<img src=\"logo.jpg\"/>"), "");
        Transcript r = render(dir.resolve("out/page.pdf"));
        assertThat(r.code()).isEqualTo(ExitCodes.MISSING_RESOURCE);
        assertThat(r.err()).contains("logo.jpg (outside the page's folder)");
    }

    @Test
    void anImageBombInThePageFolderIsRefusedFromItsHeader() throws IOException {
        Files.write(dir.resolve("desk/bomb.png"), TestPhotos.pngHeader(40_000, 40_000));
        template(html("bomb", "<img src=\"bomb.png\"/>"), "");
        Transcript r = render(dir.resolve("out/page.pdf"));
        assertThat(r.code()).isEqualTo(ExitCodes.MISSING_RESOURCE);
        assertThat(r.err()).contains("bomb.png (an image of 40000×40000 pixels, more than 80 megapixels)");
    }

    @Test
    void theLayoutsOwnFilesInThePageFolderStillLoad() throws IOException {
        Files.copy(Seed.PAGE.resolveSibling("photos/meeting.jpg"), dir.resolve("desk/masthead.jpg"));
        template(html("masthead", "<img src=\"masthead.jpg\" style=\"width:20pt\"/>"), "");
        Path out = dir.resolve("out/page.pdf");
        Transcript r = render(out);
        assertThat(r.code()).as(r.err()).isZero();
        try (PDDocument doc = Loader.loadPDF(out.toFile())) {
            List<Object> images = new ArrayList<>();
            doc.getPage(0).getResources().getXObjectNames().forEach(images::add);
            assertThat(images).hasSize(2);
        }
    }

    private void template(Attempt a, String port) throws IOException {
        edit("page.html", "<div class=\"page\">", "<div class=\"page\">" + a.body().replace("PORT", port));
        edit("page.html", "</head>", a.head().replace("PORT", port) + "</head>");
        Path css = layouts.resolve("tabloid/page.css");
        Files.writeString(css, a.css().replace("PORT", port) + "\n" + Files.readString(css));
    }

    private void edit(String file, String from, String to) throws IOException {
        Path p = layouts.resolve("tabloid").resolve(file);
        String text = Files.readString(p);
        assertThat(text).contains(from);
        Files.writeString(p, text.replace(from, to));
    }

    private Transcript render(Path out) {
        return Transcript.run("render", dir.resolve("desk/page.yaml").toString(), "-o", out.toString(), "--layouts", layouts.toString());
    }
}
