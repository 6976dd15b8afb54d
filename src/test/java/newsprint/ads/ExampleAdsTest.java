package newsprint.ads;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import newsprint.Newsprint;
import newsprint.check.Finding;
import newsprint.compose.AdBox;
import newsprint.compose.ComposedPage;
import newsprint.compose.Figure;
import newsprint.compose.Module;
import newsprint.compose.Rect;
import newsprint.edition.EditionMaker;
import newsprint.finish.Press;
import newsprint.finish.PrintFinish;
import newsprint.model.PageInfo;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.PDContentStream;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.util.Matrix;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The ads of the example edition ({@code examples/edition/bookings.csv}: an ear ad on page 1, a
 * bottom ad on page 5, a black-only ad on the black page 7), made as the edition command makes
 * them: each ad's own drawing still vector on its plate where it is booked, no article in its
 * slot, nothing of page 7 on the cyan, magenta or yellow plate, and no finding about any ad.
 */
class ExampleAdsTest {
    private static final Newsprint NEWSPRINT = Newsprint.bundled();
    private static final Path EDITION = Path.of("examples/edition/edition.yaml");
    /** The painting operators an ad is drawn with: paths, fills, strokes, text, colours. */
    private static final List<String> DRAWING = List.of("re", "m", "l", "c", "h", "f", "S", "Tj", "k", "K", "Tf");

    @TempDir
    static Path dir;
    private static final Map<Integer, EditionMaker.PageResult> pages = new HashMap<>();

    @BeforeAll
    static void makeTheEdition() {
        var results = new EditionMaker(NEWSPRINT).make(NEWSPRINT.readEdition(EDITION),
                new EditionMaker.Settings(new PrintFinish(3, false, Press.newsprint()), false, Runtime.getRuntime().availableProcessors(), n -> { }));
        for (var r : results) {
            assertThat(r.failed()).as("page %d: %s", r.number(), r.failure()).isFalse();
            pages.put(r.number(), r);
        }
    }

    private static List<Integer> pagesWithAds() {
        return pages.values().stream().filter(r -> !r.composed().ads().isEmpty()).map(EditionMaker.PageResult::number).sorted().toList();
    }

    @Test
    void theBookingsPutAnEarAdOnPage1ABottomAdOnPage5AndALeftAdOnTheBlackPage7() {
        assertThat(pagesWithAds()).containsExactly(1, 5, 7);
        ComposedPage front = pages.get(1).composed();
        AdBox ear = front.ads().get(0);
        // the ear: beside the masthead, in the band above the news
        assertThat(ear.slot().xPt()).isGreaterThanOrEqualTo(front.masthead().rightPt() - 0.01);
        assertThat(ear.slot().bottomPt()).isLessThanOrEqualTo(front.masthead().bottomPt() + 0.01);
        ComposedPage five = pages.get(5).composed();
        AdBox bank = five.ads().get(0);
        assertThat(bank.ad().columns()).isEqualTo(4);
        assertThat(bank.slot().bottomPt()).isCloseTo(five.grid().typeArea().bottomPt(), offset(0.01));
        assertThat(bank.slot().rightPt()).isCloseTo(five.grid().typeArea().rightPt(), offset(0.01));
        ComposedPage seven = pages.get(7).composed();
        assertThat(seven.page().page().colour()).isEqualTo(PageInfo.Colour.BLACK);
        assertThat(seven.ads().get(0).slot().xPt()).isCloseTo(seven.grid().typeArea().xPt(), offset(0.01));
        // the other pages are colour pages without ads
        pages.forEach((n, r) -> assertThat(r.composed().page().page().colour())
                .isEqualTo(n == 7 ? PageInfo.Colour.BLACK : PageInfo.Colour.COLOUR));
    }

    @Test
    void noArticleEntersAnAdsSlotAndEveryArticleIsPlacedWhole() {
        for (int n : pagesWithAds()) {
            ComposedPage page = pages.get(n).composed();
            assertThat(page.fits()).as("page %d", n).isTrue();
            assertThat(page.leftOut()).as("page %d", n).isEmpty();
            for (AdBox ad : page.ads()) {
                for (Module m : page.modules()) {
                    assertThat(m.rect().overlaps(ad.slot())).as("page %d: article %s and ad %s", n, m.article().id(), ad.ad().id()).isFalse();
                }
            }
        }
    }

