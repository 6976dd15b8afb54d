package newsprint.compose;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import newsprint.TestGrid;
import newsprint.model.Article;
import newsprint.model.BodyBlock;
import newsprint.model.Photo;
import newsprint.prepare.PreparedLayout;
import newsprint.type.LineBreaker;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * How an article fills a module, counted exactly on the test grid (4 columns of 10 characters,
 * 30 lines of 15 pt; headline1 20 pt on 30 pt, headline2 15 pt on 15 pt, headline3, kicker and
 * subheadline 10 pt on 15 pt): the head's grid lines (its lines, then one of space), the photo
 * rows at the scale the body leaves room for, the body's capacity in lines and what is over or
 * under.
 */
class ShapeTest {
    private static PreparedLayout layout;
    private static PageGrid grid;
    private static Captions captions;
    private static final LineBreaker BREAKER = new LineBreaker();

    @BeforeAll
    static void grid() {
        layout = TestGrid.newsprint().layout(TestGrid.LAYOUT);
        grid = PageGrid.of(layout.layout());
        captions = new Captions(layout.styles(), BREAKER, grid, newsprint.layout.Layout.CreditPlacement.RIGHT);
        assertThat(grid.columns()).isEqualTo(4);
        assertThat(grid.lines()).isEqualTo(30);
        assertThat(grid.spanWidthPt(4)).isEqualTo(430);
    }

    /** An article of {@code bodyLines} full body lines (paragraphs of at most 10 lines), ranked {@code rank} on the page. */
    private static Copy copy(int rank, String kicker, String headline, String subheadline, int bodyLines, Photo... photos) {
        List<BodyBlock> body = new ArrayList<>();
        for (int left = bodyLines, from = 0; left > 0; left -= 10, from += 3) {
            body.add(new BodyBlock.Paragraph(TestGrid.han(TestGrid.characters(Math.min(10, left)), from)));
        }
        Article a = new Article("a" + rank, kicker, headline, subheadline, null, body, List.of(photos), null, rank + 1, null, null);
        List<PhotoInfo> infos = new ArrayList<>();
        for (Photo p : photos) {
            String[] size = p.file().getFileName().toString().replace(".png", "").split("x");
            infos.add(new PhotoInfo(p, Integer.parseInt(size[0]), Integer.parseInt(size[1]), 1));
        }
        Copy copy = new Copy(a, rank, layout, grid, BREAKER, infos);
        assertThat(copy.bodyLines).hasSize(bodyLines);
        return copy;
    }

    /** The page's one lead, whose headline may take a line more to take up slack. */
    private static Copy lead(String headline, int bodyLines) {
        Copy plain = copy(0, headline, bodyLines);
        return new Copy(plain.article, 0, 0, layout, grid, BREAKER, List.of(), Copy.Part.WHOLE, 0, true);
    }

    private static Copy copy(int rank, String headline, int bodyLines, Photo... photos) {
        return copy(rank, null, headline, null, bodyLines, photos);
    }

    /** A photo of {@code widthPx × heightPx} (the file is never read: the shape needs only its size). */
    private static Photo photo(int widthPx, int heightPx, Integer span) {
        return new Photo(Path.of(widthPx + "x" + heightPx + ".png"), "天地玄黄", "记者 宇宙 摄", span, null);
    }

    @Test
    void aOneLineLeadHeadlineTakesThreeGridLinesAndTheBodyTheRest() {
        Shape s = Shape.of(copy(0, "天地玄黄", 100), grid, captions, 4, 30, false);
        assertThat(s.head().heightPt()).isEqualTo(30);
        assertThat(s.headLines()).as("30 pt of headline: 2 lines, then 1 of space").isEqualTo(3);
        assertThat(s.capacityLines()).isEqualTo(4 * 27);
        assertThat(s.undersetLines()).isEqualTo(8);
        assertThat(s.oversetLines()).isZero();
    }

    @Test
    void aRuleAboveTakesALine() {
        Shape s = Shape.of(copy(1, "天地玄黄", 30), grid, captions, 2, 20, true);
        assertThat(s.headLines()).as("one 15 pt headline2 line and a line of space").isEqualTo(2);
        assertThat(s.capacityLines()).isEqualTo(2 * (20 - 1 - 2));
        assertThat(s.undersetLines()).isEqualTo(4);
        Shape over = Shape.of(copy(1, "天地玄黄", 40), grid, captions, 2, 20, true);
        assertThat(over.oversetLines()).isEqualTo(6);
        assertThat(over.undersetLines()).isZero();
    }

