package newsprint.finish;

import java.io.ByteArrayInputStream;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.verapdf.core.EncryptedPdfException;
import org.verapdf.core.ModelParsingException;
import org.verapdf.core.ValidationException;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/** veraPDF, the PDF Association's validator, run in the test JVM. */
public final class Validators {
    static {
        VeraGreenfieldFoundryProvider.initialise();
    }

    private Validators() {
    }

    /** The failed rules of {@code pdf} against {@code flavour}, one line each; empty when it passes. */
    public static List<String> failures(byte[] pdf, PDFAFlavour flavour) throws ModelParsingException, EncryptedPdfException,
            ValidationException, java.io.IOException {
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), flavour)) {
            return failures(Foundries.defaultInstance().createValidator(flavour, false).validate(parser));
        }
    }

    /**
     * The failed rules of {@code pdf} against each of two flavours (PDF/A-3u and PDF/UA-1, say),
     * one line each, empty for a flavour it passes: the file parsed once and its model checked
     * against both profiles in one pass, as veraPDF's command line does for several flavours
     * (about half the time of two runs; the same rules fail as in two runs).
     */
    public static Map<PDFAFlavour, List<String>> failures(byte[] pdf, PDFAFlavour first, PDFAFlavour second)
            throws ModelParsingException, EncryptedPdfException, ValidationException, java.io.IOException {
        Map<PDFAFlavour, List<String>> failures = new EnumMap<>(PDFAFlavour.class);
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), first, second)) {
            for (ValidationResult result : Foundries.defaultInstance().createValidator(List.of(first, second)).validateAll(parser)) {
                failures.put(result.getPDFAFlavour(), failures(result));
            }
        }
        if (!failures.keySet().equals(java.util.EnumSet.of(first, second))) {
            throw new IllegalStateException("veraPDF gave results for " + failures.keySet() + ", not for " + first + " and " + second);
        }
        return failures;
    }

    private static List<String> failures(ValidationResult result) {
        return result.getTestAssertions().stream()
                .filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
                .map(a -> a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + ": " + a.getMessage()
                        + " (" + a.getLocation().getContext() + ")")
                .distinct()
                .toList();
    }
}
