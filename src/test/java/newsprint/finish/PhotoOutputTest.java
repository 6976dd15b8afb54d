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
        byte[] pdf = newsprint.render(newsprint.compose(newsprint.read(page)));
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
}
