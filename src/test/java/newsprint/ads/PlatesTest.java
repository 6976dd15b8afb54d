package newsprint.ads;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import newsprint.GeneratedPages;
import newsprint.Newsprint;
import newsprint.NewsprintException;
import newsprint.SampleAds;
import newsprint.SampleAds.Defect;
import newsprint.cli.Transcript;
import newsprint.compose.ComposedPage;
import newsprint.finish.InkCoverage;
import newsprint.finish.Press;
import newsprint.finish.PressProfile;
import newsprint.finish.PrintFinish;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceCMYK;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceGray;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Plates a newsprint press can print: colour photos in CMYK within the ink limit, a black page
 * with nothing on the cyan, magenta and yellow plates (its separations drawn by Ghostscript and
 * counted), the plant's own profile, RGB kept when asked, and the ink each plate carries.
 */
class PlatesTest {
    private static final Newsprint NEWSPRINT = Newsprint.bundled();

    @TempDir
    static Path shared;
    private static ComposedPage colourPage;
    private static ComposedPage blackPage;

    /** Strongly coloured photos (saturated reds, blues and a dark brown that a plain conversion puts far over 240 %). */
    @BeforeAll
    static void pages() throws IOException {
        Path colour = Files.createDirectories(shared.resolve("colour"));
        Path black = Files.createDirectories(shared.resolve("black"));
        long seed = 31;
        while (true) { // the first generated page with photos in at least two articles
            Path probe = GeneratedPages.write(Files.createDirectories(shared.resolve("probe")), seed, "tabloid", 4);
            if (NEWSPRINT.read(probe).articles().stream().filter(a -> !a.photos().isEmpty()).count() >= 2) {
                break;
            }
            seed++;
        }
        for (Path dir : List.of(colour, black)) {
            Path p = GeneratedPages.write(dir, seed, "tabloid", 4);
            drawColourPhotos(dir.resolve("photos"));
            Files.createDirectories(dir.resolve("ads"));
            Files.write(dir.resolve("ads/grey.pdf"), SampleAds.pdf(AdsTest.FOUR_COLUMNS_MM, 60, Defect.BLACK_ONLY));
            BufferedImage ad = new BufferedImage(600, 300, BufferedImage.TYPE_INT_RGB);
            var g = ad.createGraphics();
            g.setColor(new java.awt.Color(220, 30, 40));
            g.fillRect(0, 0, 600, 300);
            g.dispose();
            ImageIO.write(ad, "jpg", dir.resolve("ads/shop.jpg").toFile());
            String text = Files.readString(p);
            if (dir == black) {
                text = text.replace(", section: 测试,", ", section: 测试, colour: black,");
            }
            Files.writeString(p, text + "ads:\n"
                    + "  - {id: grey, file: ads/grey.pdf, columns: 4, height: 60mm, advertiser: 某银行}\n"
                    + "  - {id: shop, file: ads/shop.jpg, columns: 2, height: 40mm, position: top, advertiser: 某商场}\n");
            ComposedPage c = NEWSPRINT.compose(NEWSPRINT.prepare(p));
            if (dir == colour) {
                colourPage = c;
            } else {
                blackPage = c;
            }
        }
        assertThat(blackPage.page().page().colour()).isEqualTo(newsprint.model.PageInfo.Colour.BLACK);
    }

    /** Replaces the generated photos by deeply coloured ones of the same names. */
    private static void drawColourPhotos(Path photos) throws IOException {
        try (var files = Files.list(photos)) {
            for (Path f : files.toList()) {
                BufferedImage src = ImageIO.read(f.toFile());
                BufferedImage img = new BufferedImage(src.getWidth(), src.getHeight(), BufferedImage.TYPE_INT_RGB);
                for (int y = 0; y < img.getHeight(); y++) {
                    for (int x = 0; x < img.getWidth(); x++) {
                        int band = x * 4 / img.getWidth();
                        int rgb = switch (band) {
                            case 0 -> 0xd01010;
                            case 1 -> 0x1030c0;
                            case 2 -> 0x301808; // dark brown: rich in all four inks
                            default -> 0x000000; // RGB black: four-colour black in a plain conversion
                        };
                        img.setRGB(x, y, rgb);
                    }
                }
                ImageIO.write(img, "jpg", f.toFile());
            }
        }
    }

