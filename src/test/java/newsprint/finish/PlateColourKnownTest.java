package newsprint.finish;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.util.Map;
import java.util.zip.InflaterInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The ink measure of a plate this process just made takes its converted photos as the conversion
 * left them (their samples, their highest ink) instead of inflating them again: what it takes must
 * be what inflating the plate's stream gives, and the report the same as a process that did not
 * make the plate measures.
 */
class PlateColourKnownTest {
    @AfterEach
    void forget() {
        PlateColour.forget();
    }

    /** A 144 pt page with an RGB photo of many colours (a JPEG, as a page's photo arrives) converted for the plates. */
    private static byte[] plate(boolean black) throws Exception {
        BufferedImage photo = new BufferedImage(240, 160, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = photo.createGraphics();
        g.setPaint(new GradientPaint(0, 0, new Color(20, 60, 200), 240, 160, new Color(250, 200, 30)));
        g.fillRect(0, 0, 240, 160);
        g.setColor(new Color(10, 10, 10));
        g.fillOval(60, 40, 80, 60);
        g.dispose();
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDRectangle box = new PDRectangle(144, 144);
            PDPage page = new PDPage(box);
            page.setTrimBox(box);
            doc.addPage(page);
            PDImageXObject image = JPEGFactory.createFromImage(doc, photo, 0.9f);
            try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                content.drawImage(image, 12, 30, 120, 80);
            }
            PlateColour.convert(doc, page, black, Press.newsprint(), Map.of());
            doc.save(out);
            return out.toByteArray();
        }
    }

    @Test
    void aConvertedPhotoIsKnownByItsStoredBytesAsInflatingThemGivesIt() throws Exception {
        for (boolean black : new boolean[] {false, true}) {
            byte[] pdf = plate(black);
            try (PDDocument doc = Loader.loadPDF(pdf)) {
                PDImageXObject image = (PDImageXObject) doc.getPage(0).getResources().getXObject(COSName.getPDFName("Im1"));
                int channels = black ? 1 : 4;
                assertThat(image.getColorSpace().getNumberOfComponents()).isEqualTo(channels);
                COSStream stream = image.getCOSObject();
                byte[] raw;
                try (InputStream in = stream.createRawInputStream()) {
                    raw = in.readAllBytes();
                }
                byte[] inflated;
                try (InputStream in = new InflaterInputStream(new java.io.ByteArrayInputStream(raw))) {
                    inflated = in.readAllBytes();
                }
                PlateColour.Known known = PlateColour.made(raw, image.getWidth(), image.getHeight(), channels);
                assertThat(known).as("the photo just converted").isNotNull();
                assertThat(known.samples()).as("its samples, still held").isEqualTo(inflated);
                int most = 0;
                for (int i = 0; i < inflated.length; i += channels) {
                    int total = 0;
                    for (int c = 0; c < channels; c++) {
                        total += channels == 1 ? 255 - (inflated[i] & 255) : inflated[i + c] & 255;
                    }
                    most = Math.max(most, total);
                }
                assertThat(known.mostInk()).as("its highest total ink").isEqualTo(most).isGreaterThan(0);
                PlateColour.Known again = PlateColour.made(raw, image.getWidth(), image.getHeight(), channels);
                assertThat(again.samples()).as("the samples are handed over once").isNull();
                assertThat(again.mostInk()).isEqualTo(most);
                assertThat(PlateColour.made(raw, image.getWidth() + 1, image.getHeight(), channels)).as("another size").isNull();
                byte[] other = raw.clone();
                other[other.length / 2] ^= 1;
                assertThat(PlateColour.made(other, image.getWidth(), image.getHeight(), channels)).as("other bytes").isNull();
            }
        }
    }

    @Test
    void aPlateJustMadeMeasuresAsOneThisProcessDidNotMake() throws Exception {
        for (boolean black : new boolean[] {false, true}) {
            byte[] pdf = plate(black);
            InkCoverage.Report known = InkCoverage.measure(pdf, Press.newsprint());
            PlateColour.forget();
            InkCoverage.Report unknown = InkCoverage.measure(pdf, Press.newsprint());
            assertThat(known).isEqualTo(unknown);
            assertThat(known.pictures()).singleElement().satisfies(p -> assertThat(p.maxInkPercent()).isGreaterThan(50));
            assertThat(black ? known.black() : known.cyan() + known.magenta() + known.yellow()).isGreaterThan(1);
        }
    }
}
