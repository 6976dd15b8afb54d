package newsprint.ads;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import newsprint.GeneratedPages;
import newsprint.Newsprint;
import newsprint.NewsprintException;
import newsprint.SampleAds;
import newsprint.SampleAds.Defect;
import newsprint.check.Finding;
import newsprint.cli.Transcript;
import newsprint.compose.AdBox;
import newsprint.compose.ComposedPage;
import newsprint.compose.Module;
import newsprint.compose.Rect;
import newsprint.finish.ArchiveFinish;
import newsprint.finish.Validators;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/**
 * Ads on the page: booked sizes snapped to the grid, the articles composed around them, a PDF
 * ad placed as vector artwork and a picture ad whole, the checks a press makes on ad files, and
 * the archive's Figure for each.
 */
class AdsTest {
    private static final Newsprint NEWSPRINT = Newsprint.bundled();
    /** Four tabloid columns (4 × 99 pt + 3 × 13.5 pt gutters) in millimetres. */
    static final double FOUR_COLUMNS_MM = 436.5 / 72 * 25.4;

    @TempDir
    static Path shared;
    private static Path page;
    private static ComposedPage composed;
    private static byte[] print;

    @BeforeAll
    static void bottomAdOnAGeneratedPage() throws IOException {
        page = pageWith(shared, 11, "  - {id: bank-0725, file: ads/bank.pdf, columns: 4, height: 80mm, position: bottom, advertiser: 某银行}\n");
        Files.write(shared.resolve("ads/bank.pdf"), SampleAds.pdf(FOUR_COLUMNS_MM, 80, Defect.NONE));
        composed = NEWSPRINT.compose(NEWSPRINT.prepare(page));
        print = NEWSPRINT.render(composed);
    }

    /** A generated tabloid page of five articles in {@code dir} with {@code ads} (YAML list items) booked. */
    static Path pageWith(Path dir, long seed, String ads) throws IOException {
        Path p = GeneratedPages.write(dir, seed, "tabloid", 5);
        Files.createDirectories(dir.resolve("ads"));
        Files.writeString(p, Files.readString(p) + "ads:\n" + ads);
        return p;
    }

    @Test
    void theAdSitsInItsBookedSlotAtTheFootAndNoArticleEntersIt() {
        assertThat(composed.ads()).hasSize(1);
        AdBox ad = composed.ads().get(0);
        // four columns at the right, the type area's foot, the booked 80 mm inside whole lines
        assertThat(ad.slot().rightPt()).isCloseTo(composed.grid().typeArea().rightPt(), org.assertj.core.data.Offset.offset(0.01));
        assertThat(ad.slot().bottomPt()).isCloseTo(composed.grid().typeArea().bottomPt(), org.assertj.core.data.Offset.offset(0.01));
        assertThat(ad.booked().heightPt()).isCloseTo(80 / 25.4 * 72, org.assertj.core.data.Offset.offset(0.01));
        assertThat(ad.slot().heightPt() - ad.booked().heightPt()).isGreaterThanOrEqualTo(composed.grid().leadingPt() / 2);
        for (Module m : composed.modules()) {
            assertThat(m.rect().overlaps(ad.slot())).as(m.article().id()).isFalse();
        }
        assertThat(composed.adCells()).isEqualTo(4 * (int) Math.round(ad.slot().heightPt() / composed.grid().leadingPt()));
    }