    @Test
    void kickerAndSubheadlineAddALineEach() {
        Shape s = Shape.of(copy(0, "宇宙", "天地玄黄", "日月盈昃", 10), grid, captions, 4, 30, false);
        assertThat(s.head().roles()).containsExactly(HeadLine.Role.KICKER, HeadLine.Role.HEADLINE, HeadLine.Role.SUBHEADLINE);
        assertThat(s.head().heightPt()).isEqualTo(15 + 30 + 15);
        assertThat(s.headLines()).isEqualTo(5);
        assertThat(s.capacityLines()).isEqualTo(4 * 25);
    }

    @Test
    void aLongLeadHeadlineIsBalancedOverTwoLines() {
        // 30 characters of 20 pt across 430 pt (21 a line): two lines of 15, 60 pt
        Shape s = Shape.of(copy(0, TestGrid.han(30), 10), grid, captions, 4, 30, false);
        assertThat(s.head().lines()).extracting(l -> l.text()).containsExactly(TestGrid.han(15, 0), TestGrid.han(15, 15));
        assertThat(s.headLines()).isEqualTo(5);
    }

    @Test
    void aLeadHeadlineThatWouldTakeThreeLinesIsSetASizeSmaller() {
        // 50 characters: three lines at 20 pt, two at 15 pt (28 a line), and 30 pt is fewer grid lines
        Shape s = Shape.of(copy(0, TestGrid.han(50), 10), grid, captions, 4, 30, false);
        assertThat(s.head().styles()).extracting(t -> t.sizePt()).containsExactly(15.0, 15.0);
        assertThat(s.headLines()).isEqualTo(3);
    }

    @Test
    void aHeadlineTooLongForTheModuleHasNoShapeThere() {
        // one column of 10-pt headline3 holds 10 characters a line, and a headline at most 3 lines
        assertThat(Shape.of(copy(2, TestGrid.han(30), 10), grid, captions, 1, 30, false).headLines()).isEqualTo(4);
        assertThat(Shape.of(copy(2, TestGrid.han(31), 10), grid, captions, 1, 30, false)).isNull();
        assertThat(Shape.of(copy(2, TestGrid.han(31), 10), grid, captions, 2, 30, false)).isNotNull();
    }

    @Test
    void aModuleWithoutThreeLinesOfBodyHasNoShape() {
        Copy c = copy(1, "天地玄黄", 3);
        assertThat(Shape.of(c, grid, captions, 1, 5, false).capacityLines()).isEqualTo(3);
        assertThat(Shape.of(c, grid, captions, 1, 4, false)).isNull();
        assertThat(Shape.of(c, grid, captions, 1, 5, true)).isNull();
    }

    /**
     * A 280 × 240 photo over two columns (210 pt) is 180 pt, 12 lines, at its natural height; it
     * may shrink to 0.65 of that (8 lines) and grow to 1.3 (16 lines). Its caption and credit share
     * one line (the credit set right on the caption's last line), and a line of space follows. The module: 4 columns, 27 lines of body.
     */
    @Test
    void aPhotoGrowsToItsLargestWhileTheTextStillFits() {
        // its span asked for: a photo of free span would widen into the slack (below)
        Shape s = Shape.of(copy(0, "天地玄黄", 60, photo(280, 240, 2)), grid, captions, 4, 30, false);
        assertThat(s.rows()).singleElement().satisfies(row -> {
            assertThat(row.span()).isEqualTo(2);
            assertThat(row.imageLines()).isEqualTo(16);
            assertThat(row.captionLines()).isEqualTo(1);
        });
        assertThat(Shape.top(4, 0, s.rows())).isZero();
        assertThat(Shape.top(4, 3, s.rows())).isEqualTo(16 + 1 + 1);
        assertThat(s.capacityLines()).isEqualTo(2 * 27 + 2 * (27 - 18));
        assertThat(s.undersetLines()).isEqualTo(12);
    }

    @Test
    void aPhotoGrowsOnlyAsFarAsTheTextLeavesRoom() {
        // at 8 lines the body holds 88 lines; 80 leave room for 4 more image lines in 2 columns
        Shape s = Shape.of(copy(0, "天地玄黄", 80, photo(280, 240, null)), grid, captions, 4, 30, false);
        assertThat(s.rows().get(0).imageLines()).isEqualTo(12);
        assertThat(s.capacityLines()).isEqualTo(80);
        assertThat(s.undersetLines()).isZero();
    }

    @Test
    void aPhotoStaysAtItsSmallestWhenTheTextIsOverset() {
        Shape s = Shape.of(copy(0, "天地玄黄", 100, photo(280, 240, null)), grid, captions, 4, 30, false);
        assertThat(s.rows().get(0).imageLines()).isEqualTo(8);
        assertThat(s.capacityLines()).isEqualTo(88);
        assertThat(s.oversetLines()).isEqualTo(12);
    }

