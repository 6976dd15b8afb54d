package newsprint.compose;

import static newsprint.TestGrid.story;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import newsprint.GeneratedPages;
import newsprint.Newsprint;
import newsprint.TestGrid;
import newsprint.edition.EditionFiles;
import newsprint.edition.EditionMaker;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The page-level rules of issue 12, counted by {@link LayoutAudit} on the example pages, the
 * example edition and generated pages: headlines and captions broken only between words, no story below a
 * story of lower priority beside it, equal priorities under equal headlines, and the empty grid
 * warned of.
 */
class LayoutAuditTest {
    private static final Newsprint NEWSPRINT = Newsprint.bundled();

    @TempDir
    static Path dir;

    private static LayoutAudit audit(String example) {
        return LayoutAudit.of(NEWSPRINT.compose(NEWSPRINT.prepare(Path.of("examples", example, "page.yaml"))));
    }

    @ParameterizedTest
    @ValueSource(strings = {"seed", "front-page", "photo-heavy", "traditional"})
    void theExamplesHaveNoHeadBrokenInsideAWordAndNoHierarchyInversion(String example) {
        LayoutAudit a = audit(example);
        assertThat(a.headBreaksInsideWords()).as(a.faults().toString()).isZero();
        assertThat(a.hierarchyInversions()).as(a.faults().toString()).isZero();
        assertThat(a.headlineSizeMismatches()).as(a.faults().toString()).isZero();
        assertThat(a.headlineBaselineMismatches()).as(a.faults().toString()).isZero();
        // slack goes to the lead's photo and headline: no example is left more than 5% empty (traditional was 8.6%),
        // and no lesser story's photo is larger than the lead's (front-page and photo-heavy had one each)
        assertThat(a.leadPhotoSmaller()).as(a.faults().toString()).isZero();
        assertThat(a.underset()).as("%s: %.1f%% empty", example, a.emptyGridPercent()).isFalse();
    }

    /**
     * The page that cannot fit keeps its hierarchy too: its second story stood under the lead
     * beside the third, which the search in priority order could not avoid without a line more
     * over; the repair gives the two stories each other's modules at the same 143 lines over.
     */
    @Test
    void theOversetExampleHasNoHierarchyInversion() {
        LayoutAudit a = audit("overset");
        assertThat(a.hierarchyInversions()).as(a.faults().toString()).isZero();
    }

    /** Caption breaks inside words, counted before captions were broken by meaning: 1 on the examples (训练的基|本原理), 10 on 100 generated pages. */
    @ParameterizedTest
    @ValueSource(strings = {"seed", "front-page", "photo-heavy", "traditional", "overset"})
    void theExamplesBreakNoCaptionInsideAWord(String example) {
        LayoutAudit a = audit(example);
        assertThat(a.captionBreaksInsideWords()).as(a.faults().toString()).isZero();
    }

    @Test
    void theEditionsPagesBreakNoHeadOrCaptionInsideAWord() {
        var results = new EditionMaker(NEWSPRINT).make(NEWSPRINT.readEdition(Path.of("examples", "edition", "edition.yaml")),
                new EditionMaker.Settings(null, true, 2, n -> { }));
        assertThat(results).hasSize(8);
        int inversions = 0;
        List<String> underset = new ArrayList<>();
        for (var r : results) {
            LayoutAudit a = LayoutAudit.of(r.composed());
            assertThat(a.headBreaksInsideWords()).as(a.faults().toString()).isZero();
            assertThat(a.captionBreaksInsideWords()).as(a.faults().toString()).isZero();
            assertThat(a.headlineSizeMismatches()).as(a.faults().toString()).isZero();
            assertThat(a.leadPhotoSmaller()).as(a.faults().toString()).isZero();
            inversions += a.hierarchyInversions();
            if (a.underset()) {
                underset.add(r.composed().page().file().getFileName() + " " + a.emptyGridPercent() + "%");
            }
            // the edition warns of an underset page as render and fit do, in its manifest (and on standard error)
            List<String> warned = EditionFiles.warnings(r).stream().filter(w -> w.startsWith("underset: ")).toList();
            if (a.underset()) {
                assertThat(warned).containsExactly("underset: " + a.undersetWarning("").substring(2));
            } else {
                assertThat(warned).isEmpty();
            }
        }
        // 13 on the edition (before its ads) before the planner weighed them; with the ads 8 remained: 2 on page 1, which an
        // article jumps from (its copy comes first there), 6 on pages 5 to 8; then 10 with page 2 taking 2 rather than stay
        // 8.1% empty. With both sides of a split solved together (in rows) and page 1 weighing its hierarchy too, 1 was left:
        // on page 7, whose plans in priority order without it are all more than 5% empty; with its third story planned one
        // place up the order (beside the second, not under it) none is left
        assertThat(inversions).isZero();
        // pages 2, 4 and 5 were 9.1%, 5.4% and 11.6% empty; page 4 (5.4%) is left, its lead a continuation without a photo
        assertThat(underset).containsExactly("p4.yaml 5.4%");
    }