    @Test
    void aPdfAdIsPlacedAsVectorArtworkNotAsAPicture() throws IOException {
        try (PDDocument doc = Loader.loadPDF(print)) {
            PDPage p = doc.getPage(0);
            List<PDFormXObject> forms = new ArrayList<>();
            int images = 0;
            for (COSName name : p.getResources().getXObjectNames()) {
                var x = p.getResources().getXObject(name);
                if (x instanceof PDFormXObject f) {
                    forms.add(f);
                } else if (x instanceof PDImageXObject) {
                    images++;
                }
            }
            assertThat(forms).hasSize(1);
            // the ad's own drawing: its rectangles filled and stroked and its text, in the form
            List<String> operators = new ArrayList<>();
            for (Object token : new PDFStreamParser(forms.get(0)).parse()) {
                if (token instanceof Operator op) {
                    operators.add(op.getName());
                }
            }
            assertThat(operators).contains("re", "f", "S", "Tj");
            // its bounding box is the trim: the bleed is cut away
            assertThat(forms.get(0).getBBox().getWidth()).isCloseTo((float) (FOUR_COLUMNS_MM / 25.4 * 72), org.assertj.core.data.Offset.offset(0.1f));
            // the pictures are the articles' photos, no raster in the ad's place
            long photos = composed.modules().stream().mapToLong(m -> m.figures().size()).distinct().sum();
            assertThat(images).isLessThanOrEqualTo((int) photos);
        }
    }

    @Test
    void theAdIsMarkedAsAnAdInItsCorner() throws IOException {
        String text;
        try (PDDocument doc = Loader.loadPDF(print)) {
            var stripper = new org.apache.pdfbox.text.PDFTextStripper();
            Rect slot = composed.ads().get(0).slot();
            var area = new org.apache.pdfbox.text.PDFTextStripperByArea();
            area.addRegion("slot", new java.awt.geom.Rectangle2D.Double(slot.xPt(), slot.yPt(), slot.widthPt(), slot.heightPt()));
            area.extractRegions(doc.getPage(0));
            text = area.getTextForRegion("slot");
            assertThat(stripper.getText(doc)).contains("广告");
        }
        assertThat(text).contains("广告");
    }

