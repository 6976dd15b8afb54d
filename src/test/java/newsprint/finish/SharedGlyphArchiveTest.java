package newsprint.finish;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import newsprint.Newsprint;
import newsprint.Seed;
import newsprint.check.Finding;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Copy that holds two characters the face draws with one glyph: the KangXi radical ⼀ (U+2F00)
 * pasted from a PDF beside the ideograph 一, the wave dash 〜 beside the full-width tilde ～,
 * ⋯ beside …. A PDF's text gives one character per glyph, so the archive cannot give both back;
 * it must still be made (its tags matched with the page's blocks), and give back the character
 * the page shows more often, so that a search for 一次 finds the page.
 */
class SharedGlyphArchiveTest {
    private static final String PAGE = """
            edition: {paper: 科技报, date: 2024-07-25}
            page: {number: 3, section: 科协动态}
            articles:
              - id: lookalikes
                headline: 全省科协召开⼀次会议
                body:
                  - 这是⼀次会议。会议一致认为，一年来一些工作取得进展，工期3〜5年、3〜6年，费用增加3～5倍⋯⋯还有……和……。
            """;

    @TempDir
    Path dir;

    @Test
    void theCheckNamesTheRadicalAndTheIdeographToType() throws Exception {
        Newsprint newsprint = Newsprint.bundled();
        var findings = newsprint.check(newsprint.prepare(newsprint.read(Files.writeString(dir.resolve("page.yaml"), PAGE))));
        assertThat(findings).filteredOn(f -> f.code() == Finding.Code.LOOKALIKE_CHARACTER)
                .extracting(f -> f.articleId() + " " + f.field())
                .containsExactlyInAnyOrder("lookalikes headline", "lookalikes body[1]");
        assertThat(findings).filteredOn(f -> f.code() == Finding.Code.LOOKALIKE_CHARACTER)
                .allSatisfy(f -> assertThat(f.message()).contains("U+2F00 KANGXI RADICAL ONE", "'一' (U+4E00)"));
    }

    @Test
    void theArchiveIsMadeAndGivesBackTheCharacterShownMoreOften() throws Exception {
        Newsprint newsprint = Newsprint.bundled();
        var page = newsprint.compose(newsprint.prepare(newsprint.read(Files.writeString(dir.resolve("page.yaml"), PAGE))));
        try (PDDocument doc = Loader.loadPDF(newsprint.render(page, new ArchiveFinish()))) {
            List<String> paragraphs = StructureText.read(doc).stream().filter(b -> b.type().equals("P")).map(b -> Seed.squash(b.text()))
                    .toList();
            // in the body face, 一 (4 times) outnumbers ⼀ (once), 〜 (twice) ～ (once), … (4) ⋯ (2)
            assertThat(paragraphs).containsExactly("这是一次会议。会议一致认为，一年来一些工作取得进展，工期3〜5年、3〜6年，费用增加3〜5倍……还有……和……。");
            // the headline is set in another face, where ⼀ is the only one of its glyph: it stays as typed
            assertThat(StructureText.read(doc).stream().filter(b -> b.type().equals("H1")).map(StructureText.Block::text))
                    .containsExactly("全省科协召开⼀次会议");
        }
    }
}
