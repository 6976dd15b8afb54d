package newsprint.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import newsprint.Newsprint;
import newsprint.Seed;
import newsprint.TestPhotos;
import newsprint.check.Finding.Code;
import newsprint.compose.ComposedPage;
import newsprint.compose.Figure;
import newsprint.compose.Rect;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The preflight's view of photo files: how they decode, how they are turned, how fine they print, who took them. */
class PhotoChecksTest {
    private static final Newsprint NEWSPRINT = Newsprint.bundled();
    private static final Path MEETING = Seed.PAGE.resolveSibling("photos/meeting.jpg");

    @TempDir
    Path dir;

    /** A page with one article whose photos are {@code photos} (file name → bytes), each given {@code extra} fields. */
    private Path page(String extra, Object... photos) throws IOException {
        StringBuilder yaml = new StringBuilder(Seed.ONE_ARTICLE + "    photos:\n");
        Files.createDirectories(dir.resolve("photos"));
        for (int i = 0; i < photos.length; i += 2) {
            Files.write(dir.resolve("photos").resolve((String) photos[i]), (byte[]) photos[i + 1]);
            yaml.append("      - {file: photos/").append(photos[i]).append(", caption: 会议现场").append(extra).append("}\n");
        }
        Path page = dir.resolve("page.yaml");
        Files.writeString(page, yaml);
        return page;
    }

    private static List<Finding> check(Path page) {
        return NEWSPRINT.check(NEWSPRINT.prepare(page));
    }

    private static List<Code> codes(List<Finding> findings) {
        return findings.stream().map(Finding::code).toList();
    }