    @Test
    void generatedPagesBreakNoHeadOrCaptionInsideAWord() throws IOException {
        int inversions = 0;
        for (int i = 0; i < 24; i++) {
            Path page = GeneratedPages.write(dir, 20241124L + i, i % 2 == 0 ? "tabloid" : "broadsheet");
            LayoutAudit a = LayoutAudit.of(NEWSPRINT.compose(NEWSPRINT.prepare(NEWSPRINT.read(page))));
            assertThat(a.headBreaksInsideWords()).as("seed %d: %s", 20241124L + i, a.faults()).isZero();
            // 4 on these 24 pages before captions were broken by meaning
            assertThat(a.captionBreaksInsideWords()).as("seed %d: %s", 20241124L + i, a.faults()).isZero();
            inversions += a.hierarchyInversions();
        }
        // on 100 such pages: 321 before the planner weighed them, 177 after; on these 24: 24 with rows, 19 with the repair
        // and the story planned one place up the order
        assertThat(inversions).as("hierarchy inversions on 24 generated pages").isLessThanOrEqualTo(19);
    }

    @Test
    void aPageMoreThanFivePercentEmptyIsWarnedOfWithTheCopyThatWouldFillIt() throws IOException {
        // two text-only stories too short for the test grid (4 columns × 30 lines, 10 characters a line): nothing can grow
        ComposedPage page = TestGrid.compose(TestGrid.page(dir, story("lead", "天地玄黄").field("priority", "1").body(20),
                story("b", "宇宙洪荒").field("priority", "2").body(20)));
        LayoutAudit short_ = LayoutAudit.of(page);
        int empty = page.freeCells();
        assertThat(empty).isGreaterThan(6); // 5% of 120 cells
        assertThat(short_.emptyGridPercent()).isEqualTo(Math.round(1000.0 * empty / 120) / 10.0);
        assertThat(short_.undersetWarning("page.yaml")).isEqualTo(String.format(java.util.Locale.ROOT,
                "page.yaml: %.1f%% of the grid is empty (more than 5%%): about %d characters of copy would fill it",
                short_.emptyGridPercent(), empty * 10));
        assertThat(audit("seed").undersetWarning("page.yaml")).isNull();
    }

    /**
     * Slack by priority, on a page of two stories with a photo each and too little text for the
     * test grid: the lead takes 3 columns and its photo all 3 before cells are left empty (6
     * left, against 10 with both photos' spans asked for as 2 columns), and the lesser story's
     * photo is never the larger. (The lead's headline growing: {@code ShapeTest}.)
     */
    @Test
    void slackGoesToTheLeadsPhotoFirst() throws IOException {
        TestGrid.photo(dir, "wide.png", 280, 240);
        ComposedPage free = TestGrid.compose(TestGrid.page(dir,
                story("lead", "天地玄黄宇宙洪荒").field("priority", "1").body(12).photo("wide.png", "天地", "记者 摄", null),
                story("b", "日月盈昃").field("priority", "2").body(12).photo("wide.png", "天地", "记者 摄", null)));
        ComposedPage asked = TestGrid.compose(TestGrid.page(dir,
                story("lead", "天地玄黄宇宙洪荒").field("priority", "1").body(12).photo("wide.png", "天地", "记者 摄", 2),
                story("b", "日月盈昃").field("priority", "2").body(12).photo("wide.png", "天地", "记者 摄", 2)));
        assertThat(free.fits()).isTrue();
        assertThat(asked.freeCells()).isEqualTo(10);
        assertThat(free.freeCells()).isEqualTo(6);
        Module lead = free.modules().stream().filter(m -> m.article().id().equals("lead")).findFirst().orElseThrow();
        Module b = free.modules().stream().filter(m -> m.article().id().equals("b")).findFirst().orElseThrow();
        double leadArea = lead.figures().get(0).frame().widthPt() * lead.figures().get(0).frame().heightPt();
        double bArea = b.figures().get(0).frame().widthPt() * b.figures().get(0).frame().heightPt();
        assertThat(leadArea).isGreaterThanOrEqualTo(bArea);
        assertThat(lead.figures().get(0).span()).isGreaterThan(2);
        assertThat(LayoutAudit.of(free).leadPhotoSmaller()).isZero();
    }

