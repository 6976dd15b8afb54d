package newsprint.compose;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import newsprint.Newsprint;
import newsprint.Seed;
import newsprint.type.SetLine;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SeedCompositionTest {
    private ComposedPage page;

    @BeforeAll
    void compose() {
        Newsprint newsprint = Newsprint.bundled();
        page = newsprint.compose(newsprint.prepare(Seed.PAGE));
    }

    private Module module(String id) {
        return page.modules().stream().filter(m -> m.article().id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void everyArticleFitsAndNothingIsOverset() {
        assertThat(page.modules()).hasSize(4);
        for (Module m : page.modules()) {
            assertThat(m.fit().oversetText()).as(m.article().id()).isEmpty();
            assertThat(m.fit().contentLines()).isEqualTo(m.frames().stream().mapToInt(f -> f.lines().size()).sum());
        }
    }

    @Test
    void theLeadIsAtTheTopAndItsHeadlineSpansItsModule() {
        Module lead = module("lead");
        assertThat(lead.line()).isZero();
        assertThat(lead.span()).isGreaterThanOrEqualTo(page.grid().columns() / 2);
        for (HeadLine h : lead.head()) {
            assertThat(h.rect().xPt()).isEqualTo(lead.rect().xPt());
            assertThat(h.rect().widthPt()).isEqualTo(lead.rect().widthPt());
        }
        HeadLine headline = lead.head().stream().filter(h -> h.role() == HeadLine.Role.HEADLINE).findFirst().orElseThrow();
        assertThat(headline.style().sizePt()).isGreaterThan(module("foshan").head().get(0).style().sizePt());
    }

    @Test
    void modulesSitOnTheGridInsideTheTypeAreaWithoutOverlapping() {
        List<Rect> boxes = new ArrayList<>();
        for (Module m : page.modules()) {
            assertThat(page.grid().typeArea().contains(m.rect())).as(m.article().id()).isTrue();
            assertThat(m.rect()).isEqualTo(page.grid().area(m.column(), m.span(), m.line(), m.lines()));
            for (Rect other : boxes) {
                assertThat(m.rect().overlaps(other)).as(m.article().id()).isFalse();
            }
            boxes.add(m.rect());
        }
        int cells = page.modules().stream().mapToInt(m -> m.span() * m.lines()).sum();
        assertThat(cells).isEqualTo(page.totalCells());
    }

    @Test
    void theColumnsOfEachModuleEndLevelWithinOneLine() {
        for (Module m : page.modules()) {
            double leading = page.grid().leadingPt();
            List<Double> bottoms = m.frames().stream().filter(f -> !f.lines().isEmpty())
                    .map(f -> f.rect().yPt() + f.lines().size() * leading).toList();
            double spread = bottoms.stream().mapToDouble(Double::doubleValue).max().orElseThrow()
                    - bottoms.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
            assertThat(spread).as(m.article().id()).isLessThanOrEqualTo(leading + 0.01);
        }
    }

    @Test
    void thePhotoHasItsCaptionDirectlyBeneathAndNoTextUnderIt() {
        Module lead = module("lead");
        assertThat(lead.figures()).hasSize(1);
        Figure f = lead.figures().get(0);
        assertThat(f.captionRect().yPt() - f.frame().bottomPt()).isBetween(0.0, page.grid().leadingPt());
        // the credit set right on the caption's one line, not on a line of its own
        assertThat(f.caption()).extracting(l -> l.text()).containsExactly("会议现场胡漫雨 摄");
        SetLine line = f.caption().get(0);
        assertThat(line.penPt()[line.length()]).isCloseTo(f.captionRect().widthPt(), org.assertj.core.data.Offset.offset(0.01));
        assertThat(f.frame().widthPt()).isEqualTo(page.grid().spanWidthPt(f.span()));
        assertThat(f.effectivePpi()).isGreaterThan(150);
        for (TextFrame t : lead.frames()) {
            if (!t.lines().isEmpty()) {
                Rect text = new Rect(t.rect().xPt(), t.rect().yPt(), t.rect().widthPt(), t.lines().size() * page.grid().leadingPt());
                assertThat(text.overlaps(f.frame())).isFalse();
                assertThat(text.overlaps(f.captionRect())).isFalse();
            }
        }
    }

    @Test
    void theTextIsDealtInReadingOrderWithNothingLostOrRepeated() {
        for (Module m : page.modules()) {
            StringBuilder dealt = new StringBuilder();
            m.frames().forEach(f -> f.lines().forEach(l -> dealt.append(l.line().text())));
            List<String> paragraphs = Seed.printedParagraphs(List.of(m.article()));
            String expected = String.join("", paragraphs) + (m.article().source() == null ? "" : "（" + m.article().source() + "）");
            assertThat(Seed.squash(dealt.toString())).isEqualTo(expected);
        }
    }
}
