package newsprint.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import newsprint.Newsprint;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every example's ALTO file is valid ALTO 4.4 and its METS file valid METS 1.12.1, by the official schemas. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SidecarSchemaTest {
    private final Newsprint newsprint = Newsprint.bundled();

    @ParameterizedTest
    @ValueSource(strings = {"seed", "front-page", "photo-heavy"})
    void altoAndMetsValidateAgainstTheOfficialSchemas(String example) throws Exception {
        List<ArchiveFile> files = Sidecars.of(ArchiveEdition.ofPage(
                newsprint.compose(newsprint.prepare(Path.of("examples", example, "page.yaml"))), example + ".pdf"));
        assertThat(files).extracting(ArchiveFile::name)
                .containsExactly(example + ".alto.xml", example + ".mets.xml", example + ".articles.jsonl");
        assertThat(Schemas.problems(Schemas.ALTO, files.get(0).bytes())).as("ALTO 4.4").isEmpty();
        assertThat(Schemas.problems(Schemas.METS, files.get(1).bytes())).as("METS 1.12.1").isEmpty();
    }

    @org.junit.jupiter.api.Test
    void theSchemasRejectWhatTheyShould() throws Exception {
        // guards the test above: a line without its required String, a METS file without structMap
        byte[] alto = ("<alto xmlns='" + AltoWriter.NAMESPACE + "'><Description><MeasurementUnit>mm10</MeasurementUnit></Description>"
                + "<Layout><Page ID='P1' PHYSICAL_IMG_NR='1'><PrintSpace><TextBlock ID='TB1'><TextLine/></TextBlock></PrintSpace></Page></Layout></alto>")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(Schemas.problems(Schemas.ALTO, alto)).isNotEmpty();
        byte[] mets = ("<mets xmlns='" + MetsWriter.NAMESPACE + "'/>").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(Schemas.problems(Schemas.METS, mets)).isNotEmpty();
    }
}