    /**
     * Slack by priority on underset pages (issue 12, rule 8): two generated broadsheets whose
     * leads have a few lines of text and a large photo. Before, the lead took the least module
     * that held it (8 × 30, its square photo cropped to 0.64 of its height, the page 17.1% empty;
     * a 5-column photo at its largest, 7.9% empty) and the stories below could not fill the rest.
     * Planned again with the lead free to stand taller wherever a line more grows its photo, the
     * photo takes the slack: at least its natural height, the page within 5%, no inversion, no
     * lesser photo larger, nothing over.
     */
    @Test
    void anUndersetPageGivesItsSlackToTheLeadsPhotoFirst() throws IOException {
        ComposedPage tall = NEWSPRINT.compose(NEWSPRINT.prepare(NEWSPRINT.read(
                GeneratedPages.write(dir.resolve("slack73"), 20241173L, "broadsheet"))));
        Figure photo = tall.modules().get(0).figures().get(0);
        assertThat(tall.modules().get(0).article().id()).isEqualTo("a0");
        double natural = photo.frame().widthPt() * photo.image().heightPt() / photo.image().widthPt();
        assertThat(photo.frame().heightPt() / natural).as("the lead's photo, of its natural height").isGreaterThanOrEqualTo(1.0);
        ComposedPage wide = NEWSPRINT.compose(NEWSPRINT.prepare(NEWSPRINT.read(
                GeneratedPages.write(dir.resolve("slack83"), 20241183L, "broadsheet"))));
        for (ComposedPage page : List.of(tall, wide)) {
            LayoutAudit a = LayoutAudit.of(page);
            assertThat(page.fits()).isTrue();
            assertThat(a.underset()).as("%.1f%% empty", a.emptyGridPercent()).isFalse();
            assertThat(a.hierarchyInversions()).as(a.faults().toString()).isZero();
            assertThat(a.leadPhotoSmaller()).as(a.faults().toString()).isZero();
        }
    }

    @Test
    void aBarInAHeadlineForcesItsBreakAndIsNeverPrinted() throws IOException {
        ComposedPage page = TestGrid.compose(TestGrid.page(dir, story("lead", "天地|玄黄").body(20)));
        List<String> head = new ArrayList<>();
        page.modules().get(0).head().stream().filter(h -> h.role() == HeadLine.Role.HEADLINE).forEach(h -> head.add(h.line().text()));
        assertThat(head).containsExactly("天地", "玄黄");
        assertThat(page.modules().get(0).article().headline()).isEqualTo("天地玄黄");
        assertThat(page.headlines()).containsExactly("天地玄黄");
    }

    @Test
    void equalPrioritiesGetEqualHeadlineSizes() throws IOException {
        ComposedPage page = TestGrid.compose(TestGrid.page(dir, story("lead", "天地玄黄").field("priority", "1").body(30),
                story("b", "宇宙洪荒").field("priority", "2").body(20), story("c", "日月盈昃").field("priority", "2").body(20)));
        assertThat(page.modules()).hasSize(3);
        double b = size(page, "b");
        assertThat(size(page, "c")).isEqualTo(b);
        assertThat(size(page, "lead")).isGreaterThan(b);
        assertThat(LayoutAudit.of(page).headlineSizeMismatches()).isZero();
    }

    private static double size(ComposedPage page, String id) {
        return page.modules().stream().filter(m -> m.article().id().equals(id)).findFirst().orElseThrow().head().stream()
                .filter(h -> h.role() == HeadLine.Role.HEADLINE).findFirst().orElseThrow().style().sizePt();
    }
}
