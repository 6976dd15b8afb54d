package newsprint.fill;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import newsprint.Newsprint;
import newsprint.compose.ComposedPage;
import newsprint.compose.Module;
import newsprint.compose.Rect;
import newsprint.compose.TextFrame;
import newsprint.finish.PrintFinish;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every body line of an example page stands on the baseline grid as printed: read back with
 * PDFBox, the baselines of all body lines, beside a photo, under it and in columns without one,
 * sit at the same place within the leading. The renderer lays out in whole dots, and 14 pt line
 * boxes stacked down a column used to drift 0.0125 pt a line: lines beside and under a photo
 * stood up to 0.85 pt apart on the tabloid.
 */
class BaselineGridTest {
    private static final Newsprint NEWSPRINT = Newsprint.bundled();
    /** Two roundings to a whole dot (1/26⅔ pt), the frame's top and the line's: at most 0.075 pt. */
    private static final double TOLERANCE_PT = 0.08;

    @ParameterizedTest
    @ValueSource(strings = {"seed", "front-page", "photo-heavy", "traditional"})
    void everyBodyLineStandsOnTheGrid(String example) throws Exception {
        ComposedPage page = NEWSPRINT.compose(NEWSPRINT.prepare(Path.of("examples", example, "page.yaml")));
        List<Rect> frames = new ArrayList<>();
        for (Module m : page.modules()) {
            for (TextFrame f : m.frames()) {
                if (!f.lines().isEmpty()) {
                    frames.add(f.rect());
                }
            }
        }
        double leading = page.grid().leadingPt();
        double top = page.grid().typeArea().yPt();
        List<Double> phases = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(NEWSPRINT.render(page, new PrintFinish(0, false)))) {
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> glyphs) {
                    for (TextPosition t : glyphs) {
                        double x = t.getXDirAdj();
                        double y = t.getYDirAdj();
                        if (frames.stream().anyMatch(r -> x >= r.xPt() - 1 && x <= r.xPt() + r.widthPt() && y > r.yPt() && y <= r.bottomPt() + 1)) {
                            phases.add(((y - top) % leading + leading) % leading);
                        }
                    }
                }
            };
            stripper.getText(doc);
        }
        assertThat(phases).as("body glyphs read back").hasSizeGreaterThan(500);
        double spread = phases.stream().mapToDouble(d -> d).max().orElseThrow() - phases.stream().mapToDouble(d -> d).min().orElseThrow();
        assertThat(spread).as(example + ": baselines of body lines within the leading").isLessThan(TOLERANCE_PT);
    }
}