    private static List<PDImageXObject> images(PDDocument doc) throws IOException {
        List<PDImageXObject> out = new ArrayList<>();
        var res = doc.getPage(0).getResources();
        for (COSName n : res.getXObjectNames()) {
            if (res.getXObject(n) instanceof PDImageXObject img) {
                out.add(img);
            }
        }
        return out;
    }

    @Test
    void aColourPagesPhotosAreCmykWithinTheInkLimit() throws IOException {
        byte[] pdf = NEWSPRINT.render(colourPage);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<PDImageXObject> images = images(doc);
            assertThat(images).isNotEmpty();
            for (PDImageXObject img : images) {
                assertThat(img.getColorSpace()).isInstanceOf(PDDeviceCMYK.class);
                var raster = img.getRawRaster();
                int[] px = new int[4];
                int most = 0;
                for (int y = 0; y < raster.getHeight(); y++) {
                    for (int x = 0; x < raster.getWidth(); x++) {
                        raster.getPixel(x, y, px);
                        most = Math.max(most, px[0] + px[1] + px[2] + px[3]);
                    }
                }
                // the dark brown and the black need ink right up to the limit, never over it
                assertThat(most * 100.0 / 255).isLessThanOrEqualTo(240).isGreaterThan(200);
            }
        }
        // a lower limit is kept too
        byte[] lower = NEWSPRINT.render(colourPage, new PrintFinish(3, false, new Press(PressProfile.bundled(), 200, false)));
        InkCoverage.Report ink = InkCoverage.measure(lower, new Press(PressProfile.bundled(), 200, false));
        assertThat(ink.pictures()).isNotEmpty().allSatisfy(p -> assertThat(p.maxInkPercent()).isLessThanOrEqualTo(200.5));
        assertThat(ink.overLimit()).isEmpty();
    }

    @Test
    void keepRgbLeavesThePhotosForThePlantToConvert() throws IOException {
        byte[] pdf = NEWSPRINT.render(colourPage, new PrintFinish(3, false, new Press(PressProfile.bundled(), 240, true)));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(images(doc)).isNotEmpty().allSatisfy(img -> assertThat(img.getColorSpace().getNumberOfComponents()).isEqualTo(3));
            // declared sRGB for the plant's conversion
            assertThat(doc.getPage(0).getResources().getCOSObject().getCOSDictionary(COSName.COLORSPACE)
                    .containsKey(COSName.getPDFName("DefaultRGB"))).isTrue();
        }
    }

    @Test
    void aBlackPagePrintsOnTheBlackPlateAlone() throws Exception {
        byte[] pdf = NEWSPRINT.render(blackPage);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(images(doc)).isNotEmpty().allSatisfy(img -> assertThat(img.getColorSpace()).isInstanceOf(PDDeviceGray.class));
        }
        Path file = shared.resolve("black.pdf");
        Files.write(file, pdf);
        long[] ink = separations(file);
        assertThat(ink[0]).as("cyan pixels").isZero();
        assertThat(ink[1]).as("magenta pixels").isZero();
        assertThat(ink[2]).as("yellow pixels").isZero();
        assertThat(ink[3]).as("black pixels").isGreaterThan(10_000);
        InkCoverage.Report measured = InkCoverage.measure(pdf, Press.newsprint());
        assertThat(measured.cyan() + measured.magenta() + measured.yellow()).isLessThan(0.01);
        assertThat(measured.black()).isGreaterThan(5);
    }

    @Test
    void theColourPagesSeparationsCarryColourAndTheMeasureAgreesWithGhostscript() throws Exception {
        byte[] pdf = NEWSPRINT.render(colourPage);
        Path file = shared.resolve("colour.pdf");
        Files.write(file, pdf);
        long[] pixels = separations(file);
        assertThat(pixels[0]).isGreaterThan(1000);
        assertThat(pixels[1]).isGreaterThan(1000);
        double[] gs = inkCov(file);
        InkCoverage.Report ours = InkCoverage.measure(pdf, Press.newsprint());
        double[] mine = {ours.cyan(), ours.magenta(), ours.yellow(), ours.black()};
        for (int c = 0; c < 4; c++) {
            assertThat(mine[c]).as("plate %d: ours %s, Ghostscript %s", c, java.util.Arrays.toString(mine), java.util.Arrays.toString(gs))
                    .isCloseTo(gs[c], org.assertj.core.data.Offset.offset(Math.max(0.5, gs[c] * 0.08)));
        }
    }

    /** Pixels with any ink on each of the C, M, Y, K separations, as Ghostscript's tiffsep device draws them at 36 dpi. */
    static long[] separations(Path pdf) throws Exception {
        Path dir = Files.createTempDirectory(pdf.toAbsolutePath().getParent(), "sep");
        Process gs = new ProcessBuilder("gs", "-q", "-dNOPAUSE", "-dBATCH", "-dSAFER", "-sDEVICE=tiffsep", "-r36", "-dUseTrimBox",
                "-sOutputFile=" + dir.resolve("page.tif"), pdf.toString()).redirectErrorStream(true).start();
        String output = new String(gs.getInputStream().readAllBytes());
        assertThat(gs.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(gs.exitValue()).as(output).isZero();
        long[] counts = new long[4];
        String[] plates = {"Cyan", "Magenta", "Yellow", "Black"};
        for (int i = 0; i < 4; i++) {
            BufferedImage sep = ImageIO.read(dir.resolve("page(" + plates[i] + ").tif").toFile());
            for (int y = 0; y < sep.getHeight(); y++) {
                for (int x = 0; x < sep.getWidth(); x++) {
                    // a separation is drawn as grey: white where the plate carries no ink
                    if ((sep.getRGB(x, y) & 0xff) < 250) {
                        counts[i]++;
                    }
                }
            }
        }
        return counts;
    }

    /**
     * Ghostscript's ink_cov device: the mean ink of each plate, percent, with type and rules drawn
     * anti-aliased (without, every pixel a glyph touches counts as inked: at 50 dpi the black of a
     * text page comes out half as much again as at 400 dpi, where both measures agree).
     */
    private static double[] inkCov(Path pdf) throws Exception {
        Process gs = new ProcessBuilder("gs", "-q", "-dNOPAUSE", "-dBATCH", "-dSAFER", "-sDEVICE=ink_cov", "-r50", "-dTextAlphaBits=4",
                "-dGraphicsAlphaBits=4", "-dUseTrimBox",
                "-sOutputFile=-", pdf.toString()).redirectErrorStream(true).start();
        String output = new String(gs.getInputStream().readAllBytes()).strip();
        assertThat(gs.waitFor(120, TimeUnit.SECONDS)).isTrue();
        String[] f = output.lines().reduce((a, b) -> b).orElseThrow().trim().split("\\s+");
        return new double[] {Double.parseDouble(f[0]), Double.parseDouble(f[1]), Double.parseDouble(f[2]), Double.parseDouble(f[3])};
    }

    @Test
    void thePlantsOwnProfileBecomesTheOutputIntent(@TempDir Path dir) throws IOException {
        // the bundled profile's bytes under another name: the intent is then a custom condition named by the profile
        Path icc = dir.resolve("plant.icc");
        try (var in = PressProfile.class.getResourceAsStream("/icc/newsprint-snap-tr002.icc")) {
            Files.write(icc, in.readAllBytes());
        }
        Press plant = new Press(PressProfile.of(icc), 240, false);
        byte[] pdf = NEWSPRINT.render(colourPage, new PrintFinish(3, false, plant));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            var intent = doc.getDocumentCatalog().getOutputIntents().get(0);
            assertThat(intent.getOutputConditionIdentifier()).isEqualTo("Custom");
            assertThat(intent.getOutputCondition()).contains("newsprint coldset CMYK");
        }
        Path notCmyk = dir.resolve("srgb.icc");
        try (var in = PressProfile.class.getResourceAsStream("/icc/sRGB.icc")) {
            Files.write(notCmyk, in.readAllBytes());
        }
        assertThatThrownBy(() -> PressProfile.of(notCmyk)).isInstanceOf(NewsprintException.BadArgument.class)
                .hasMessageContaining("CMYK output");
        Path page = colourPage.page().file();
        Transcript t = Transcript.run("render", page.toString(), "-o", dir.resolve("x.pdf").toString(), "--allow-overset",
                "--profile", dir.resolve("none.icc").toString());
        assertThat(t.code()).isEqualTo(2);
        assertThat(t.err()).contains("--profile").contains("none.icc");
        assertThat(Transcript.run("render", page.toString(), "-o", dir.resolve("x.pdf").toString(), "--ink-limit", "50").code())
                .isEqualTo(2);
        assertThat(dir.resolve("x.pdf")).doesNotExist();
    }

    @Test
    void checkReportsTheInkOfEachPlate() {
        Transcript t = Transcript.run("check", colourPage.page().file().toString());
        assertThat(t.out()).containsPattern("ink C [0-9.]+ % M [0-9.]+ % Y [0-9.]+ % K [0-9.]+ % of the page \\(colour page, limit 240 %\\)");
        Transcript black = Transcript.run("check", blackPage.page().file().toString(), "--json");
        assertThat(black.out()).contains("\"ink\"").contains("\"cyan\" : 0.0").contains("\"magenta\" : 0.0").contains("\"yellow\" : 0.0");
    }

    @Test
    void aColourAdOnABlackPageIsAnError(@TempDir Path dir) throws IOException {
        Path p = AdsTest.pageWith(dir, 33, "  - {id: colour, file: ads/c.pdf, columns: 4, height: 60mm, advertiser: 某公司}\n");
        Files.write(dir.resolve("ads/c.pdf"), SampleAds.pdf(AdsTest.FOUR_COLUMNS_MM, 60, Defect.NONE));
        Files.writeString(p, Files.readString(p).replace(", section: 测试,", ", section: 测试, colour: black,"));
        var findings = NEWSPRINT.check(NEWSPRINT.prepare(p));
        assertThat(findings).anySatisfy(f -> {
            assertThat(f.code()).isEqualTo(newsprint.check.Finding.Code.AD_COLOUR);
            assertThat(f.isError()).isTrue();
            assertThat(f.describe()).contains("ad 'colour'").contains("black only");
        });
    }

    @Test
    void aPhotoFarSharperThanThePressPrintsIsMadeAtThreeHundredPpi(@TempDir Path dir) throws IOException {
        // the seed page with its photo at 5000 pixels across, placed at a few inches: well over 450 ppi
        Path page = dir.resolve("page.yaml");
        Files.copy(newsprint.Seed.PAGE, page);
        Files.createDirectories(dir.resolve("photos"));
        byte[] jpeg = Files.readAllBytes(newsprint.Seed.PAGE.resolveSibling("photos/meeting.jpg"));
        java.awt.image.BufferedImage original = ImageIO.read(new java.io.ByteArrayInputStream(jpeg));
        int wide = 5000;
        Files.write(dir.resolve("photos/meeting.jpg"), newsprint.TestPhotos.scaled(jpeg, wide, wide * original.getHeight() / original.getWidth()));
        byte[] pdf = NEWSPRINT.render(NEWSPRINT.compose(NEWSPRINT.prepare(page)));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDImageXObject photo = images(doc).stream().filter(i -> i.getWidth() > 100).findFirst().orElseThrow();
            assertThat(photo.getWidth()).as("pixels across on the plate").isLessThan(wide / 2);
            double ppi = newsprint.render.Placement.of(doc.getPage(0)).get(photo.getCOSObject());
            assertThat(ppi).as("resolution on the plate").isBetween(295.0, 305.0);
        }
    }
}
