package newsprint.finish;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import newsprint.Newsprint;
import newsprint.Seed;
import newsprint.cli.Main;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Photos as the press gets them: a soft photo is named with its resolution, a grayscale photo stays grayscale. */
class PhotoOutputTest {
    @TempDir
    Path dir;

    private Path seedWithPhoto(BufferedImage image) throws IOException {
        Files.createDirectories(dir.resolve("photos"));
        ImageIO.write(image, "jpg", dir.resolve("photos/meeting.jpg").toFile());
        Path page = dir.resolve("page.yaml");
        Files.copy(Seed.PAGE, page);
        return page;
    }

    private static BufferedImage image(int w, int h, int type) {
        BufferedImage img = new BufferedImage(w, h, type);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.GRAY);
        g.fillRect(0, 0, w, h);
        g.setColor(Color.WHITE);
        g.drawLine(0, 0, w, h);
        g.dispose();
        return img;
    }

    @Test
    void aPhotoUnder150PpiIsNamedWithItsResolution() throws IOException {
        Path page = seedWithPhoto(image(300, 200, BufferedImage.TYPE_INT_RGB));
        CommandLine cmd = Main.commandLine();
        StringWriter err = new StringWriter();
        cmd.getSubcommands().get("render").setErr(new PrintWriter(err));
        cmd.getSubcommands().get("render").setOut(new PrintWriter(new StringWriter()));
        int code = cmd.execute("render", page.toString(), "-o", dir.resolve("out.pdf").toString());
        assertThat(code).isZero();
        assertThat(err.toString()).contains("warning:").contains("article 'lead'").contains("meeting.jpg").containsPattern("at \\d+ ppi");
    }

    @Test
    void aGrayscalePhotoStaysGrayscale() throws IOException {
        Path page = seedWithPhoto(image(1800, 1200, BufferedImage.TYPE_BYTE_GRAY));
        Newsprint newsprint = Newsprint.bundled();
        byte[] pdf = newsprint.render(newsprint.compose(newsprint.prepare(page)));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            var resources = doc.getPage(0).getResources();
            int images = 0;
            for (COSName name : resources.getXObjectNames()) {
                if (resources.getXObject(name) instanceof PDImageXObject img) {
                    images++;
                    assertThat(img.getColorSpace().getNumberOfComponents()).isEqualTo(1);
                }
            }
            assertThat(images).isEqualTo(1);
        }
    }

    @Test
    void aPhotoIsTurnedUprightAsItsExifOrientationAsks() throws IOException {
        // stored landscape, left half black: orientation 6 (turn 90° clockwise) shows it portrait, top half black
        BufferedImage stored = new BufferedImage(1800, 1200, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = stored.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 1800, 1200);
        g.setColor(Color.BLACK);
        g.fillRect(0, 0, 900, 1200);
        g.dispose();
        java.io.ByteArrayOutputStream jpeg = new java.io.ByteArrayOutputStream();
        ImageIO.write(stored, "jpg", jpeg);
        Files.createDirectories(dir.resolve("photos"));
        Files.write(dir.resolve("photos/meeting.jpg"), newsprint.TestPhotos.withExifOrientation(jpeg.toByteArray(), 6));
        Path page = dir.resolve("page.yaml");
        Files.copy(Seed.PAGE, page);
        Newsprint newsprint = Newsprint.bundled();
        var composed = newsprint.compose(newsprint.prepare(page));
        var figure = composed.modules().get(0).figures().get(0);
        assertThat(figure.orientation()).isEqualTo(6);
        assertThat(figure.image().heightPt()).isGreaterThan(figure.image().widthPt());
        float dpi = 36;
        BufferedImage picture;
        try (PDDocument doc = Loader.loadPDF(newsprint.render(composed, new ArchiveFinish()))) {
            picture = new org.apache.pdfbox.rendering.PDFRenderer(doc).renderImageWithDPI(0, dpi, org.apache.pdfbox.rendering.ImageType.GRAY);
        }
        var frame = figure.frame();
        double scale = dpi / 72.0;
        int x0 = (int) Math.ceil(frame.xPt() * scale) + 2;
        int x1 = (int) Math.floor(frame.rightPt() * scale) - 2;
        int mid = (int) Math.round((frame.yPt() + frame.heightPt() / 2) * scale);
        double upper = mean(picture, x0, x1, (int) Math.ceil(frame.yPt() * scale) + 2, mid - 2);
        double lower = mean(picture, x0, x1, mid + 2, (int) Math.floor(frame.bottomPt() * scale) - 2);
        assertThat(upper).as("top half of the printed photo").isLessThan(60);
        assertThat(lower).as("bottom half of the printed photo").isGreaterThan(190);
    }

    private static double mean(BufferedImage img, int x0, int x1, int y0, int y1) {
        long sum = 0;
        long n = 0;
        for (int y = y0; y <= y1; y++) {
            for (int x = x0; x <= x1; x++) {
                sum += img.getRaster().getSample(x, y, 0);
                n++;
            }
        }
        return (double) sum / n;
    }
}
