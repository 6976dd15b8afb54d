package newsprint.finish;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import newsprint.Newsprint;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/** The archive PDF of every example, its sidecars attached, passes veraPDF as PDF/A-3u and as PDF/UA-1. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ArchivePdfTest {
    private final Newsprint newsprint = Newsprint.bundled();

    @ParameterizedTest
    @ValueSource(strings = {"seed", "front-page", "photo-heavy", "overset"})
    void validatesAsPdfA3uAndPdfUa1(String example) throws Exception {
        byte[] pdf = newsprint.archive(newsprint.compose(newsprint.prepare(Path.of("examples", example, "page.yaml"))), example + ".pdf")
                .get(0).bytes();
        List<String> pdfa = Validators.failures(pdf, PDFAFlavour.PDFA_3_U);
        List<String> ua = Validators.failures(pdf, PDFAFlavour.PDFUA_1);
        assertThat(pdfa).as("PDF/A-3u failures").isEmpty();
        assertThat(ua).as("PDF/UA-1 failures").isEmpty();
    }

    @org.junit.jupiter.api.Test
    void theValidatorRejectsAnUntaggedPrintPdfAsPdfUa() throws Exception {
        // guards the test above: the validator really runs and really fails a file that is not accessible
        byte[] print = newsprint.render(newsprint.compose(newsprint.prepare(Path.of("examples/seed/page.yaml"))));
        assertThat(Validators.failures(print, PDFAFlavour.PDFUA_1)).isNotEmpty();
        assertThat(Validators.failures(print, PDFAFlavour.PDFA_3_U)).isNotEmpty();
    }
}