    @Test
    void aTallPhotoGrowsNoFurtherThanItsColumnsHaveRoom() {
        // 280 × 400 over two columns: 20 lines natural, 13 to 26. At 26 its row (26 + 1 + 1) would
        // run a line below the body's 27. It stops at 25, its row filling its columns; the module
        // used to have no shape at all, and the page left the article out
        Shape s = Shape.of(copy(0, "天地玄黄", 10, photo(280, 400, 2)), grid, captions, 4, 30, false);
        assertThat(s).isNotNull();
        assertThat(s.rows().get(0).imageLines()).isEqualTo(25);
        assertThat(Shape.top(4, 3, s.rows())).isEqualTo(27);
        assertThat(s.capacityLines()).isEqualTo(2 * 27);
        assertThat(s.undersetLines()).isEqualTo(44);
    }

    /**
     * Two photos share a row no taller than the crop rule lets each be: 280 × 240 over 2 columns is
     * 12 lines natural (8 to 16), 280 × 140 is 7 (5 to 9). The row used to grow to 15 lines as the
     * taller one allowed, the wide photo then showing 47 % of its picture; it stops at 9.
     */
    @Test
    void twoPhotosShareARowNoTallerThanTheRuleLetsEitherBe() {
        Shape s = Shape.of(copy(0, "天地玄黄", 40, photo(280, 240, null), photo(280, 140, null)), grid, captions, 4, 30, false,
                Double.POSITIVE_INFINITY, false);
        assertThat(s.rows()).singleElement().satisfies(row -> {
            assertThat(row.spans()).containsExactly(2, 2);
            assertThat(row.span()).isEqualTo(4);
        });
        int image = s.rows().get(0).imageLines();
        assertThat(image).isEqualTo(9);
        assertThat(s.capacityLines()).isEqualTo(4 * (27 - image - 1 - 1));
        assertRowsWithinTheRule(s);
    }

    /**
     * A square, a wide and a tall photo at their usual 1 column each (4 columns, 3 photos) share
     * no height within the rule: 100 pt wide they are 7, 4 and 9 lines natural (5 to 9, 3 to 5,
     * 6 to 12). The row gives them other spans (the tall one stays narrow), or the photos go in
     * rows of their own; every photo is cropped within the rule, in every module the article has.
     */
    @Test
    void photosOfDifferentShapesInOneModuleAreEachCroppedWithinTheRule() {
        Photo square = photo(300, 300, null);
        Photo wide = photo(320, 180, null);
        Photo tall = photo(300, 400, null);
        for (int body : new int[] {10, 30, 60}) {
            Copy c = copy(0, "天地玄黄", body, square, wide, tall);
            for (int span = 1; span <= 4; span++) {
                for (int lines = 8; lines <= 30; lines++) {
                    for (boolean widen : new boolean[] {false, true}) {
                        Shape s = Shape.of(c, grid, captions, span, lines, false, Double.POSITIVE_INFINITY, widen);
                        if (s != null) {
                            assertThat(s.rows().stream().mapToInt(r -> r.photos().size()).sum()).isEqualTo(3);
                            assertRowsWithinTheRule(s);
                        }
                    }
                }
            }
        }
    }

    /**
     * Every photo's image lines lie within what the rule gives it alone at its span: 0.65 to 1.3 of
     * its natural lines, at least 3, and no fewer than show {@link Shape#LEAST_SHOWN} of its picture.
     */
    private static void assertRowsWithinTheRule(Shape s) {
        for (Shape.Row row : s.rows()) {
            for (int i = 0; i < row.photos().size(); i++) {
                PhotoInfo p = row.photos().get(i);
                long natural = Math.round(grid.spanWidthPt(row.spans().get(i)) * p.aspect() / grid.leadingPt());
                double exact = grid.spanWidthPt(row.spans().get(i)) * p.aspect() / grid.leadingPt();
                long least = Math.max(Math.max(3, Math.round(natural * Shape.MIN_PHOTO_SCALE)),
                        (long) Math.ceil(Shape.LEAST_SHOWN * exact + Composer.PHOTO_CAPTION_GAP_LINES - 1e-9));
                long most = Math.max(3, Math.round(natural * Shape.MAX_PHOTO_SCALE));
                assertThat((long) row.imageLines()).as("%s at %d columns, %d lines natural", p.photo().file(), row.spans().get(i), natural)
                        .isBetween(least, most);
            }
        }
    }

