package newsprint.finish;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import newsprint.Newsprint;
import newsprint.Seed;
import newsprint.compose.ComposedPage;
import newsprint.model.PageFile;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The damage in the seed page's archive text (paragraphs cut where a column ended, a paragraph
 * twice, the caption mixed into the body) must be impossible here: read through the structure
 * tree, the archive PDF gives every paragraph back whole and once, in reading order.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ArchiveTextTest {
    private PageFile file;
    private ComposedPage page;
    private List<StructureText.Block> blocks;
    private String plain;

    @BeforeAll
    void render() throws Exception {
        Newsprint newsprint = Newsprint.bundled();
        file = newsprint.read(Seed.PAGE);
        page = newsprint.compose(newsprint.prepare(file));
        try (PDDocument doc = Loader.loadPDF(newsprint.render(page, new ArchiveFinish()))) {
            blocks = StructureText.read(doc);
            plain = new PDFTextStripper().getText(doc);
        }
    }

    @Test
    void everyParagraphComesBackWholeOnceAndInReadingOrder() {
        List<String> expected = new ArrayList<>();
        for (var a : page.modules().stream().map(m -> m.article()).toList()) {
            expected.addAll(Seed.printedParagraphs(List.of(a)));
            if (a.source() != null) {
                expected.add("（" + a.source() + "）");
            }
        }
        List<String> paragraphs = blocks.stream().filter(b -> b.type().equals("P")).map(b -> Seed.squash(b.text()))
                .filter(t -> !t.equals(Seed.squash(page.prepared().articles().get(0).subheadline()))).toList();
        assertThat(paragraphs).containsExactlyElementsOf(expected);
    }

    @Test
    void headlinesAreHeadingsAndTheCaptionIsACaptionApartFromTheBody() {
        assertThat(blocks.stream().filter(b -> b.type().equals("H1")).map(StructureText.Block::text).toList())
                .containsExactlyElementsOf(page.headlines());
        assertThat(blocks.stream().filter(b -> b.type().equals("Caption")).map(b -> Seed.squash(b.text())).toList())
                .containsExactly("会议现场胡漫雨摄");
        assertThat(blocks.stream().filter(b -> b.type().equals("Figure")).map(StructureText.Block::text).toList())
                .containsExactly("会议现场");
        assertThat(blocks.stream().filter(b -> b.type().equals("P")).map(StructureText.Block::text))
                .noneMatch(t -> t.contains("胡漫雨 摄"));
    }

    @Test
    void plainTextExtractionStillBreaksAtColumnEnds() {
        // what pdftotext-style extraction gives: the visual lines, so paragraphs come back cut.
        // The archive must be read through its structure tree (above), which is why it is tagged.
        assertThat(plain).contains("本报讯（记者\n胡漫雨）"); // the byline broken between its names, not inside one
        assertThat(plain.lines().filter(l -> l.startsWith("会议认为")).findFirst().orElseThrow().length()).isLessThan(15);
    }
}
