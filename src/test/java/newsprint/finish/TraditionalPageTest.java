package newsprint.finish;

import newsprint.DrawnText;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import newsprint.Newsprint;
import newsprint.Seed;
import newsprint.check.Finding;
import newsprint.cli.ExitCodes;
import newsprint.cli.Transcript;
import newsprint.compose.ComposedPage;
import newsprint.model.Language;
import newsprint.model.PageFile;
import newsprint.prepare.PreparedPage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/**
 * A Traditional Chinese page (the example, zh-Hant-HK): set in Noto Serif TC and Noto Sans TC,
 * the Simplified faces and the rare face behind them; its language in both PDFs and the HTML; its
 * archive valid with a vertical headline of turned brackets and 纵中横 cells, read in its order;
 * a page whose language and layout disagree is refused before any work.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TraditionalPageTest {
    private static final Path EXAMPLE = Path.of("examples/traditional/page.yaml");

    private PreparedPage prepared;
    private byte[] print;
    private byte[] archive;

    @BeforeAll
    void render() {
        Newsprint newsprint = Newsprint.bundled();
        prepared = newsprint.prepare(EXAMPLE);
        newsprint.preflight(prepared);
        ComposedPage page = newsprint.compose(prepared);
        print = newsprint.render(page);
        archive = newsprint.render(page, new ArchiveFinish());
    }

    @Test
    void theLanguageChoosesTheTraditionalLayoutAndItsFaces() throws IOException {
        assertThat(prepared.file().page().lang()).isEqualTo(Language.ZH_HANT_HK);
        assertThat(prepared.layout().name()).isEqualTo("tabloid-hant");
        assertThat(prepared.layout().styles().faces().get("serif").font().getName()).isEqualTo("NotoSerifTC-Regular");
    }

    @Test
    void theTextIsSetInTheTcFacesAndARareNameInTheRareFace() throws IOException {
        DrawnText drawn = DrawnText.of(print);
        Map<String, String> fontOf = drawn.fontOf();
        String text = Seed.squash(drawn.text());
        assertThat(text).contains("天星小輪明年起增設夜航班次").contains("本地初創企業創辦人吳𠮷祥表示").contains("責任編輯：陳美玲");
        assertThat(fontOf.get("輪")).endsWith("+NotoSansTC-Bold"); // the headline
        assertThat(fontOf.get("署")).endsWith("+NotoSerifTC-Regular"); // the body
        assertThat(fontOf.get("𠮷")).endsWith("+HanaMinB");
        assertThat(fontOf.values()).noneMatch(f -> f.contains("SC-"));
    }

    @Test
    void bothPdfsAndTheHtmlSayTheLanguageOfThePage() throws Exception {
        try (PDDocument doc = Loader.loadPDF(archive)) {
            assertThat(doc.getDocumentCatalog().getLanguage()).isEqualTo("zh-Hant-HK");
        }
        for (byte[] pdf : List.of(print, archive)) {
            try (PDDocument doc = Loader.loadPDF(pdf)) {
                String xmp = new String(doc.getDocumentCatalog().getMetadata().toByteArray(), java.nio.charset.StandardCharsets.UTF_8);
                assertThat(xmp).contains("<rdf:li>zh-Hant-HK</rdf:li>").doesNotContain("zh-Hans");
            }
        }
        Newsprint newsprint = Newsprint.bundled();
        assertThat(newsprint.fill(newsprint.compose(prepared)).selectFirst("html").attr("lang")).isEqualTo("zh-Hant-HK");
        var failures = Validators.failures(archive, PDFAFlavour.PDFA_3_U, PDFAFlavour.PDFUA_1);
        assertThat(failures.get(PDFAFlavour.PDFA_3_U)).as("PDF/A-3u").isEmpty();
        assertThat(failures.get(PDFAFlavour.PDFUA_1)).as("PDF/UA-1").isEmpty();
    }

    @Test
    void theArchiveReadsTheHeadlinesBackInTraditionalCharacters() throws IOException {
        try (PDDocument doc = Loader.loadPDF(archive)) {
            List<String> headings = new ArrayList<>();
            StructureText.read(doc).stream().filter(b -> b.type().equals("H1")).forEach(b -> headings.add(b.text()));
            assertThat(headings).containsExactly("天星小輪明年起增設夜航班次", "青年論壇探討「AI」與創科發展", "公共圖書館延長開放時間",
                    "街市翻新工程下月完成", "郊野公園新增無障礙步道");
        }
    }

    @Test
    void aPageWithoutLangIsSimplifiedAndALangDefaultsItsLayout(@TempDir Path dir) throws IOException {
        Newsprint newsprint = Newsprint.bundled();
        Path hans = Files.writeString(dir.resolve("hans.yaml"), Seed.ONE_ARTICLE);
        PageFile simplified = newsprint.read(hans);
        assertThat(simplified.page().lang()).isEqualTo(Language.ZH_HANS);
        assertThat(simplified.page().layout()).isEqualTo("tabloid");
        for (String tag : List.of("zh-Hant", "zh-Hant-TW", "zh-Hant-HK", "zh-Hant-MO")) {
            Path hant = Files.writeString(dir.resolve("hant.yaml"), Seed.ONE_ARTICLE.replace("section: 科协动态", "section: 科協動態, lang: " + tag));
            PageFile traditional = newsprint.read(hant);
            assertThat(traditional.page().lang().tag()).isEqualTo(tag);
            assertThat(traditional.page().layout()).isEqualTo("tabloid-hant");
        }
    }

    @Test
    void aLanguageAndLayoutThatDisagreeAreRefusedNamingBoth(@TempDir Path dir) throws IOException {
        Path page = Files.writeString(dir.resolve("page.yaml"),
                Seed.ONE_ARTICLE.replace("section: 科协动态", "section: 科協動態, lang: zh-Hant-TW, layout: broadsheet"));
        Path out = dir.resolve("out.pdf");
        Transcript r = Transcript.run("render", page.toString(), "-o", out.toString());
        assertThat(r.code()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(r.err()).contains("error: " + page + ": page.lang is zh-Hant-TW but layout 'broadsheet' is made for zh-Hans")
                .contains("hint: set page.layout to a Traditional layout (tabloid-hant, broadsheet-hant), or leave it out");
        assertThat(out).doesNotExist();
        Path back = Files.writeString(dir.resolve("back.yaml"), Seed.ONE_ARTICLE.replace("section: 科协动态", "section: 科协动态, layout: broadsheet-hant"));
        assertThat(Transcript.run("check", back.toString()).err()).contains("page.lang is zh-Hans but layout 'broadsheet-hant' is made for zh-Hant");
    }

    @Test
    void aMisspelledLanguageIsRefusedWithTheRightSpelling(@TempDir Path dir) throws IOException {
        Path page = Files.writeString(dir.resolve("page.yaml"), Seed.ONE_ARTICLE.replace("section: 科协动态", "section: 科协动态, lang: zh_hant_tw"));
        Transcript r = Transcript.run("check", page.toString());
        assertThat(r.code()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(r.err()).contains("page.lang 'zh_hant_tw' is not a language newsprint sets").contains("did you mean 'zh-Hant-TW'?");
        Path unknown = Files.writeString(dir.resolve("en.yaml"), Seed.ONE_ARTICLE.replace("section: 科协动态", "section: 科协动态, lang: en"));
        assertThat(Transcript.run("check", unknown.toString()).err()).contains("one of zh-Hans, zh-Hans-CN, zh-Hans-SG, zh-Hant");
    }

    @Test
    void theExampleHasNoStrayScriptAndNoError() {
        List<Finding> findings = Newsprint.bundled().check(prepared);
        assertThat(findings).noneMatch(Finding::isError);
        assertThat(findings).extracting(f -> f.code().id()).doesNotContain("simplified-character", "traditional-character");
    }
}
