package newsprint.edition;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import newsprint.Seed;
import newsprint.cli.ExitCodes;
import newsprint.cli.Transcript;
import newsprint.finish.StructureText;
import newsprint.finish.Validators;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/**
 * An edition of three pages made from the repository's example copy: the front page (the
 * front-page example on the front layout) whose lead jumps to page 3, and two pages of the seed's
 * copy, two of whose articles are teasers. Made once (with its archive) and checked: the jump
 * conserves the copy, the front page lists the teasers with their pages, every plate is a print
 * PDF, the archive passes veraPDF and gives every paragraph back whole and once, the manifest's
 * hashes are the files', and the same edition gives the same bytes, on one thread as on two.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EditionTest {
    @TempDir
    static Path dir;

    private Path edition;
    private Path out;
    private Transcript made;

    /** Writes the three-page edition into {@code folder}; {@code order} lists the page files in page order. */
    static Path write(Path folder, List<String> order) throws IOException {
        Files.createDirectories(folder.resolve("photos"));
        for (Path photo : List.of(Path.of("examples/front-page/photos"), Path.of("examples/seed/photos"))) {
            try (Stream<Path> files = Files.list(photo)) {
                for (Path p : files.toList()) {
                    Path to = folder.resolve("photos").resolve(p.getFileName());
                    if (!Files.exists(to)) {
                        Files.copy(p, to);
                    }
                }
            }
        }
        String front = Files.readString(Path.of("examples/front-page/page.yaml"))
                .replaceAll("(?m)^edition:.*\\n", "")
                .replace("page: {number: 1, section: 要闻, layout: broadsheet}", "page: {section: 要闻, layout: broadsheet-front}")
                .replaceFirst("(  - id: conference\\n)", "$1    jump: {to: local.yaml, head: 全省科协系统学习贯彻全会精神}\n");
        String seed = Files.readString(Seed.PAGE).replaceAll("(?m)^edition:.*\\n", "")
                .replace("page: {number: 3, section: 科协动态, layout: tabloid}", "page: {section: 科协动态}");
        Files.writeString(folder.resolve("front.yaml"), front);
        Files.writeString(folder.resolve("science.yaml"), seed.replace("  - id: foshan\n", "  - id: foshan\n    teaser: 佛山市科协召开党组扩大会议\n")
                .replace("  - id: dongguan\n", "  - id: dongguan\n    teaser: true\n"));
        Files.writeString(folder.resolve("local.yaml"), seed.replace("section: 科协动态", "section: 地方"));
        StringBuilder yaml = new StringBuilder("""
                edition: {paper: 科技报, code: KJB, date: 2024-07-26, issue: 1235, serial: 5678, cn: CN44-0001, postal: 45-12,
                          price: 1.50元, printer: 某某印务有限公司, address: 广州市某某路1号}
                layout: broadsheet
                pages:
                """);
        order.forEach(p -> yaml.append("  - ").append(p).append('\n'));
        return Files.writeString(folder.resolve("edition.yaml"), yaml.toString());
    }

    @BeforeAll
    void make() throws IOException {
        edition = write(dir.resolve("desk"), List.of("front.yaml", "science.yaml", "local.yaml"));
        out = dir.resolve("out");
        made = Transcript.run("edition", edition.toString(), "-o", out.toString(), "--archive", "--jobs", "2");
        assertThat(made.code()).as(made.err()).isZero();
    }

    /** The front page's lead, the article that jumps, as its page file gives it. */
    private newsprint.model.Article conference() {
        return newsprint.Newsprint.bundled().readEdition(edition).page(1).articles().stream()
                .filter(a -> a.id().equals("conference")).findFirst().orElseThrow();
    }

    private JsonNode manifest(Path folder) throws IOException {
        return new ObjectMapper().readTree(folder.resolve("manifest.json").toFile());
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return Seed.squash(new PDFTextStripper().getText(doc));
        }
    }

    private byte[] plate(int page) throws IOException {
        return Files.readAllBytes(out.resolve(String.format("KJB_20240726_%02d.pdf", page)));
    }

    @Test
    void writesAPlatePerPageTheProofTheArchiveAndTheManifest() throws IOException {
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted().toList()).containsExactly(
                    "KJB_20240726_01.pdf", "KJB_20240726_02.pdf", "KJB_20240726_03.pdf", "KJB_20240726_archive.pdf",
                    "kjb_20240726.articles.jsonl", "kjb_20240726.mets.xml", "kjb_20240726_001.alto.xml", "kjb_20240726_002.alto.xml",
                    "kjb_20240726_003.alto.xml", "manifest.json", "proof.pdf");
        }
        try (PDDocument proof = Loader.loadPDF(out.resolve("proof.pdf").toFile())) {
            assertThat(proof.getNumberOfPages()).isEqualTo(3);
        }
    }

    @Test
    void theArchivesSidecarsDescribeTheWholeEditionAndValidate() throws Exception {
        byte[] mets = Files.readAllBytes(out.resolve("kjb_20240726.mets.xml"));
        assertThat(newsprint.archive.Schemas.problems(newsprint.archive.Schemas.METS, mets)).as("METS 1.12.1").isEmpty();
        String text = new String(mets, java.nio.charset.StandardCharsets.UTF_8);
        for (int page = 1; page <= 3; page++) {
            byte[] alto = Files.readAllBytes(out.resolve(String.format("kjb_20240726_%03d.alto.xml", page)));
            assertThat(newsprint.archive.Schemas.problems(newsprint.archive.Schemas.ALTO, alto)).as("ALTO page %d", page).isEmpty();
            assertThat(text).contains(String.format("kjb_20240726_%03d.alto.xml", page)).contains("KJB_20240726_archive.pdf#page=" + page);
        }
        // the jumped article is one article in the articles file, its text from both pages
        List<String> articles = Files.readAllLines(out.resolve("kjb_20240726.articles.jsonl"));
        assertThat(articles.stream().filter(l -> l.contains("\"conference\"")).count()).isEqualTo(1);
        // and the archive PDF carries them all as supplements
        try (PDDocument doc = Loader.loadPDF(out.resolve("KJB_20240726_archive.pdf").toFile())) {
            var names = doc.getDocumentCatalog().getNames().getEmbeddedFiles().getNames();
            assertThat(names).containsKeys("kjb_20240726.mets.xml", "kjb_20240726_001.alto.xml", "kjb_20240726.articles.jsonl");
            assertThat(names.get("kjb_20240726.mets.xml").getCOSObject().getNameAsString("AFRelationship")).isEqualTo("Supplement");
        }
    }

    @Test
    void theJumpedArticleIsPrintedOnceAcrossItsTwoPages() throws IOException {
        JsonNode m = manifest(out);
        JsonNode front = m.get("pages").get(0).get("articles");
        JsonNode start = null;
        for (JsonNode a : front) {
            if (a.get("id").asText().equals("conference")) {
                start = a;
            }
        }
        assertThat(start).isNotNull();
        assertThat(start.get("jumpsTo").asInt()).as("the lead runs on to page 3").isEqualTo(3);
        String page1 = text(plate(1));
        String page3 = text(plate(3));
        assertThat(page1).contains("（下转第3版）");
        assertThat(page3).contains("（上接第1版）").contains("全省科协系统学习贯彻全会精神");
        // every paragraph of the article is in page 1 and page 3 together, in order, and no line twice
        String copy = String.join("", Seed.printedParagraphs(List.of(conference())));
        String both = page1.replace("（下转第3版）", "") + page3.replace("（上接第1版）", "");
        // where the cut is in both pages' text: page 1's part ends at the jump line, page 3's begins at its own
        assertThat(page1.indexOf("（下转第3版）")).isEqualTo(page1.lastIndexOf("（下转第3版）"));
        int closes = page1.indexOf("（下转第3版）");
        int opens = page1.length() - "（下转第3版）".length() + page3.indexOf("（上接第1版）");
        int at = 0;
        int cuts = 0;
        for (String piece : copy.split("(?<=。)")) {
            int found = both.indexOf(piece, at);
            if (found < 0) {
                // a sentence the jump cut: it begins on page 1 and ends on page 3, split at one place (which may be
                // anywhere in it: after its first character too)
                int cut = 0;
                for (int k = 1; k < piece.length() && cut == 0; k++) {
                    if (page1.contains(piece.substring(0, k) + "（下转第3版）") && page3.contains("（上接第1版）" + piece.substring(k))) {
                        cut = k;
                    }
                }
                assertThat(cut).as("'" + piece + "' is cut once, its first part closing page 1 and the rest opening page 3").isPositive();
                assertThat(++cuts).as("one sentence is cut").isEqualTo(1);
                assertThat(both.substring(closes - cut, closes)).isEqualTo(piece.substring(0, cut));
                assertThat(closes - cut).as("the cut sentence starts after what came before").isGreaterThanOrEqualTo(at);
                assertThat(both.startsWith(piece.substring(cut), opens)).as("the rest of '" + piece + "' opens page 3").isTrue();
                at = opens + piece.length() - cut;
                continue;
            }
            at = found + piece.length();
        }
        assertThat(cuts).as("the jump cuts the text at a line's end, inside a sentence or between two").isLessThanOrEqualTo(1);
        int placed1 = start.get("characters").asInt();
        int placed3 = 0;
        for (JsonNode a : m.get("pages").get(2).get("articles")) {
            if (a.get("id").asText().equals("conference")) {
                assertThat(a.get("continuesFrom").asInt()).isEqualTo(1);
                placed3 = a.get("characters").asInt();
            }
        }
        int jumpLines = "（下转第3版）".length() + "（上接第1版）".length();
        String source = conference().source() == null ? "" : "（" + conference().source() + "）";
        assertThat(placed1 + placed3 - jumpLines).as("characters on page 1 + page 3 = the article's, once")
                .isEqualTo(Seed.squash(copy).length() + source.length());
    }

    @Test
    void theFrontPageHasItsMastheadAndListsTheTeasersWithTheirPages() throws IOException {
        String page1 = text(plate(1));
        assertThat(page1).contains("科技报").contains("农历甲辰年六月廿一").contains("第1235期").contains("总第5678期")
                .contains("CN44-0001").contains("今日3版").contains("导读")
                .contains("佛山市科协召开党组扩大会议（第2版）").contains("东莞市科协（第2版）");
        assertThat(text(plate(3))).as("the last page's imprint").contains("印刷：某某印务有限公司").contains("定价：1.50元");
    }

    @Test
    void reorderingThePagesRenumbersTheJumpAndTheTeasers() throws IOException {
        Path other = write(dir.resolve("desk2"), List.of("front.yaml", "local.yaml", "science.yaml"));
        Path out2 = dir.resolve("out2");
        Transcript r = Transcript.run("edition", other.toString(), "-o", out2.toString());
        assertThat(r.code()).as(r.err()).isZero();
        String page1 = text(Files.readAllBytes(out2.resolve("KJB_20240726_01.pdf")));
        assertThat(page1).contains("（下转第2版）").contains("佛山市科协召开党组扩大会议（第3版）").doesNotContain("（第2版）佛山");
        assertThat(text(Files.readAllBytes(out2.resolve("KJB_20240726_02.pdf")))).contains("（上接第1版）");
    }

    @Test
    void everyPlateIsAPrintPdf() throws IOException {
        for (int p = 1; p <= 3; p++) {
            try (PDDocument doc = Loader.loadPDF(plate(p))) {
                assertThat(doc.getNumberOfPages()).isEqualTo(1);
                assertThat(doc.getDocument().getVersion()).isEqualTo(1.6f);
                assertThat(doc.getDocumentCatalog().getOutputIntents()).singleElement()
                        .satisfies(i -> assertThat(i.getCOSObject().getCOSName(COSName.S)).isEqualTo(COSName.getPDFName("GTS_PDFX")));
                assertThat(doc.getPage(0).getCOSObject().containsKey(COSName.TRIM_BOX)).isTrue();
            }
        }
    }

    @Test
    void theArchiveIsOnePdfAUaFileWithLabelsOutlineSourcesAndWholeParagraphs() throws Exception {
        byte[] archive = Files.readAllBytes(out.resolve("KJB_20240726_archive.pdf"));
        var failures = Validators.failures(archive, PDFAFlavour.PDFA_3_U, PDFAFlavour.PDFUA_1);
        assertThat(failures.get(PDFAFlavour.PDFA_3_U)).as("PDF/A-3u").isEmpty();
        assertThat(failures.get(PDFAFlavour.PDFUA_1)).as("PDF/UA-1").isEmpty();
        try (PDDocument doc = Loader.loadPDF(archive)) {
            assertThat(doc.getNumberOfPages()).isEqualTo(3);
            var labels = doc.getDocumentCatalog().getPageLabels().getLabelsByPageIndices();
            assertThat(labels).containsExactly("第1版", "第2版", "第3版");
            List<String> outline = new ArrayList<>();
            for (PDOutlineItem page : doc.getDocumentCatalog().getDocumentOutline().children()) {
                outline.add(page.getTitle());
            }
            assertThat(outline).containsExactly("第1版 要闻", "第2版 科协动态", "第3版 地方");
            assertThat(doc.getDocumentCatalog().getNames().getEmbeddedFiles().getNames().keySet())
                    .containsExactlyInAnyOrder("edition.yaml", "front.yaml", "science.yaml", "local.yaml", "kjb_20240726.mets.xml",
                            "kjb_20240726.articles.jsonl", "kjb_20240726_001.alto.xml", "kjb_20240726_002.alto.xml", "kjb_20240726_003.alto.xml");
            assertThat(doc.getDocumentCatalog().getThreads()).hasSize(1);
            List<String> paragraphs = StructureText.read(doc).stream().filter(b -> b.type().equals("P") || b.type().equals("H2"))
                    .map(b -> Seed.squash(b.text())).toList();
            for (String p : Seed.printedParagraphs(List.of(conference()))) {
                assertThat(paragraphs).as("a paragraph of the jumped article, whole and once").containsOnlyOnce(p);
            }
        }
    }

    @Test
    void theManifestsHashesAreTheFilesAndTheSameEditionGivesTheSameBytesOnOneThreadAsOnTwo() throws IOException {
        JsonNode files = manifest(out).get("files");
        for (JsonNode f : files) {
            byte[] bytes = Files.readAllBytes(out.resolve(f.get("name").asText()));
            assertThat(newsprint.Digest.sha256(bytes)).as(f.get("name").asText()).isEqualTo(f.get("sha256").asText());
        }
        // made again on one thread (the class's set was made on two): pages, plates and the archive's pages made one at a time
        Path again = dir.resolve("again");
        Transcript r = Transcript.run("edition", edition.toString(), "-o", again.toString(), "--archive", "--jobs", "1");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(contents(again)).isEqualTo(contents(out));
    }

    private static Map<String, String> contents(Path folder) throws IOException {
        Map<String, String> hashes = new TreeMap<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path p : files.toList()) {
                hashes.put(p.getFileName().toString(), newsprint.Digest.sha256(Files.readAllBytes(p)));
            }
        }
        return hashes;
    }

    @Test
    void theProofPutTogetherWhileTheLastPagesAreMeasuredIsTheProofOfThePlatesMade() throws IOException {
        newsprint.Newsprint np = newsprint.Newsprint.bundled();
        newsprint.model.EditionFile file = np.readEdition(edition);
        EditionMaker.Made set = new EditionMaker(np).makeWithProof(file,
                new EditionMaker.Settings(newsprint.finish.PrintFinish.standard(), false, 2, n -> { }));
        List<byte[]> plates = set.pages().stream().map(EditionMaker.PageResult::plate).toList();
        assertThat(plates).hasSize(3).doesNotContainNull();
        assertThat(set.pages()).allSatisfy(r -> assertThat(r.ink()).as("each page's ink, measured after its plate went to the proof").isNotNull());
        // made after every page, from the pages' plates, as EditionFiles makes it when no proof is given
        byte[] after = Proof.of(file, plates, newsprint.Digest::sha256);
        assertThat(set.proof()).isEqualTo(after);
        assertThat(set.proofSha256()).isEqualTo(newsprint.Digest.sha256(after));
        try (PDDocument proof = Loader.loadPDF(set.proof())) {
            assertThat(proof.getNumberOfPages()).isEqualTo(3);
        }
        // the run's own proof.pdf (same settings, two threads) is the same file, listed with its hash
        assertThat(Files.readAllBytes(out.resolve("proof.pdf"))).isEqualTo(after);
        // and the files EditionFiles writes from the set are those it writes from the pages alone
        Map<String, byte[]> given = EditionFiles.of(np, file, set, EditionFiles.plan("{code}_{date:yyyyMMdd}_{page:02}.pdf"), false, 2, e -> 1);
        Map<String, byte[]> alone = EditionFiles.of(np, file, set.pages(), EditionFiles.plan("{code}_{date:yyyyMMdd}_{page:02}.pdf"), false, 2,
                e -> 1);
        assertThat(given.keySet()).containsExactlyElementsOf(alone.keySet());
        given.forEach((name, bytes) -> assertThat(bytes).as(name).isEqualTo(alone.get(name)));
    }

    @Test
    void aSecondRunReplacesTheSetAndAFolderOfOtherFilesIsRefused() throws IOException {
        // an earlier run's set (the one made for the class, copied), with a plate of its own the new set does not have
        Path folder = Files.createDirectories(dir.resolve("replace"));
        try (Stream<Path> files = Files.list(out)) {
            for (Path f : files.toList()) {
                Files.copy(f, folder.resolve(f.getFileName()));
            }
        }
        Files.writeString(folder.resolve("KJB_20240726_09.pdf"), "an old plate");
        assertThat(Transcript.run("edition", edition.toString(), "-o", folder.toString()).code()).isZero();
        assertThat(folder.resolve("KJB_20240726_09.pdf")).as("the set replaces the folder's files").doesNotExist();
        Path desk = dir.resolve("mydocs");
        Files.createDirectories(desk);
        Files.writeString(desk.resolve("notes.txt"), "mine");
        Transcript r = Transcript.run("edition", edition.toString(), "-o", desk.toString());
        assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("holds files newsprint did not write");
        assertThat(desk.resolve("notes.txt")).hasContent("mine");
        Transcript inside = Transcript.run("edition", edition.toString(), "-o", edition.getParent().toString());
        assertThat(inside.code()).as(inside.err()).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void aPageThatDisagreesAJumpToNowhereAndAMissingPageFileEachGetTheirOneLineError() throws IOException {
        Path bad = write(dir.resolve("bad"), List.of("front.yaml", "science.yaml", "local.yaml"));
        Files.writeString(bad.resolveSibling("science.yaml"), "edition: {date: 2024-07-27}\n" + Files.readString(bad.resolveSibling("science.yaml")));
        expect(bad, ExitCodes.BAD_INPUT, "science.yaml", "edition.date", "2024-07-27", "edition.yaml");

        Path nowhere = write(dir.resolve("nowhere"), List.of("front.yaml", "science.yaml", "local.yaml"));
        Files.writeString(nowhere.resolveSibling("front.yaml"), Files.readString(nowhere.resolveSibling("front.yaml"))
                .replace("jump: {to: local.yaml", "jump: {to: p9.yaml"));
        expect(nowhere, ExitCodes.BAD_INPUT, "front.yaml", "article 'conference'", "jump.to", "p9.yaml");

        Path missing = write(dir.resolve("missing"), List.of("front.yaml", "science.yaml", "gone.yaml"));
        expect(missing, ExitCodes.MISSING_RESOURCE, "edition.yaml", "pages[3]", "gone.yaml");

        Path cycle = write(dir.resolve("cycle"), List.of("front.yaml", "science.yaml", "local.yaml"));
        Files.writeString(cycle.resolveSibling("local.yaml"), Files.readString(cycle.resolveSibling("local.yaml"))
                .replace("  - id: lead\n", "  - id: lead\n    jump: {to: 1}\n"));
        expect(cycle, ExitCodes.BAD_INPUT, "article 'lead'", "jump.to", "wait on each other");
    }

    private void expect(Path edition, int code, String... mentions) {
        Path folder = edition.resolveSibling("out");
        Transcript r = Transcript.run("edition", edition.toString(), "-o", folder.toString());
        assertThat(r.code()).as(r.err()).isEqualTo(code);
        assertThat(r.err().lines().filter(l -> l.startsWith("error: ")).toList()).singleElement().asString().contains(mentions);
        assertThat(r.err()).doesNotContain("\tat ");
        assertThat(folder).doesNotExist();
    }
}
