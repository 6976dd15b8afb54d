package newsprint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import newsprint.Seed;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code render --archive -o OUT.pdf}: the PDF and its sidecars beside it, one output, the same bytes every time. */
class ArchiveCommandTest {
    private static final List<String> SIDECARS = List.of("seed.alto.xml", "seed.mets.xml", "seed.articles.jsonl");

    @TempDir
    Path dir;

    private List<String> names() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void writesThePdfAndItsSidecarsWhichThePdfAlsoCarriesTheSameEveryTime() throws IOException {
        Path out = dir.resolve("seed.pdf");
        CliTest.Run r = CliTest.run("render", Seed.PAGE.toString(), "-o", out.toString(), "--archive");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("seed.alto.xml").contains("seed.mets.xml").contains("seed.articles.jsonl");
        assertThat(names()).containsExactlyInAnyOrder("seed.pdf", "seed.alto.xml", "seed.mets.xml", "seed.articles.jsonl");
        try (PDDocument doc = Loader.loadPDF(out.toFile())) {
            var attached = doc.getDocumentCatalog().getNames().getEmbeddedFiles().getNames();
            for (String name : SIDECARS) {
                assertThat(attached.get(name).getEmbeddedFile().toByteArray()).as(name).isEqualTo(Files.readAllBytes(dir.resolve(name)));
            }
        }
        byte[] pdf = Files.readAllBytes(out);
        byte[] alto = Files.readAllBytes(dir.resolve("seed.alto.xml"));
        Path again = Files.createDirectories(dir.resolve("again")).resolve("seed.pdf");
        assertThat(CliTest.run("render", Seed.PAGE.toString(), "-o", again.toString(), "--archive").code()).isZero();
        assertThat(Files.readAllBytes(again)).isEqualTo(pdf);
        assertThat(Files.readAllBytes(again.resolveSibling("seed.alto.xml"))).isEqualTo(alto);
    }

    @Test
    void aSidecarThatCannotBeWrittenStopsTheRunBeforeAnyWorkAndWritesNothing() throws IOException {
        Files.createDirectories(dir.resolve("seed.mets.xml"));
        CliTest.Run r = CliTest.run("render", Seed.PAGE.toString(), "-o", dir.resolve("seed.pdf").toString(), "--archive");
        assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("seed.mets.xml").contains("is a folder");
        assertThat(names()).containsExactly("seed.mets.xml");
    }

    @Test
    void aSidecarIsNeverTheFileTheRunReads() throws IOException {
        // a page file that happens to have a sidecar's name
        Path page = dir.resolve("out.articles.jsonl");
        Files.writeString(page, Seed.ONE_ARTICLE);
        CliTest.Run r = CliTest.run("render", page.toString(), "-o", dir.resolve("out.pdf").toString(), "--archive");
        assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("the page file");
        assertThat(Files.readString(page)).isEqualTo(Seed.ONE_ARTICLE);
        assertThat(names()).containsExactly("out.articles.jsonl");
    }

    @Test
    void aFailedRenderLeavesAnEarlierArchiveUntouched() throws IOException {
        Path out = dir.resolve("seed.pdf");
        for (String name : List.of("seed.pdf", "seed.alto.xml", "seed.mets.xml", "seed.articles.jsonl")) {
            Files.writeString(dir.resolve(name), "earlier " + name);
        }
        Path page = dir.resolve("broken.yaml");
        Files.writeString(page, Seed.ONE_ARTICLE + "    photos:\n      - {file: missing.jpg}\n");
        CliTest.Run r = CliTest.run("render", page.toString(), "-o", out.toString(), "--archive");
        assertThat(r.code()).isNotZero();
        for (String name : List.of("seed.pdf", "seed.alto.xml", "seed.mets.xml", "seed.articles.jsonl")) {
            assertThat(Files.readString(dir.resolve(name))).isEqualTo("earlier " + name);
        }
        assertThat(names()).noneMatch(n -> n.endsWith(".part"));
    }
}
