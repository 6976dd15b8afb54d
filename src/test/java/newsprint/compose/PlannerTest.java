package newsprint.compose;

import static newsprint.TestGrid.compose;
import static newsprint.TestGrid.story;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import newsprint.Newsprint;
import newsprint.NewsprintException;
import newsprint.TestGrid;
import newsprint.layout.LayoutLibrary;
import newsprint.type.FontLibrary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The planner on the test grid (4 columns × 30 lines; a headline1 head takes 3 lines, a
 * headline2 or headline3 head 2, a rule above a module 1), with bodies of whole lines, so a
 * test can say which plan is best and what it leaves empty. Modules are written as the fit
 * report shows them: {@code id c<column> r<row> <columns>×<lines>}, column and row from 1.
 */
class PlannerTest {
    @TempDir
    Path dir;

    private static List<String> modules(ComposedPage page) {
        return page.modules().stream().map(PlannerTest::module).toList();
    }

    private static String module(Module m) {
        return m.article().id() + " c" + (m.column() + 1) + " r" + (m.line() + 1) + " " + m.span() + "×" + m.lines();
    }

    /** Lead 28 lines, then two of 34: exactly the body cells of a lead across the top 10 lines and two halves below. */
    private Path exactPage(String pinOfC) throws IOException {
        TestGrid.Story c = story("c", "日月盈昃").body(34);
        if (pinOfC != null) {
            c.field("place", pinOfC);
        }
        return TestGrid.page(dir, story("lead", "天地玄黄").body(28), story("b", "宇宙洪荒").body(34), c);
    }

    @Test
    void articlesThatFillThePageExactlyLeaveNoEmptyCell() throws IOException {
        // lead 4 × 10: 3 head lines, 7 × 4 = 28 body lines; b and c 2 × 20: a rule, 2 head lines, 17 × 2 = 34
        ComposedPage page = compose(exactPage(null));
        assertThat(modules(page)).containsExactly("lead c1 r1 4×10", "b c1 r11 2×20", "c c3 r11 2×20");
        assertThat(page.freeCells()).isZero();
        assertThat(page.fits()).isTrue();

        ComposedPage two = compose(TestGrid.page(dir, story("lead", "天地玄黄").body(48), story("b", "宇宙洪荒").body(48)));
        assertThat(modules(two)).containsExactly("lead c1 r1 4×15", "b c1 r16 4×15");
        assertThat(two.freeCells()).isZero();
    }

    @Test
    void theLeadSpansHalfThePageThoughOneColumnWouldLeaveFewerCellsEmpty() throws IOException {
        ComposedPage page = compose(TestGrid.page(dir, story("lead", "天地玄黄").body(24), story("b", "宇宙洪荒").body(20),
                story("c", "日月盈昃").body(50)));
        assertThat(modules(page)).containsExactly("lead c1 r1 2×15", "b c1 r16 2×15", "c c3 r1 2×30");
        assertThat(page.freeCells()).isEqualTo(4 + 6);

        // the same page with the lead held to one column fits too, with fewer cells empty
        ComposedPage narrow = compose(TestGrid.page(dir, story("lead", "天地玄黄").field("span", "1").body(24),
                story("b", "宇宙洪荒").body(20), story("c", "日月盈昃").body(50)));
        assertThat(modules(narrow)).containsExactly("lead c1 r1 1×30", "b c2 r1 3×9", "c c2 r10 3×21");
        assertThat(narrow.fits()).isTrue();
        assertThat(narrow.freeCells()).isEqualTo(8).isLessThan(page.freeCells());
    }

    @Test
    void aShortArticleTakesItsTightestModuleThoughItLeavesALineEmpty() throws IOException {
        // 3 lines of lead: its least module across the page (6 lines, 12 body cells) leaves 9 empty, one
        // whole line; it used to be refused as unbalanced, so the lead stood alone in a column of 30 lines
        // (24 empty) and the other two ran 7 lines over
        ComposedPage page = compose(TestGrid.page(dir, story("lead", "天地玄黄").body(3), story("b", "宇宙洪荒").body(40),
                story("c", "日月盈昃").body(40)));
        assertThat(modules(page)).containsExactly("lead c1 r1 4×6", "b c1 r7 2×24", "c c3 r7 2×24");
        assertThat(page.fits()).isTrue();
        assertThat(page.freeCells()).isEqualTo(9 + 2 + 2);
    }

    /**
     * Two stories of higher priority on the left, two lesser ones on the right: each side solved
     * on its own ends its first story at its own best height (a at 11 lines, c at 12), so b
     * started below c's top while c still ran beside it (main before this test: {@code a c1 r1
     * 2×11, b c1 r12 2×19, c c3 r1 2×12, d c3 r13 2×18}, one inversion). Solved together, in
     * rows, the page has the same empty cells and no inversion.
     */
    @Test
    void bothSidesOfASplitAreSolvedTogetherSoNoStoryStandsBelowALesserOneBesideIt() throws IOException {
        ComposedPage page = compose(TestGrid.page(dir, story("a", "天地玄黄").field("priority", "1").body(16),
                story("b", "宇宙洪荒").field("priority", "2").body(28), story("c", "日月盈昃").field("priority", "3").body(20),
                story("d", "辰宿列张").field("priority", "4").body(28)));
        assertThat(modules(page)).containsExactly("a c1 r1 2×12", "c c3 r1 2×12", "b c1 r13 2×18", "d c3 r13 2×18");
        assertThat(LayoutAudit.of(page).hierarchyInversions()).isZero();
        assertThat(page.fits()).isTrue();
        assertThat(page.freeCells()).isEqualTo(6);
    }

