package newsprint.finish;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
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
        Map<PDFAFlavour, List<String>> failures = Validators.failures(pdf, PDFAFlavour.PDFA_3_U, PDFAFlavour.PDFUA_1);
        assertThat(failures.get(PDFAFlavour.PDFA_3_U)).as("PDF/A-3u failures").isEmpty();
        assertThat(failures.get(PDFAFlavour.PDFUA_1)).as("PDF/UA-1 failures").isEmpty();
    }

    @org.junit.jupiter.api.Test
    void theValidatorRejectsAnUntaggedPrintPdfAsPdfUa() throws Exception {
        // guards the test above: the validator really runs and really fails a file that is not accessible,
        // and checking both flavours in one pass fails the same rules as checking each on its own
        byte[] print = newsprint.render(newsprint.compose(newsprint.prepare(Path.of("examples/seed/page.yaml"))));
        Map<PDFAFlavour, List<String>> both = Validators.failures(print, PDFAFlavour.PDFA_3_U, PDFAFlavour.PDFUA_1);
        for (PDFAFlavour flavour : List.of(PDFAFlavour.PDFUA_1, PDFAFlavour.PDFA_3_U)) {
            List<String> alone = Validators.failures(print, flavour);
            assertThat(alone).as(flavour + " alone").isNotEmpty();
            assertThat(rules(both.get(flavour))).as(flavour + " with the other flavour").isEqualTo(rules(alone));
        }
    }

    /** The rules failed (clause and test number), with how often each failed. */
    private static Map<String, Long> rules(List<String> failures) {
        return new java.util.TreeMap<>(failures.stream().collect(java.util.stream.Collectors.groupingBy(
                f -> f.substring(0, f.indexOf(':')), java.util.stream.Collectors.counting())));
    }
}
