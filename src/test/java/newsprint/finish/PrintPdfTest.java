package newsprint.finish;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import newsprint.Newsprint;
import newsprint.layout.Units;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The print PDF a newsprint press takes: PDF/X-4 markers, the output intent, real page boxes, text in 100% K. */
class PrintPdfTest {
    private static final Newsprint NEWSPRINT = Newsprint.bundled();

    private static byte[] print(String example, PrintFinish finish) {
        return NEWSPRINT.render(NEWSPRINT.compose(NEWSPRINT.prepare(Path.of("examples", example, "page.yaml"))), finish);
    }

    @ParameterizedTest
    @ValueSource(strings = {"seed", "front-page", "photo-heavy", "overset"})
    void carriesThePdfX4MarkersAndTheNewsprintOutputIntent(String example) throws IOException {
        try (PDDocument doc = Loader.loadPDF(print(example, PrintFinish.standard()))) {
            assertThat(doc.getDocument().getVersion()).isEqualTo(1.6f);
            List<PDOutputIntent> intents = doc.getDocumentCatalog().getOutputIntents();
            assertThat(intents).hasSize(1);
            PDOutputIntent intent = intents.get(0);
            assertThat(intent.getCOSObject().getCOSName(COSName.S)).isEqualTo(COSName.getPDFName("GTS_PDFX"));
            assertThat(intent.getOutputConditionIdentifier()).isEqualTo("CGATS TR 002");
            assertThat(((org.apache.pdfbox.cos.COSStream) intent.getCOSObject().getDictionaryObject(COSName.DEST_OUTPUT_PROFILE)).getInt(COSName.N)).isEqualTo(4);
            assertThat(doc.getDocumentInformation().getTrapped()).isEqualTo("False");
            String xmp = new String(doc.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8);
            assertThat(xmp).contains("GTS_PDFXVersion").contains("PDF/X-4").contains("Trapped").contains(doc.getDocumentInformation().getTitle());
            assertThat(xmp).contains("2024-07-2");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"seed", "front-page", "photo-heavy", "overset"})
    void hasRealTrimAndBleedBoxesAroundTheTrim(String example) throws IOException {
        try (PDDocument doc = Loader.loadPDF(print(example, PrintFinish.standard()))) {
            PDPage page = doc.getPage(0);
            assertThat(page.getCOSObject().containsKey(COSName.TRIM_BOX)).isTrue();
            assertThat(page.getCOSObject().containsKey(COSName.BLEED_BOX)).isTrue();
            PDRectangle trim = page.getTrimBox();
            PDRectangle bleed = page.getBleedBox();
            double threeMm = Units.mmToPt(3);
            assertThat((double) trim.getLowerLeftX() - bleed.getLowerLeftX()).isCloseTo(threeMm, org.assertj.core.data.Offset.offset(0.01));
            assertThat((double) bleed.getUpperRightY() - trim.getUpperRightY()).isCloseTo(threeMm, org.assertj.core.data.Offset.offset(0.01));
            assertThat(page.getMediaBox().getWidth()).isGreaterThanOrEqualTo(bleed.getWidth());
            String layout = example.equals("front-page") ? "broadsheet" : "tabloid";
            double trimWidthMm = layout.equals("broadsheet") ? 390 : 270;
            assertThat(Units.ptToMm(trim.getWidth())).isCloseTo(trimWidthMm, org.assertj.core.data.Offset.offset(0.1));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"seed", "front-page", "photo-heavy", "overset"})
    void setsEveryTextAndRuleIn100PercentBlack(String example) throws IOException {
        List<String> problems = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(print(example, PrintFinish.standard()))) {
            PDFStreamParser parser = new PDFStreamParser(doc.getPage(0));
            List<Object> operands = new ArrayList<>();
            float[] fill = null;
            int shown = 0;
            for (Object token = parser.parseNextToken(); token != null; token = parser.parseNextToken()) {
                if (!(token instanceof Operator op)) {
                    operands.add(token);
                    continue;
                }
                switch (op.getName()) {
                    case "rg", "RG", "g", "G", "sc", "scn", "SC", "SCN", "cs", "CS" -> problems.add("colour operator " + op.getName());
                    case "k" -> fill = numbers(operands);
                    case "K" -> {
                        float[] stroke = numbers(operands);
                        if (stroke[0] != 0 || stroke[1] != 0 || stroke[2] != 0) {
                            problems.add("rule in CMY: " + java.util.Arrays.toString(stroke));
                        }
                    }
                    case "Tj", "TJ", "'", "\"" -> {
                        shown++;
                        if (fill == null || fill[0] != 0 || fill[1] != 0 || fill[2] != 0 || fill[3] != 1) {
                            problems.add("text in " + java.util.Arrays.toString(fill));
                        }
                    }
                    default -> { }
                }
                operands.clear();
            }
            assertThat(shown).isGreaterThan(100);
        }
        assertThat(problems).isEmpty();
    }

    private static float[] numbers(List<Object> operands) {
        float[] v = new float[operands.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = ((COSNumber) operands.get(i)).floatValue();
        }
        return v;
    }

    @Test
    void cropMarksSitInASlugOutsideTheBleed() throws IOException {
        try (PDDocument plainDoc = Loader.loadPDF(print("seed", PrintFinish.standard()));
             PDDocument marked = Loader.loadPDF(print("seed", new PrintFinish(3, true)))) {
            PDRectangle media = marked.getPage(0).getMediaBox();
            PDRectangle bleed = marked.getPage(0).getBleedBox();
            assertThat(Units.ptToMm(bleed.getLowerLeftX() - media.getLowerLeftX())).isCloseTo(PrintFinish.SLUG_MM,
                    org.assertj.core.data.Offset.offset(0.01));
            assertThat(marked.getPage(0).getTrimBox()).usingRecursiveComparison().isEqualTo(plainDoc.getPage(0).getTrimBox());
            // eight mark lines: 16 path points more than the unmarked page
            long strokes = countOperators(marked, "l") - countOperators(plainDoc, "l");
            assertThat(strokes).isEqualTo(8);
        }
    }

    private static long countOperators(PDDocument doc, String name) throws IOException {
        PDFStreamParser parser = new PDFStreamParser(doc.getPage(0));
        long n = 0;
        for (Object t = parser.parseNextToken(); t != null; t = parser.parseNextToken()) {
            if (t instanceof Operator op && op.getName().equals(name)) {
                n++;
            }
        }
        return n;
    }

    @Test
    void bothOutputsAreTheSameBytesEveryTime() {
        var page = NEWSPRINT.compose(NEWSPRINT.prepare(Path.of("examples/seed/page.yaml")));
        assertThat(NEWSPRINT.render(page, PrintFinish.standard())).isEqualTo(NEWSPRINT.render(page, PrintFinish.standard()));
        assertThat(NEWSPRINT.render(page, new ArchiveFinish())).isEqualTo(NEWSPRINT.render(page, new ArchiveFinish()));
    }
}