    @Test
    void theArchiveShowsTheAdAsAFigureNamingTheAdvertiserAndPassesVeraPdf() throws Exception {
        byte[] archive = NEWSPRINT.render(composed, new ArchiveFinish());
        var failures = Validators.failures(archive, PDFAFlavour.PDFA_3_U, PDFAFlavour.PDFUA_1);
        assertThat(failures.get(PDFAFlavour.PDFA_3_U)).as("PDF/A-3u").isEmpty();
        assertThat(failures.get(PDFAFlavour.PDFUA_1)).as("PDF/UA-1").isEmpty();
        List<String> alts = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(archive)) {
            collectFigures(doc.getDocumentCatalog().getStructureTreeRoot(), alts);
        }
        assertThat(alts).contains("广告：某银行");
    }

    private static void collectFigures(org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode node, List<String> alts) {
        for (Object kid : node.getKids()) {
            if (kid instanceof org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement e) {
                if ("Figure".equals(e.getStructureType())) {
                    alts.add(e.getAlternateDescription());
                }
                collectFigures(e, alts);
            }
        }
    }

    @Test
    void aPictureAdIsShownWholeNeverCropped(@TempDir Path dir) throws IOException {
        Path p = pageWith(dir, 12, "  - {id: shop, file: ads/shop.png, columns: 2, height: 60mm, position: top, advertiser: 某商场}\n");
        var img = new java.awt.image.BufferedImage(800, 300, java.awt.image.BufferedImage.TYPE_INT_RGB);
        javax.imageio.ImageIO.write(img, "png", dir.resolve("ads/shop.png").toFile());
        AdBox ad = NEWSPRINT.compose(NEWSPRINT.prepare(p)).ads().get(0);
        // 800 × 300 is wider than the booked 2 columns × 60 mm: it fills the width, centred in the height
        assertThat(ad.booked().contains(ad.art())).isTrue();
        assertThat(ad.art().widthPt()).isCloseTo(ad.booked().widthPt(), org.assertj.core.data.Offset.offset(0.01));
        assertThat(ad.art().widthPt() / ad.art().heightPt()).isCloseTo(800.0 / 300, org.assertj.core.data.Offset.offset(0.001));
        // at the top of the grid, the two right-hand columns
        assertThat(ad.slot().yPt()).isCloseTo(NEWSPRINT.compose(NEWSPRINT.prepare(p)).grid().typeArea().yPt(),
                org.assertj.core.data.Offset.offset(0.01));
    }

    @Test
    void articlesNeverOverlapAdsWhereverTheyAreBooked(@TempDir Path dir) throws IOException {
        String[] bookings = {
                "  - {id: a, file: ads/a.pdf, columns: 6, height: 120mm}\n",
                "  - {id: a, file: ads/a.pdf, columns: 2, height: 100mm, position: left}\n"
                        + "  - {id: b, file: ads/a.pdf, columns: 3, height: 50mm, position: right}\n",
                "  - {id: a, file: ads/a.pdf, columns: 3, height: 70mm, position: top}\n",
                "  - {id: a, file: ads/a.pdf, columns: 2, height: 60mm, position: {column: 3, row: 20}}\n",
                "  - {id: a, file: ads/a.pdf, columns: 1, height: 300mm, position: right}\n"};
        for (int i = 0; i < bookings.length; i++) {
            Path sub = Files.createDirectories(dir.resolve("p" + i));
            Path p = pageWith(sub, 20 + i, bookings[i].replace("}\n", ", advertiser: 测试}\n"));
            Files.write(sub.resolve("ads/a.pdf"), SampleAds.pdf(50, 50, Defect.NONE));
            ComposedPage c = NEWSPRINT.compose(NEWSPRINT.prepare(p));
            assertThat(c.ads()).isNotEmpty();
            for (AdBox ad : c.ads()) {
                assertThat(c.grid().typeArea().contains(ad.slot())).as("booking %d: %s", i, ad.ad().id()).isTrue();
                for (Module m : c.modules()) {
                    assertThat(m.rect().overlaps(ad.slot())).as("booking %d: article %s and ad %s", i, m.article().id(), ad.ad().id()).isFalse();
                }
            }
            // every article is placed or reported: nothing silently lost under an ad
            assertThat(c.modules().size() + c.leftOut().size()).isEqualTo(5);
        }
    }

    @Test
    void adsThatOverlapOrDoNotFitAreErrorsNamingThem(@TempDir Path dir) throws IOException {
        Path p = pageWith(dir, 13, "  - {id: one, file: ads/a.pdf, columns: 4, height: 80mm, advertiser: 甲}\n"
                + "  - {id: two, file: ads/a.pdf, columns: 2, height: 80mm, position: {column: 3, row: 40}, advertiser: 乙}\n");
        Files.write(dir.resolve("ads/a.pdf"), SampleAds.pdf(50, 50, Defect.NONE));
        assertThatThrownBy(() -> NEWSPRINT.compose(NEWSPRINT.prepare(p))).isInstanceOf(NewsprintException.BadInput.class)
                .hasMessageContaining("'one'").hasMessageContaining("'two'").hasMessageContaining("overlap");
        Path wide = pageWith(dir.resolve("w"), 13, "  - {id: wide, file: ads/a.pdf, columns: 9, height: 80mm, advertiser: 甲}\n");
        Files.write(dir.resolve("w/ads/a.pdf"), SampleAds.pdf(50, 50, Defect.NONE));
        assertThatThrownBy(() -> NEWSPRINT.compose(NEWSPRINT.prepare(wide))).isInstanceOf(NewsprintException.BadInput.class)
                .hasMessageContaining("'wide'").hasMessageContaining("9 columns").hasMessageContaining("6");
    }

    private static List<Finding> adFindings(Path dir, long seed, Defect defect, double widthMm, double heightMm) throws IOException {
        Path p = pageWith(dir, seed, "  - {id: x, file: ads/x.pdf, columns: 4, height: 80mm, advertiser: 某公司}\n");
        Files.write(dir.resolve("ads/x.pdf"), SampleAds.pdf(widthMm, heightMm, defect));
        return NEWSPRINT.check(NEWSPRINT.prepare(p)).stream().filter(f -> f.code().name().startsWith("AD_")).toList();
    }

    @Test
    void aRightAdHasNoFindings(@TempDir Path dir) throws IOException {
        assertThat(adFindings(dir, 14, Defect.NONE, FOUR_COLUMNS_MM, 80)).isEmpty();
        // within a millimetre either way is the size booked
        assertThat(adFindings(dir.resolve("b"), 14, Defect.NONE, FOUR_COLUMNS_MM + 0.9, 79.2)).isEmpty();
    }

    @Test
    void anAdOfTheWrongSizeNamesBothSizesAndTheBookingThatWouldFit(@TempDir Path dir) throws IOException {
        List<Finding> high = adFindings(dir, 15, Defect.NONE, FOUR_COLUMNS_MM, 75);
        assertThat(high).extracting(Finding::code).containsExactly(Finding.Code.AD_SIZE);
        assertThat(high.get(0).isError()).isTrue();
        assertThat(high.get(0).describe()).contains("ad 'x'").contains("154.0 × 75.0 mm").contains("154.0 × 80.0 mm")
                .contains("4 columns × 75 mm");
        List<Finding> wide = adFindings(dir.resolve("w"), 15, Defect.NONE, 120, 80);
        assertThat(wide.get(0).describe()).contains("120.0 × 80.0 mm").contains("fits no whole number of columns")
                .contains("3 columns");
    }

    @Test
    void pressProblemsInTheAdFileAreOneLineEach(@TempDir Path dir) throws IOException {
        assertThat(adFindings(dir.resolve("f"), 16, Defect.UNEMBEDDED_FONT, FOUR_COLUMNS_MM, 80)).singleElement()
                .satisfies(f -> {
                    assertThat(f.code()).isEqualTo(Finding.Code.AD_FONT_NOT_EMBEDDED);
                    assertThat(f.isError()).isTrue();
                    assertThat(f.message()).contains("Helvetica-Bold").contains("not").contains("embed");
                });
        assertThat(adFindings(dir.resolve("e"), 16, Defect.ENCRYPTED, FOUR_COLUMNS_MM, 80)).singleElement()
                .satisfies(f -> {
                    assertThat(f.code()).isEqualTo(Finding.Code.AD_ENCRYPTED);
                    assertThat(f.isError()).isTrue();
                });
        assertThat(adFindings(dir.resolve("j"), 16, Defect.JAVASCRIPT, FOUR_COLUMNS_MM, 80)).singleElement()
                .satisfies(f -> {
                    assertThat(f.code()).isEqualTo(Finding.Code.AD_DROPPED);
                    assertThat(f.isError()).isFalse();
                    assertThat(f.message()).contains("1 annotation").contains("actions");
                });
        assertThat(adFindings(dir.resolve("r"), 16, Defect.RGB, FOUR_COLUMNS_MM, 80)).singleElement()
                .satisfies(f -> {
                    assertThat(f.code()).isEqualTo(Finding.Code.AD_RGB);
                    assertThat(f.isError()).isFalse();
                    assertThat(f.message()).contains("DeviceRGB");
                });
        assertThat(adFindings(dir.resolve("l"), 16, Defect.LOW_RES_IMAGE, FOUR_COLUMNS_MM, 80)).singleElement()
                .satisfies(f -> {
                    assertThat(f.code()).isEqualTo(Finding.Code.AD_RESOLUTION);
                    assertThat(f.message()).contains("ppi");
                });
    }

    @Test
    void renderRefusesAnAdAPressCannotPrintWithOneLineAndNoFile(@TempDir Path dir) throws IOException {
        Path p = pageWith(dir, 17, "  - {id: locked, file: ads/x.pdf, columns: 4, height: 80mm, advertiser: 某公司}\n");
        Files.write(dir.resolve("ads/x.pdf"), SampleAds.pdf(FOUR_COLUMNS_MM, 80, Defect.ENCRYPTED));
        Path out = dir.resolve("out.pdf");
        Transcript t = Transcript.run("render", p.toString(), "-o", out.toString(), "--allow-overset");
        assertThat(t.code()).isEqualTo(8);
        assertThat(t.err().lines().filter(l -> l.startsWith("error:"))).singleElement().asString()
                .contains("ad 'locked'").contains("encrypted");
        assertThat(out).doesNotExist();
    }

    @Test
    void whatTheAdCarriesBesideItsArtworkIsNotPlaced(@TempDir Path dir) throws IOException {
        Path p = pageWith(dir, 18, "  - {id: js, file: ads/x.pdf, columns: 4, height: 80mm, advertiser: 某公司}\n");
        Files.write(dir.resolve("ads/x.pdf"), SampleAds.pdf(FOUR_COLUMNS_MM, 80, Defect.JAVASCRIPT));
        byte[] pdf = NEWSPRINT.render(NEWSPRINT.compose(NEWSPRINT.prepare(p)));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getPage(0).getAnnotations()).isEmpty();
            assertThat(doc.getDocumentCatalog().getCOSObject().containsKey(COSName.OPEN_ACTION)).isFalse();
            assertThat(doc.getDocumentCatalog().getCOSObject().containsKey(COSName.NAMES)).isFalse();
        }
        assertThat(new String(pdf, java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain("app.alert");
    }

    @Test
    void anRgbAdIsColourManagedOnThePlateAndInTheArchive(@TempDir Path dir) throws Exception {
        Path p = pageWith(dir, 22, "  - {id: rgb, file: ads/x.pdf, columns: 4, height: 80mm, advertiser: 某公司}\n");
        Files.write(dir.resolve("ads/x.pdf"), SampleAds.pdf(FOUR_COLUMNS_MM, 80, Defect.RGB));
        ComposedPage c = NEWSPRINT.compose(NEWSPRINT.prepare(p));
        try (PDDocument doc = Loader.loadPDF(NEWSPRINT.render(c))) {
            // still a PDF/X-4 plate: version, output intent; the ad's RGB declared sRGB where it is drawn
            assertThat(doc.getVersion()).isEqualTo(1.6f);
            assertThat(doc.getDocumentCatalog().getOutputIntents()).singleElement()
                    .satisfies(i -> assertThat(i.getCOSObject().getNameAsString(COSName.S)).isEqualTo("GTS_PDFX"));
            PDFormXObject form = null;
            for (COSName name : doc.getPage(0).getResources().getXObjectNames()) {
                if (doc.getPage(0).getResources().getXObject(name) instanceof PDFormXObject f) {
                    form = f;
                }
            }
            assertThat(form).isNotNull();
            assertThat(form.getResources().getColorSpaceNames()).contains(COSName.getPDFName("DefaultRGB"));
        }
        byte[] archive = NEWSPRINT.render(c, new ArchiveFinish());
        assertThat(Validators.failures(archive, PDFAFlavour.PDFA_3_U)).isEmpty();
    }

    @Test
    void aMissingAdFileIsAMissingResourceNamingTheAd(@TempDir Path dir) throws IOException {
        Path p = pageWith(dir, 19, "  - {id: gone, file: ads/none.pdf, columns: 4, height: 80mm, advertiser: 某公司}\n");
        Transcript t = Transcript.run("check", p.toString());
        assertThat(t.code()).isEqualTo(4);
        assertThat(t.err()).contains("ad 'gone'").contains("ads/none.pdf");
    }

    @Test
    void anEarAdTakesTheEarBesideTheMasthead(@TempDir Path dir) throws IOException {
        Path p = GeneratedPages.write(dir, 21, "broadsheet-front", 6);
        Files.createDirectories(dir.resolve("ads"));
        Files.write(dir.resolve("ads/ear.pdf"), SampleAds.pdf(50, 40, Defect.NONE));
        Files.writeString(p, Files.readString(p) + "ads:\n  - {id: ear, file: ads/ear.pdf, columns: 2, height: 40mm, position: ear, "
                + "advertiser: 某电器}\n");
        ComposedPage c = NEWSPRINT.compose(NEWSPRINT.prepare(p));
        AdBox ad = c.ads().get(0);
        assertThat(c.masthead()).isNotNull();
        assertThat(ad.slot().yPt()).isLessThan(c.masthead().bottomPt());
        assertThat(ad.slot().xPt()).isGreaterThanOrEqualTo(c.masthead().rightPt() - 0.01);
        for (Module m : c.modules()) {
            assertThat(m.rect().overlaps(ad.slot())).isFalse();
        }
    }
}
