package newsprint.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import newsprint.Newsprint;
import newsprint.Seed;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;

/**
 * Renders pages to pictures and compares them with the accepted ones in
 * {@code src/test/resources/golden/}. On a mismatch the actual picture and a diff (changed
 * pixels in red) are written under {@code target/golden/}. A new picture is accepted only on
 * purpose: {@code mvn verify -Dnewsprint.acceptGolden=true}, then review the PNG and commit it.
 */
class VisualGoldenTest {
    private static final float DPI = 40;
    /** Grey levels a pixel may move before it counts as changed (anti-aliasing differs a little between JDKs). */
    private static final int PIXEL_TOLERANCE = 80;
    /** Share of changed pixels allowed: far below what a moved line, module or photo changes. */
    private static final double CHANGED_SHARE = 0.004;

    @Test
    void seedPageOnTheTabloid() throws IOException {
        compare("seed-tabloid", Seed.PAGE);
    }

    @Test
    void frontPageOnTheBroadsheet() throws IOException {
        compare("front-page-broadsheet", Path.of("examples/front-page/page.yaml"));
    }

    @Test
    void photoHeavyPageOnTheTabloid() throws IOException {
        compare("photo-heavy-tabloid", Path.of("examples/photo-heavy/page.yaml"));
    }

    @Test
    void traditionalPageWithAVerticalHeadlineOnTheTraditionalTabloid() throws IOException {
        compare("traditional-tabloid-hant", Path.of("examples/traditional/page.yaml"));
    }

    static void compare(String name, Path pageFile) throws IOException {
        Newsprint newsprint = Newsprint.bundled();
        byte[] pdf = newsprint.render(newsprint.compose(newsprint.prepare(pageFile)));
        BufferedImage actual;
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            actual = new PDFRenderer(doc).renderImageWithDPI(0, DPI, ImageType.GRAY);
        }
        Path golden = Path.of("src/test/resources/golden", name + ".png");
        Path out = Path.of("target/golden");
        Files.createDirectories(out);
        if (Boolean.getBoolean("newsprint.acceptGolden")) {
            Files.createDirectories(golden.getParent());
            ImageIO.write(actual, "png", golden.toFile());
            return;
        }
        assertThat(golden).as("no accepted picture; run mvn verify -Dnewsprint.acceptGolden=true and review it").exists();
        BufferedImage expected = ImageIO.read(golden.toFile());
        if (actual.getWidth() != expected.getWidth() || actual.getHeight() != expected.getHeight()) {
            ImageIO.write(actual, "png", out.resolve(name + "-actual.png").toFile());
        }
        assertThat(actual.getWidth()).as(name + ": picture width; see target/golden/" + name + "-actual.png").isEqualTo(expected.getWidth());
        assertThat(actual.getHeight()).as(name + ": picture height").isEqualTo(expected.getHeight());
        BufferedImage diff = new BufferedImage(actual.getWidth(), actual.getHeight(), BufferedImage.TYPE_INT_RGB);
        long changed = 0;
        for (int y = 0; y < actual.getHeight(); y++) {
            for (int x = 0; x < actual.getWidth(); x++) {
                int a = actual.getRaster().getSample(x, y, 0);
                int e = expected.getRaster().getSample(x, y, 0);
                boolean differs = Math.abs(a - e) > PIXEL_TOLERANCE;
                if (differs) {
                    changed++;
                }
                int grey = 128 + e / 2;
                diff.setRGB(x, y, differs ? 0xFF0000 : (grey << 16) | (grey << 8) | grey);
            }
        }
        double share = (double) changed / (actual.getWidth() * actual.getHeight());
        if (share > CHANGED_SHARE) {
            ImageIO.write(actual, "png", out.resolve(name + "-actual.png").toFile());
            ImageIO.write(diff, "png", out.resolve(name + "-diff.png").toFile());
        }
        assertThat(share).as(name + ": share of changed pixels; see target/golden/" + name + "-diff.png").isLessThanOrEqualTo(CHANGED_SHARE);
    }
}