    @Test
    void eachAdIsItsOwnVectorDrawingOnThePlateWhereItIsBookedWithNoPictureInItsPlace() throws IOException {
        for (int n : pagesWithAds()) {
            AdBox ad = pages.get(n).composed().ads().get(0);
            Map<String, Integer> delivered;
            try (PDDocument file = Loader.loadPDF(ad.ad().file().toFile())) {
                delivered = operators(file.getPage(0));
            }
            assertThat(delivered.getOrDefault("Tj", 0)).as("the example ad %s has text", ad.ad().id()).isPositive();
            assertThat(delivered.getOrDefault("re", 0)).as("the example ad %s has shapes", ad.ad().id()).isPositive();
            try (PDDocument plate = Loader.loadPDF(pages.get(n).plate())) {
                // still a PDF/X-4 plate: its version and its one output intent
                assertThat(plate.getVersion()).isEqualTo(1.6f);
                assertThat(plate.getDocumentCatalog().getOutputIntents()).singleElement()
                        .satisfies(i -> assertThat(i.getCOSObject().getNameAsString(org.apache.pdfbox.cos.COSName.S)).isEqualTo("GTS_PDFX"));
                PDPage page = plate.getPage(0);
                Drawn drawn = Drawn.on(page);
                // one form on the page is the ad: drawn at 100 % where the composer put its art
                List<PDFormXObject> forms = drawn.forms.entrySet().stream().filter(e -> near(e.getValue(), ad.art())).map(Map.Entry::getKey)
                        .toList();
                assertThat(forms).as("page %d: a form at the ad's place %s among %s", n, ad.art(), drawn.forms.values()).hasSize(1);
                Map<String, Integer> placed = operators(forms.get(0));
                for (String op : DRAWING) {
                    assertThat(placed.getOrDefault(op, 0)).as("page %d, ad %s: operator %s", n, ad.ad().id(), op)
                            .isEqualTo(delivered.getOrDefault(op, 0));
                }
                // the pictures on the plate are the articles' photos, none of them over the ad: each painted in its
                // frame (a photo grown past its natural height covers its frame cropped at the sides, its picture
                // clipped to the frame: the part outside it is never painted)
                List<Rect> frames = pages.get(n).composed().modules().stream().flatMap(m -> m.figures().stream()).map(Figure::frame).toList();
                for (int i = 0; i < drawn.images.size(); i++) {
                    Rect painted = drawn.painted.get(i);
                    assertThat(painted.overlaps(ad.slot())).as("page %d: a picture painted at %s in the ad's slot %s", n, painted, ad.slot())
                            .isFalse();
                    assertThat(frames).as("page %d: the picture at %s, painted at %s, is a photo painted in its frame", n,
                            drawn.images.get(i), painted).anyMatch(f -> near(f, painted));
                }
                // its text is text on the plate, and it is marked as an ad
                var area = new org.apache.pdfbox.text.PDFTextStripperByArea();
                Rect slot = ad.slot();
                PDRectangle trim = page.getTrimBox();
                PDRectangle media = page.getMediaBox();
                area.addRegion("slot", new Rectangle2D.Double(slot.xPt() + trim.getLowerLeftX() - media.getLowerLeftX(),
                        slot.yPt() + media.getUpperRightY() - trim.getUpperRightY(), slot.widthPt(), slot.heightPt()));
                area.extractRegions(page);
                assertThat(area.getTextForRegion("slot")).as("page %d", n).contains("示例广告").contains("PLACEHOLDER").contains("广告");
            }
        }
    }

    @Test
    void theBlackPagesPlateHasNoCyanMagentaOrYellowInkAndItsAdPrintsOnBlack() throws Exception {
        Path plate = Files.write(dir.resolve("page7.pdf"), pages.get(7).plate());
        long[] pixels = PlatesTest.separations(plate);
        assertThat(pixels[0]).as("cyan pixels").isZero();
        assertThat(pixels[1]).as("magenta pixels").isZero();
        assertThat(pixels[2]).as("yellow pixels").isZero();
        assertThat(pixels[3]).as("black pixels").isGreaterThan(10_000);
        assertThat(pages.get(7).ink().cyan() + pages.get(7).ink().magenta() + pages.get(7).ink().yellow()).isZero();
        // a colour page with an ad does carry colour: the ear ad's cyan and the bank's red
        for (int n : List.of(1, 5)) {
            long[] colour = PlatesTest.separations(Files.write(dir.resolve("page" + n + ".pdf"), pages.get(n).plate()));
            assertThat(colour[0] + colour[1]).as("page %d", n).isGreaterThan(1000);
        }
    }

