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
        for (var r : results) {
            LayoutAudit a = LayoutAudit.of(r.composed());
            assertThat(a.headBreaksInsideWords()).as(a.faults().toString()).isZero();
            assertThat(a.captionBreaksInsideWords()).as(a.faults().toString()).isZero();
            assertThat(a.headlineSizeMismatches()).as(a.faults().toString()).isZero();
            inversions += a.hierarchyInversions();
        }
        // 13 on the edition (before its ads) before the planner weighed them; with the ads 8 remain: 2 on page 1, which an
        // article jumps from (its copy comes first there), 6 on pages 5 to 8, where no arrangement the planner tries avoids them
        assertThat(inversions).isLessThanOrEqualTo(8);
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
        assertThat(inversions).as("hierarchy inversions on 24 generated pages (on 100 such pages: 321 before the planner weighed them, 177 after)").isLessThan(50);
    }

    @Test
    void aPageMoreThanFivePercentEmptyIsWarnedOfWithTheCopyThatWouldFillIt() {
        LayoutAudit traditional = audit("traditional");
        assertThat(traditional.emptyGridPercent()).isEqualTo(8.6);
        assertThat(traditional.undersetWarning("page.yaml")).isEqualTo(
                "page.yaml: 8.6% of the grid is empty (more than 5%): about 396 characters of copy would fill it");
        assertThat(audit("seed").undersetWarning("page.yaml")).isNull();
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