    @Test
    void cmykAndYcckJpegsDecodeAndPrintInTheirOwnInks() throws IOException {
        Path page = page(", credit: 胡漫雨 摄, span: 3", "cmyk.jpg", TestPhotos.adobeJpeg(false), "ycck.jpg", TestPhotos.adobeJpeg(true));
        assertThat(check(page)).noneMatch(Finding::isError);

        ComposedPage composed = NEWSPRINT.compose(NEWSPRINT.prepare(page));
        byte[] pdf = NEWSPRINT.render(composed);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            float dpi = 36;
            BufferedImage picture = new PDFRenderer(doc).renderImageWithDPI(0, dpi);
            List<Figure> figures = composed.modules().get(0).figures();
            assertThat(figures).hasSize(2);
            for (Figure f : figures) {
                Rect img = f.image();
                // each photo is cyan ink on its left half, magenta on its right
                int cyan = picture.getRGB(px(img.xPt() + img.widthPt() / 4, dpi), px(img.yPt() + img.heightPt() / 2, dpi));
                int magenta = picture.getRGB(px(img.xPt() + img.widthPt() * 3 / 4, dpi), px(img.yPt() + img.heightPt() / 2, dpi));
                assertThat(channels(cyan)).as(f.photo().file() + " left half").satisfies(c -> {
                    assertThat(c[0]).isLessThan(90);
                    assertThat(c[1]).isGreaterThan(120);
                    assertThat(c[2]).isGreaterThan(180);
                });
                assertThat(channels(magenta)).as(f.photo().file() + " right half").satisfies(c -> {
                    assertThat(c[0]).isGreaterThan(180);
                    assertThat(c[1]).isLessThan(90);
                    assertThat(c[2]).isGreaterThan(90);
                });
            }
        }
    }

    @Test
    void anExifOrientationOtherThanUprightIsReported() throws IOException {
        byte[] meeting = Files.readAllBytes(MEETING);
        List<Finding> turned = check(page(", credit: 胡漫雨 摄", "turned.jpg", TestPhotos.withExifOrientation(meeting, 6)));
        assertThat(turned).filteredOn(f -> f.code() == Code.PHOTO_ORIENTATION).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Finding.Severity.WARNING);
            assertThat(f.field()).isEqualTo("photos[1].file");
            // newsprint turns such a photo upright when it prints it (PhotoOutputTest); the check says so
            assertThat(f.message()).contains("turned.jpg").contains("orientation 6").contains("90° clockwise").contains("upright");
        });
        Files.delete(dir.resolve("photos/turned.jpg"));
        List<Finding> upright = check(page(", credit: 胡漫雨 摄", "upright.jpg", TestPhotos.withExifOrientation(meeting, 1)));
        assertThat(codes(upright)).doesNotContain(Code.PHOTO_ORIENTATION);
    }

    @Test
    void aPhotoThatPrintsCoarseIsNamedWithItsResolution() throws IOException {
        byte[] small = TestPhotos.scaled(Files.readAllBytes(MEETING), 300, 200);
        List<Finding> findings = check(page(", credit: 胡漫雨 摄, span: 3", "small.jpg", small));
        assertThat(findings).filteredOn(f -> f.code() == Code.PHOTO_RESOLUTION).singleElement().satisfies(f -> {
            assertThat(f.articleId()).isEqualTo("lead");
            assertThat(f.message()).contains("small.jpg").containsPattern("prints at [0-9]{2} ppi").contains("150 ppi");
        });
        assertThat(codes(NEWSPRINT.check(NEWSPRINT.prepare(Seed.PAGE)))).as("the seed's own photo is fine enough")
                .doesNotContain(Code.PHOTO_RESOLUTION);
    }

    @Test
    void aPhotoCroppedFarBeyondItsShapeIsNamedWithWhatItShows() throws IOException {
        // a panorama strip, 40 to 1: no module is that shape, and its frame shows a fraction of it
        byte[] strip = TestPhotos.scaled(Files.readAllBytes(MEETING), 4000, 100);
        List<Finding> findings = check(page(", credit: 胡漫雨 摄", "strip.jpg", strip));
        assertThat(findings).filteredOn(f -> f.code() == Code.PHOTO_CROPPED).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Finding.Severity.WARNING);
            assertThat(f.articleId()).isEqualTo("lead");
            assertThat(f.field()).isEqualTo("photos[1].file");
            assertThat(f.message()).contains("strip.jpg").containsPattern("shows [0-9]{1,2} % of its picture").contains("cropped at the sides")
                    .contains("photos[1].focus");
        });
        assertThat(codes(NEWSPRINT.check(NEWSPRINT.prepare(Seed.PAGE)))).as("the seed's photo, cropped as the composer crops")
                .doesNotContain(Code.PHOTO_CROPPED);
    }

    @Test
    void aPhotoWithoutACreditIsReported() throws IOException {
        List<Finding> findings = check(page("", "meeting.jpg", Files.readAllBytes(MEETING)));
        assertThat(findings).filteredOn(f -> f.code() == Code.PHOTO_CREDIT).singleElement()
                .satisfies(f -> assertThat(f.field()).isEqualTo("photos[1].credit"));
    }

    @Test
    void aHugeImageIsRefusedFromItsHeaderAndALargeOneDecodedSubsampled() throws IOException {
        List<Finding> bomb = check(page(", credit: 摄", "bomb.png", TestPhotos.pngHeader(9_000, 9_000)));
        assertThat(bomb).filteredOn(Finding::isError).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo(Code.PHOTO_TOO_LARGE);
            assertThat(f.message()).contains("9000×9000");
        });
        Files.delete(dir.resolve("photos/bomb.png"));
        // 64 megapixels claimed, one row given: decoded at 1/4 scale, found incomplete, never 256 MB of pixels
        List<Finding> large = check(page(", credit: 摄", "large.png", TestPhotos.pngHeader(8_000, 8_000)));
        assertThat(large).filteredOn(Finding::isError).singleElement()
                .satisfies(f -> assertThat(f.code()).isEqualTo(Code.PHOTO_UNREADABLE));
    }

    private static int px(double pt, float dpi) {
        return (int) Math.round(pt * dpi / 72);
    }

    private static int[] channels(int rgb) {
        return new int[] {rgb >> 16 & 0xff, rgb >> 8 & 0xff, rgb & 0xff};
    }
}
