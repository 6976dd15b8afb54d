package newsprint.finish;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import newsprint.Newsprint;
import newsprint.Seed;
import newsprint.model.PageFile;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The archive attaches the bytes the page was set from, not whatever the path holds when the PDF is made. */
class ArchiveSourceTest {
    @TempDir
    Path dir;

    @Test
    void attachesTheBytesReadEvenWhenTheFileChangesDuringTheRun() throws IOException {
        Path page = Files.writeString(dir.resolve("page.yaml"), Seed.ONE_ARTICLE);
        Newsprint newsprint = Newsprint.bundled();
        PageFile read = newsprint.read(page);
        Files.writeString(page, "edited while the page was being set");
        byte[] pdf = newsprint.render(newsprint.compose(newsprint.prepare(read)), new ArchiveFinish());
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            var files = doc.getDocumentCatalog().getNames().getEmbeddedFiles().getNames();
            assertThat(files.get("page.yaml").getEmbeddedFile().toByteArray()).isEqualTo(Seed.ONE_ARTICLE.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    @Test
    void namesAnAttachmentFromAPipeByWhatItHolds() {
        assertThat(ArchiveFinish.attachmentName(Path.of("/dev/fd/63"), " {\"edition\": {}}".getBytes())).isEqualTo("63.json");
        assertThat(ArchiveFinish.attachmentName(Path.of("/dev/stdin"), "edition: {}".getBytes())).isEqualTo("stdin.yaml");
        assertThat(ArchiveFinish.attachmentName(Path.of("desk/Page.YML"), new byte[0])).isEqualTo("Page.YML");
    }

    @Test
    void aPageMadeInCodeHasNoSourceToAttach() throws IOException {
        Newsprint newsprint = Newsprint.bundled();
        PageFile read = newsprint.read(Files.writeString(dir.resolve("page.yaml"), Seed.ONE_ARTICLE));
        PageFile made = new PageFile(read.file(), read.edition(), read.page(), read.articles());
        assertThat(made.source()).isEmpty();
        try (PDDocument doc = Loader.loadPDF(newsprint.render(newsprint.compose(newsprint.prepare(made)), new ArchiveFinish()))) {
            assertThat(doc.getDocumentCatalog().getNames() == null || doc.getDocumentCatalog().getNames().getEmbeddedFiles() == null).isTrue();
        }
    }
}
