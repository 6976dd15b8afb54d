package newsprint.cli;

import static newsprint.cli.BadPages.GOOD;
import static newsprint.cli.BadPages.edit;
import static newsprint.cli.BadPages.page;
import static newsprint.cli.BadPages.photo;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The bad-input corpus: page files as they arrive from many hands, broken in every way we know.
 * Each gets its documented exit code and one {@code error:} line naming the file, the article
 * and the field, with no stack trace and no PDF (or part of one) left behind; none of them may
 * take the JVM down.
 */
class BadInputTest {
    @TempDir
    Path dir;

    /** Makes the bad page in the test's folder and returns the path to give the command. */
    interface Setup {
        Path make(Path dir) throws IOException;
    }

    record Case(String name, Setup setup, int exit, List<String> mentions) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static Case bad(String name, int exit, Setup setup, String... mentions) {
        return new Case(name, setup, exit, List.of(mentions));
    }

    static Stream<Case> corpus() {
        int badInput = ExitCodes.BAD_INPUT;
        int missing = ExitCodes.MISSING_RESOURCE;
        return Stream.of(
                // syntax
                bad("yaml: unclosed flow list", badInput, d -> edit(d, "section: 科协动态}", "section: 科协动态}\narticles: ["),
                        "page.yaml", "not valid YAML or JSON"),
                bad("yaml: tab indentation", badInput, d -> edit(d, "    headline:", "\theadline:"), "page.yaml", "not valid YAML"),
                bad("yaml: duplicate key", badInput, d -> edit(d, "    headline:", "    headline: 一\n    headline:"), "page.yaml", "headline"),
                bad("yaml: alias bomb", badInput, d -> page(d, "page.yaml", aliasBomb()), "page.yaml"),
                bad("yaml: nested 5000 deep", badInput, d -> page(d, "page.yaml", "a: " + "[".repeat(5000) + "]".repeat(5000)), "page.yaml"),
                bad("yaml: a Java type tag", badInput, d -> edit(d, "headline: 广东省科协召开党组会议",
                        "headline: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://127.0.0.1:9/\"]]]]"),
                        "page.yaml", "line 5", "articles[1].headline", "tag '!!javax.script.ScriptEngineManager' is not allowed"),
                bad("json: unclosed object", badInput, d -> page(d, "page.json", "{\"edition\": {\"paper\": \"科技报\""), "page.json", "not valid"),
                bad("json: a list, not a page", badInput, d -> page(d, "page.json", "[1, 2, 3]"), "page.json", "mapping"),
                bad("json: page number as text", badInput, d -> page(d, "page.json", """
                        {"edition": {"paper": "科技报", "date": "2024-07-25"}, "page": {"number": "three", "section": "要闻"},
                         "articles": [{"id": "a", "headline": "标题", "body": ["正文。"]}]}"""), "page.json", "page.number", "'three'"),
                bad("empty file", badInput, d -> page(d, "page.yaml", ""), "page.yaml", "empty"),
                bad("bytes that are not UTF-8", badInput, d -> {
                    Path p = d.resolve("page.yaml");
                    Files.write(p, GOOD.getBytes(Charset.forName("GB18030")));
                    return p;
                }, "page.yaml", "not UTF-8"),
                bad("a NUL byte in the text", badInput, d -> edit(d, "专题学习", "专题\u0000学习"), "page.yaml"),
                // structure and types
                bad("body is text, not a list", badInput, d -> edit(d, "    body:\n      - 7月24日上午，广东省科协召开党组会议，专题学习全会精神。\n      - ",
                        "    body: "), "page.yaml", "article 'lead'", "body"),
                bad("headline is a list", badInput, d -> edit(d, "headline: 广东省科协召开党组会议", "headline: [广东, 科协]"),
                        "page.yaml", "article 'lead'", "headline", "a list"),
                bad("photos is a mapping", badInput, d -> edit(d, "    photos:\n      - {file", "    photos:\n      {file"),
                        "page.yaml", "article 'lead'", "photos"),
                bad("priority is a word", badInput, d -> edit(d, "    headline:", "    priority: first\n    headline:"),
                        "page.yaml", "article 'lead'", "priority", "'first'"),
                bad("page number out of range", badInput, d -> edit(d, "number: 3", "number: 99999999999999999999"), "page.yaml", "page.number"),
                bad("date that does not exist", badInput, d -> edit(d, "2024-07-25", "2024-13-45"), "page.yaml", "edition.date"),
                bad("unknown top-level field", badInput, d -> edit(d, "edition:", "editon: {}\nedition:"), "page.yaml", "unknown field 'editon'"),
                bad("unknown article field", badInput, d -> edit(d, "    headline:", "    hedline: 一\n    headline:"),
                        "page.yaml", "article 'lead'", "unknown field 'hedline'"),
                bad("unknown photo field", badInput, d -> edit(d, "caption: 会议现场", "captoin: 会议现场"),
                        "page.yaml", "article 'lead'", "photos[1]", "unknown field 'captoin'"),
                bad("empty article", badInput, d -> page(d, "page.yaml", GOOD.substring(0, GOOD.indexOf("  - id: lead")) + "  - {}\n"),
                        "page.yaml", "(#1)", "missing field 'headline'"),
                bad("article without paragraphs", badInput, d -> edit(d, "    body:\n      - 7月24日上午，广东省科协召开党组会议，专题学习全会精神。\n"
                        + "      - 会议强调，全省科协系统要加强组织领导，迅速兴起学习热潮。\n", "    body: []\n"), "page.yaml", "article 'lead'", "body"),
                bad("empty headline", badInput, d -> edit(d, "headline: 广东省科协召开党组会议", "headline: \"  \""),
                        "page.yaml", "article 'lead'", "headline", "empty"),
                bad("a control character", badInput, d -> edit(d, "headline: 广东省科协召开党组会议", "headline: \"广东\\a科协\""),
                        "page.yaml", "article 'lead'", "headline", "U+0007"),
                bad("two articles with one id", badInput, d -> page(d, "page.yaml", GOOD + GOOD.substring(GOOD.indexOf("  - id: lead"))),
                        "page.yaml", "article 'lead' (#2)", "id"),
                bad("a layout that is a path", badInput, d -> edit(d, "section: 科协动态}", "section: 科协动态, layout: ../../etc}"),
                        "page.yaml", "page.layout"),
                bad("a layout that does not exist", missing, d -> edit(d, "section: 科协动态}", "section: 科协动态, layout: magazine}"),
                        "layout 'magazine' not found"),
                // files
                bad("page file missing", missing, d -> d.resolve("none.yaml"), "none.yaml", "no such page file"),
                bad("page path is a folder", badInput, d -> Files.createDirectories(d.resolve("pages")), "pages", "is a folder"),
                bad("50 MB paragraph", badInput, d -> BadPages.hugeParagraph(d, 50), "page.yaml", "larger than 8 MB"),
                bad("photo missing", missing, d -> edit(d, "photos/meeting.jpg", "photos/none.jpg"),
                        "page.yaml", "article 'lead'", "photos[1].file", "none.jpg"),
                bad("photo climbs out of the folder", badInput, d -> edit(d, "photos/meeting.jpg", "../../etc/passwd"),
                        "page.yaml", "article 'lead'", "photos[1].file", "outside the page's folder"),
                bad("photo absolute path", badInput, d -> edit(d, "photos/meeting.jpg", "/etc/passwd"),
                        "page.yaml", "article 'lead'", "photos[1].file", "absolute"),
                bad("photo http URL", badInput, d -> edit(d, "photos/meeting.jpg", "'http://127.0.0.1:9/a.jpg'"),
                        "page.yaml", "article 'lead'", "photos[1].file", "URL"),
                bad("photo file URL", badInput, d -> edit(d, "photos/meeting.jpg", "'file:///etc/passwd'"),
                        "page.yaml", "article 'lead'", "photos[1].file", "URL"),
                bad("photo link out of the folder", badInput, d -> {
                    Path desk = Files.createDirectories(d.resolve("desk"));
                    Path page = page(desk, "page.yaml", GOOD.replace("photos/meeting.jpg", "photos/link.jpg"));
                    Path outside = Files.createDirectories(d.resolve("outside")).resolve("secret.jpg");
                    Files.copy(BadPages.MEETING, outside);
                    Files.createSymbolicLink(desk.resolve("photos/link.jpg"), outside);
                    return page;
                }, "page.yaml", "article 'lead'", "photos[1].file", "link"),
                bad("photo 40000×40000 PNG", missing, d -> photo(d, "bomb.png", newsprint.TestPhotos.pngHeader(40_000, 40_000)),
                        "page.yaml", "article 'lead'", "photos[1].file", "bomb.png", "40000×40000"),
                bad("photo truncated JPEG", missing, d -> photo(d, "cut.jpg", BadPages.truncatedJpeg()),
                        "page.yaml", "article 'lead'", "photos[1].file", "cut.jpg", "damaged"),
                bad("photo truncated PNG", missing, d -> photo(d, "cut.png", java.util.Arrays.copyOf(newsprint.TestPhotos.pngHeader(64, 64), 40)),
                        "page.yaml", "article 'lead'", "photos[1].file", "cut.png"),
                bad("photo that is text", missing, d -> photo(d, "notes.jpg", "not a picture".getBytes()),
                        "page.yaml", "article 'lead'", "photos[1].file", "not a JPEG or PNG"),
                bad("photo of zero bytes", missing, d -> photo(d, "empty.jpg", new byte[0]),
                        "page.yaml", "article 'lead'", "photos[1].file", "empty.jpg"),
                bad("photo that is a GIF", missing, d -> photo(d, "anim.gif", gif()),
                        "page.yaml", "article 'lead'", "photos[1].file", "GIF"),
                // text the preflight stops
                bad("a character no font has", ExitCodes.MISSING_GLYPH, d -> edit(d, "headline: 广东省科协召开党组会议", "headline: \"科协\\U0001F5DE\""),
                        "page.yaml", "article 'lead'", "headline", "U+1F5DE"),
                bad("a headline of punctuation only", ExitCodes.PREFLIGHT, d -> edit(d, "headline: 广东省科协召开党组会议", "headline: ——"),
                        "page.yaml", "article 'lead'", "headline", "no words"),
                bad("a paragraph printed twice", ExitCodes.PREFLIGHT, d -> edit(d, "      - 会议强调，全省科协系统要加强组织领导，迅速兴起学习热潮。\n",
                        "      - 会议强调，全省科协系统要加强组织领导，迅速兴起学习热潮。\n      - 会议强调， 全省科协系统要加强组织领导，迅速兴起学习热潮。\n"),
                        "page.yaml", "article 'lead'", "body[3]", "repeats body[2]"),
                bad("a pin that cannot be honoured", badInput, d -> edit(d, "    headline:", "    place: {column: 6, row: 1}\n    span: 6\n    headline:"),
                        "page.yaml", "article 'lead'", "place"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void answersCleanly(Case c) throws IOException {
        Path page = c.setup().make(dir);
        Path out = Files.createDirectories(dir.resolve("out"));
        Transcript r = Transcript.run("render", page.toString(), "-o", out.resolve("page.pdf").toString());

        assertThat(r.code()).as(r.err()).isEqualTo(c.exit());
        List<String> errors = r.err().lines().filter(l -> l.startsWith("error: ")).toList();
        assertThat(errors).as(r.err()).hasSize(1);
        assertThat(errors.get(0)).contains(c.mentions());
        assertThat(r.err() + r.out()).doesNotContain("\tat ").doesNotContain("Exception");
        try (Stream<Path> left = Files.list(out)) {
            assertThat(left).as("files left in the output folder").isEmpty();
        }
    }

    @Test
    void theCorpusHasThirtyCasesOrMore() {
        assertThat(corpus().count()).isGreaterThanOrEqualTo(30);
    }

    @Test
    void verboseAddsTheStackTrace() throws IOException {
        Path page = photo(dir, "cut.jpg", BadPages.truncatedJpeg());
        Transcript quiet = Transcript.run("render", page.toString(), "-o", dir.resolve("x.pdf").toString());
        Transcript verbose = Transcript.run("render", page.toString(), "-o", dir.resolve("x.pdf").toString(), "--verbose");
        assertThat(quiet.err()).doesNotContain("\tat ");
        assertThat(verbose.code()).isEqualTo(quiet.code());
        assertThat(verbose.err()).contains("\tat newsprint.");
    }

    @Test
    void markupInTheCopyPrintsAsItsCharactersAndIsNeverInterpreted() throws IOException {
        String markup = "<script>alert(1)</script><b>粗体</b><img src='file:///etc/passwd'><a href='http://127.0.0.1:9/'>链接</a>&amp;";
        Path page = edit(dir, "专题学习全会精神。", "专题学习全会精神" + markup + "。");
        Files.writeString(page, Files.readString(page).replace("headline: 广东省科协召开党组会议", "headline: \"科协<i>会议</i>\""));
        Path out = dir.resolve("page.pdf");
        Transcript r = Transcript.run("render", page.toString(), "-o", out.toString());
        assertThat(r.code()).as(r.err()).isZero();
        try (PDDocument doc = Loader.loadPDF(out.toFile())) {
            String text = squash(new PDFTextStripper().getText(doc));
            assertThat(text).contains(squash(markup)).contains("科协<i>会议</i>");
            PDPage p = doc.getPage(0);
            assertThat(p.getAnnotations()).as("no link was made from the copy").isEmpty();
            assertThat(doc.getDocumentCatalog().getOpenAction()).isNull();
            assertThat(doc.getDocumentCatalog().getNames() == null || doc.getDocumentCatalog().getNames().getJavaScript() == null).isTrue();
            List<COSName> images = new java.util.ArrayList<>();
            p.getResources().getXObjectNames().forEach(images::add);
            assertThat(images).as("only the photo is an image").hasSize(1);
        }
    }

    private static String squash(String s) {
        return s.replaceAll("\\s+", "");
    }

    /** Twenty levels of aliases, each ten of the last: 10^20 nodes if a parser expanded them. */
    private static String aliasBomb() {
        StringBuilder sb = new StringBuilder("a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (int i = 1; i <= 20; i++) {
            String p = "*a" + (i - 1);
            sb.append("a").append(i).append(": &a").append(i).append(" [").append(String.join(", ", java.util.Collections.nCopies(10, p))).append("]\n");
        }
        return sb.toString();
    }

    /** A one-pixel GIF. */
    private static byte[] gif() {
        return java.util.Base64.getDecoder().decode("R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw==");
    }
}
