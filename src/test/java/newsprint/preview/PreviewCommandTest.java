package newsprint.preview;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import newsprint.Newsprint;
import newsprint.Seed;
import newsprint.cli.Transcript;
import newsprint.compose.ComposedPage;
import newsprint.layout.Units;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code newsprint preview}: the proof picture a desk looks at, with and without the modules marked. */
class PreviewCommandTest {
    private static final Path OVERSET = Path.of("examples/overset/page.yaml");
    private static ComposedPage oversetPage;

    @TempDir
    Path dir;

    @BeforeAll
    static void compose() {
        Newsprint newsprint = Newsprint.bundled();
        oversetPage = newsprint.compose(newsprint.prepare(OVERSET));
    }

    @Test
    void drawsTheTrimmedPageAtTheAskedResolutionTheSameBytesEachTime() throws IOException {
        Path first = dir.resolve("a.png");
        Path second = dir.resolve("b.png");
        Transcript r = Transcript.run("preview", Seed.PAGE.toString(), "-o", first.toString(), "--dpi", "50");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("wrote " + first).contains("at 50 dpi");
        assertThat(Transcript.run("preview", Seed.PAGE.toString(), "-o", second.toString(), "--dpi", "50").code()).isZero();
        assertThat(Files.readAllBytes(second)).isEqualTo(Files.readAllBytes(first));
        BufferedImage image = ImageIO.read(first.toFile());
        // the tabloid's trim, 270 × 390 mm, without the bleed
        assertThat(image.getWidth()).isCloseTo((int) (Units.mmToPt(270) * 50 / 72), org.assertj.core.data.Offset.offset(1));
        assertThat(image.getHeight()).isCloseTo((int) (Units.mmToPt(390) * 50 / 72), org.assertj.core.data.Offset.offset(1));
        // the page's paper is white at its corner (no bleed, no crop marks), and it holds type
        assertThat(image.getRGB(2, 2) & 0xFFFFFF).isEqualTo(0xFFFFFF);
        assertThat(darkShare(image)).isGreaterThan(0.05);
    }

    @Test
    void theOverlayMarksEachModuleInTheColourOfItsFit() throws IOException {
        Path plain = dir.resolve("plain.png");
        Path marked = dir.resolve("marked.png");
        Transcript r = Transcript.run("preview", OVERSET.toString(), "-o", marked.toString(), "--overlay", "--dpi", "60");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).contains("warning:").contains("over");
        assertThat(r.out()).contains("boxes marked");
        assertThat(Transcript.run("preview", OVERSET.toString(), "-o", plain.toString(), "--dpi", "60").code()).isZero();
        BufferedImage withMarks = ImageIO.read(marked.toFile());
        BufferedImage without = ImageIO.read(plain.toFile());
        List<ModuleMark> marks = ModuleMark.of(oversetPage);
        assertThat(marks).extracting(ModuleMark::fit).contains(ModuleMark.Fit.OVER);
        double scale = 60 / 72.0;
        double size = OverlayPainter.LABEL_PT * scale;
        for (ModuleMark m : marks) {
            // the label's band at the box's top left: mostly the fit's colour (the rest is its white letters)
            Color expected = OverlayPainter.colour(m.fit());
            int x = (int) Math.ceil(m.xPt() * scale + 1);
            int y = (int) Math.ceil(m.yPt() * scale + 1);
            int w = (int) Math.min(m.widthPt() * scale - 2, 8 * size);
            int h = (int) (size * 1.4) - 2;
            assertThat(share(withMarks, x, y, w, h, expected)).as(m.id() + " (" + m.fit() + ")").isGreaterThan(0.25);
            assertThat(share(without, x, y, w, h, expected)).as("no mark without --overlay").isLessThan(0.01);
        }
    }

    private static double share(BufferedImage image, int x0, int y0, int w, int h, Color colour) {
        int hits = 0;
        for (int y = y0; y < y0 + h; y++) {
            for (int x = x0; x < x0 + w; x++) {
                hits += (image.getRGB(x, y) & 0xFFFFFF) == (colour.getRGB() & 0xFFFFFF) ? 1 : 0;
            }
        }
        return (double) hits / (w * h);
    }

    @Test
    void refusesAResolutionOutOfRangeAndThePageFileAsOutput() {
        Transcript low = Transcript.run("preview", Seed.PAGE.toString(), "-o", dir.resolve("x.png").toString(), "--dpi", "5");
        assertThat(low.code()).isEqualTo(2);
        assertThat(low.err()).contains("--dpi must be a whole number from 10 to 300");
        Transcript self = Transcript.run("preview", Seed.PAGE.toString(), "-o", Seed.PAGE.toString());
        assertThat(self.code()).isEqualTo(2);
        assertThat(dir.resolve("x.png")).doesNotExist();
    }

    @Test
    void aPngWrittenTwiceFromOnePictureIsTheSameBytes() throws IOException {
        BufferedImage image = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
        image.setRGB(3, 4, 0x123456);
        byte[] png = PagePicture.png(image);
        assertThat(PagePicture.png(image)).isEqualTo(png);
        assertThat(ImageIO.read(new ByteArrayInputStream(png)).getRGB(3, 4) & 0xFFFFFF).isEqualTo(0x123456);
    }

    private static double darkShare(BufferedImage image) {
        long dark = 0;
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                if ((image.getRGB(x, y) & 0xFF) < 128) {
                    dark++;
                }
            }
        }
        return dark * 4.0 / ((double) image.getWidth() * image.getHeight());
    }
}