    @Test
    void theChecksFindNothingWrongWithTheAdsOrThePages() {
        for (int n : pagesWithAds()) {
            List<Finding> findings = NEWSPRINT.check(pages.get(n).composed().prepared());
            assertThat(findings).as("page %d", n).noneMatch(Finding::isError);
            assertThat(findings).as("page %d", n).noneMatch(f -> f.code().name().startsWith("AD_"));
        }
    }

    /** How often each operator occurs in a content stream (a page or a form), its own forms not opened. */
    private static Map<String, Integer> operators(PDContentStream content) throws IOException {
        Map<String, Integer> count = new HashMap<>();
        for (Object token : new PDFStreamParser(content).parse()) {
            if (token instanceof Operator op) {
                count.merge(op.getName(), 1, Integer::sum);
            }
        }
        return count;
    }

    private static boolean near(Rect a, Rect b) {
        return Math.abs(a.xPt() - b.xPt()) < 0.5 && Math.abs(a.yPt() - b.yPt()) < 0.5 && Math.abs(a.widthPt() - b.widthPt()) < 0.5
                && Math.abs(a.heightPt() - b.heightPt()) < 0.5;
    }

    /**
     * Where a plate's forms and pictures are drawn, in points from the top left of its trim (the
     * composer's coordinates): each form's bounding box and each picture's unit square, through
     * the transformation in force where it is drawn.
     */
    private static final class Drawn extends newsprint.prepare.ClippingWalker {
        final Map<PDFormXObject, Rect> forms = new java.util.IdentityHashMap<>();
        final List<Rect> images = new ArrayList<>();
        /** Each picture's part within the clipping path it is drawn under: what of it is painted. */
        final List<Rect> painted = new ArrayList<>();
        private final PDRectangle trim;

        private Drawn(PDPage page) {
            super(page);
            trim = page.getTrimBox();
        }

        static Drawn on(PDPage page) throws IOException {
            Drawn d = new Drawn(page);
            d.processPage(page);
            return d;
        }

        @Override
        public void showForm(PDFormXObject form) throws IOException {
            Matrix m = getGraphicsState().getCurrentTransformationMatrix().clone();
            m.concatenate(form.getMatrix());
            PDRectangle box = form.getBBox();
            forms.put(form, box(m, box.getLowerLeftX(), box.getLowerLeftY(), box.getUpperRightX(), box.getUpperRightY()));
            super.showForm(form);
        }

        @Override
        public void drawImage(PDImage image) {
            Rect whole = box(getGraphicsState().getCurrentTransformationMatrix(), 0, 0, 1, 1);
            images.add(whole);
            // what of it is painted: its square within the clipping path in force (in the page's space)
            var clip = getGraphicsState().getCurrentClippingPath().getBounds2D();
            Rect clipped = new Rect(clip.getX() - trim.getLowerLeftX(), trim.getUpperRightY() - clip.getMaxY(), clip.getWidth(), clip.getHeight());
            double x0 = Math.max(whole.xPt(), clipped.xPt());
            double y0 = Math.max(whole.yPt(), clipped.yPt());
            double x1 = Math.min(whole.rightPt(), clipped.rightPt());
            double y1 = Math.min(whole.bottomPt(), clipped.bottomPt());
            painted.add(new Rect(x0, y0, Math.max(0, x1 - x0), Math.max(0, y1 - y0)));
        }

        private Rect box(Matrix m, float x0, float y0, float x1, float y1) {
            var shape = m.createAffineTransform().createTransformedShape(new Rectangle2D.Float(x0, y0, x1 - x0, y1 - y0)).getBounds2D();
            return new Rect(shape.getX() - trim.getLowerLeftX(), trim.getUpperRightY() - shape.getMaxY(), shape.getWidth(), shape.getHeight());
        }
    }
}