    @Test
    void anArticleWithATallPhotoAndLittleTextIsPlacedNotLeftOut() throws IOException {
        TestGrid.photo(dir, "tall.png", 280, 400);
        // two columns asked for: free, the photo would widen into the slack and the test no longer be of a tall one
        ComposedPage page = compose(TestGrid.page(dir, story("lead", "天地玄黄").body(10).photo("tall.png", "天地", "记者 摄", 2)));
        assertThat(page.leftOut()).isEmpty();
        assertThat(modules(page)).containsExactly("lead c1 r1 4×30");
        // 25 lines: its caption and credit share one line, a line of space under it, 27 lines in all
        assertThat(page.modules().get(0).figures().get(0).frame().heightPt()).isEqualTo(25 * 15 - 3.75);
        assertThat(page.modules().get(0).frames()).extracting(f -> f.lines().size()).containsExactly(5, 5, 0, 0);
    }

    @Test
    void aPinnedArticleGoesWhereItIsPinnedAndTheOthersMoveRound() throws IOException {
        ComposedPage page = compose(exactPage("{column: 1, row: 11}"));
        assertThat(modules(page)).containsExactly("lead c1 r1 4×10", "c c1 r11 2×20", "b c3 r11 2×20");
        assertThat(page.freeCells()).isZero();
    }

    @Test
    void aPinThatCannotBeHonouredIsRefusedNamingTheArticle() throws IOException {
        Path page = exactPage("{column: 1, row: 28}");
        assertThatThrownBy(() -> compose(page)).isInstanceOf(NewsprintException.BadInput.class)
                .hasMessage(page + ": article 'c': place {column: 1, row: 28} cannot be honoured with the other articles");
    }

    @Test
    void aPageOfMoreArticlesThanTheGridHoldsNamesTheOnesLeftOut() throws IOException {
        // a module is at least 6 lines: the grid holds 4 columns of 5; each article fills one exactly
        // (a rule, a 2-line head, 3 lines of body), or with a line to spare at the top of a column
        List<TestGrid.Story> stories = new ArrayList<>();
        for (int i = 0; i < 22; i++) {
            stories.add(story("a" + i, "天地").field("priority", Integer.toString(i + 1)).body(3));
        }
        ComposedPage page = compose(TestGrid.page(dir, stories.toArray(new TestGrid.Story[0])));
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            expected.add("a" + i + " c" + (i / 5 + 1) + " r" + (i % 5 * 6 + 1) + " 1×6");
        }
        assertThat(modules(page)).containsExactlyElementsOf(expected);
        assertThat(page.leftOut()).extracting(u -> u.article().id()).containsExactly("a20", "a21");
        assertThat(page.fits()).isFalse();
        assertThat(page.freeCells()).as("the tops of columns 2 to 4").isEqualTo(3);

        CopyFitReport report = CopyFitReport.of(page);
        assertThat(report.articles()).hasSize(22);
        CopyFitReport.Entry out = report.articles().get(21);
        assertThat(out.id()).isEqualTo("a21");
        assertThat(out.placed()).isFalse();
        assertThat(out.contentLines()).isEqualTo(3);
        assertThat(out.contentChars()).isEqualTo(TestGrid.characters(3));
        assertThat(out.oversetLines()).isEqualTo(3);
        assertThat(out.oversetChars()).isEqualTo(TestGrid.characters(3));
    }

    @Test
    void theSameInputGivesTheSamePlan() throws IOException {
        Path file = TestGrid.page(dir, story("lead", "天地玄黄").body(24), story("b", "宇宙洪荒").body(20),
                story("c", "日月盈昃").body(50).photo("p.png", "天地玄黄", "记者 宇宙 摄", null));
        TestGrid.photo(dir, "p.png", 280, 240);
        ComposedPage first = compose(file);
        Newsprint other = new Newsprint(new LayoutLibrary(TestGrid.layouts()), new FontLibrary());
        for (ComposedPage again : List.of(compose(file), other.compose(other.prepare(file)))) {
            assertThat(modules(again)).isEqualTo(modules(first));
            assertThat(lines(again)).isEqualTo(lines(first));
            assertThat(figures(again)).isEqualTo(figures(first));
        }
    }

    /** Every photo of the page: its frame, the image's place in it, its caption. */
    private static List<String> figures(ComposedPage page) {
        return page.modules().stream().flatMap(m -> m.figures().stream())
                .map(f -> f.frame() + " " + f.image() + " " + f.captionRect() + " " + f.caption().stream().map(l -> l.text()).toList())
                .toList();
    }

    /** Every body line of the page, frame by frame. */
    private static List<String> lines(ComposedPage page) {
        List<String> out = new ArrayList<>();
        for (Module m : page.modules()) {
            for (TextFrame f : m.frames()) {
                out.add(f.rect() + ": " + f.lines().stream().map(l -> l.line().text()).toList());
            }
        }
        return out;
    }
}