    @Test
    void aPhotoAskedToSpanTheModuleCoversEveryColumn() {
        Shape s = Shape.of(copy(0, "天地玄黄", 40, photo(430, 150, 4)), grid, captions, 4, 30, false);
        // 430 pt wide at 150/430 of it: 150 pt, 10 lines; the smallest 7 (6.5 rounded up), the largest 13
        assertThat(s.rows().get(0).span()).isEqualTo(4);
        assertThat(s.rows().get(0).imageLines()).isEqualTo(13);
        assertThat(s.capacityLines()).isEqualTo(4 * (27 - 13 - 1 - 1));
        assertThat(s.undersetLines()).isEqualTo(8);
    }

    /**
     * Slack goes to the photo: the 280 × 240 photo of the test above, its span free, takes 3
     * columns (315 pt, 18 lines natural, 12 to 23) then 4 (430 pt, 25 natural) while that leaves
     * fewer of the module's cells empty than the 12 at its usual 2 columns; 60 lines of text keep
     * their room.
     */
    @Test
    void aPhotoAloneWidensWhileItsModuleWouldStayUnderset() {
        Shape usual = Shape.of(copy(0, "天地玄黄", 60, photo(280, 240, 2)), grid, captions, 4, 30, false);
        Shape s = Shape.of(copy(0, "天地玄黄", 60, photo(280, 240, null)), grid, captions, 4, 30, false);
        assertThat(usual.undersetLines()).isEqualTo(12);
        assertThat(s.oversetLines()).isZero();
        assertThat(s.rows().get(0).span()).isGreaterThan(2);
        assertThat(s.undersetLines()).isLessThan(usual.undersetLines());
        // the crop stays within what the composer allows: at most 1.3 of the photo's natural height at its width
        Shape.Row row = s.rows().get(0);
        double natural = grid.spanWidthPt(row.span()) * 240 / 280 / grid.leadingPt();
        assertThat((double) row.imageLines()).isBetween(Shape.MIN_PHOTO_SCALE * natural - 1, Shape.MAX_PHOTO_SCALE * natural + 1);
        // and a module the text fills has no slack: the photo keeps its span
        Shape full = Shape.of(copy(0, "天地玄黄", 80, photo(280, 240, null)), grid, captions, 4, 30, false);
        assertThat(full.rows().get(0).span()).isEqualTo(2);
        // a page planned without widening keeps the usual span
        Shape kept = Shape.of(copy(0, "天地玄黄", 60, photo(280, 240, null)), grid, captions, 4, 30, false,
                Double.POSITIVE_INFINITY, false);
        assertThat(kept.rows().get(0).span()).isEqualTo(2);
        assertThat(kept.undersetLines()).isEqualTo(12);
    }

    /** A lesser story's photo held to the lead's area shrinks, then takes fewer columns, and never passes it. */
    @Test
    void aPhotoHeldToASmallerAreaStaysUnderIt() {
        Copy c = copy(1, "天地玄黄", 40, photo(280, 240, null));
        Shape free = Shape.of(c, grid, captions, 4, 30, false);
        double area = Shape.largestPhotoAreaPt(grid, free.rows());
        for (double cap : new double[] {area * 0.8, area * 0.5, area * 0.25}) {
            Shape held = Shape.of(c, grid, captions, 4, 30, false, cap, true);
            assertThat(held).isNotNull();
            assertThat(Shape.largestPhotoAreaPt(grid, held.rows())).as("held to %.0f pt²", cap).isLessThanOrEqualTo(cap + 1);
            assertThat(held.oversetLines()).isZero();
        }
    }

    /**
     * The lead's headline takes a line more, at its size, when its module would stay underset:
     * "天地玄黄宇宙洪荒" (8 characters of 20 pt, 160 pt) fits one line of 430 pt; on two lines the
     * head is 60 pt, 4 grid lines and one of space, one line of body fewer in each column.
     */
    @Test
    void theLeadsHeadlineTakesALineMoreWhenItsModuleWouldStayUnderset() {
        Shape roomy = Shape.of(lead("天地玄黄宇宙洪荒", 40), grid, captions, 4, 30, false);
        assertThat(roomy.head().lines()).extracting(l -> l.text()).containsExactly("天地玄黄", "宇宙洪荒");
        assertThat(roomy.headLines()).isEqualTo(5);
        assertThat(roomy.capacityLines()).isEqualTo(4 * 25);
        // a lesser story keeps its one line, as does the lead when the text fills the module
        Shape lesser = Shape.of(copy(0, "天地玄黄宇宙洪荒", 40), grid, captions, 4, 30, false);
        assertThat(lesser.head().lines()).hasSize(1);
        Shape full = Shape.of(lead("天地玄黄宇宙洪荒", 108), grid, captions, 4, 30, false);
        assertThat(full.head().lines()).hasSize(1);
        assertThat(full.oversetLines()).isZero();
    }
}
