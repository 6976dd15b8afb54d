package newsprint.compose;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import newsprint.Newsprint;
import newsprint.Seed;
import newsprint.model.BodyBlock;
import newsprint.model.PageFile;
import newsprint.prepare.PageFlow;
import newsprint.prepare.PreparedPage;
import org.junit.jupiter.api.Test;

/**
 * A jumping article on its own page: it fills the module it is given, its last line says where
 * it goes on, and what runs on is exactly the copy not printed, a paragraph cut mid-way going on
 * without a new indent.
 */
class JumpTest {
    private static final Newsprint NEWSPRINT = Newsprint.bundled();

    @Test
    void theRestIsTheCopyNotPrintedAndTheModuleClosesWithTheJumpLine() {
        // the seed page with its lead's copy twice over: more than the page holds
        PageFile seed = NEWSPRINT.read(Seed.PAGE);
        var lead0 = seed.articles().get(0);
        List<BodyBlock> twice = new java.util.ArrayList<>(lead0.body());
        twice.addAll(lead0.body());
        List<newsprint.model.Article> articles = new java.util.ArrayList<>(seed.articles());
        articles.set(0, lead0.withBody(twice));
        PageFile longer = new PageFile(seed.file(), seed.edition(), seed.page(), articles);
        PageFlow flow = new PageFlow(3, 8, false, Map.of("lead", 6), Map.of(), null);
        ComposedPage page = NEWSPRINT.compose(NEWSPRINT.prepare(longer, flow, List.of()));
        Module lead = page.modules().stream().filter(m -> m.article().id().equals("lead")).findFirst().orElseThrow();
        assertThat(lead.jumps()).as("the lead, sharing the page with three others, runs on").isTrue();
        assertThat(lead.fit().continuesOn()).isEqualTo(6);
        assertThat(lead.fit().oversetLines()).as("a jumping article is never overset").isZero();
        List<FrameLine> printed = lead.frames().stream().flatMap(f -> f.lines().stream()).toList();
        FrameLine last = printed.get(printed.size() - 1);
        assertThat(last.kind()).isEqualTo(FrameLine.Kind.JUMP);
        assertThat(last.line().text()).isEqualTo("（下转第6版）");
        assertThat(printed.stream().filter(l -> l.kind() != FrameLine.Kind.JUMP).count())
                .as("at least three lines stay").isGreaterThanOrEqualTo(Shape.MIN_JUMP_LINES);

        StringBuilder onPage = new StringBuilder();
        printed.stream().filter(l -> l.kind() != FrameLine.Kind.JUMP).forEach(l -> onPage.append(l.line().text()));
        StringBuilder rest = new StringBuilder();
        lead.rest().forEach(b -> rest.append(b.text()));
        String copy = String.join("", Seed.printedParagraphs(List.of(lead.article())));
        assertThat(Seed.squash(onPage.toString() + rest)).as("printed + run on = the copy, once").isEqualTo(copy);
        assertThat(lead.fit().continuedChars()).isEqualTo(Seed.squash(rest.toString()).length());
        if (lead.rest().get(0) instanceof BodyBlock.Continued c) {
            String cut = onPage.toString();
            assertThat(c.text()).as("the cut paragraph goes on where the page stopped").doesNotStartWith(" ");
            assertThat(Seed.squash(cut + c.text())).contains(Seed.squash(c.text()));
        }
    }

    @Test
    void theContinuationOpensWithItsJumpLineAndNoIndent() {
        PageFile seed = NEWSPRINT.read(Seed.PAGE);
        var lead = seed.articles().get(0);
        var cont = new newsprint.model.Article("lead", null, "全会精神的贯彻落实", null, null,
                List.of(new BodyBlock.Continued("全会精神，研究贯彻落实意见。"), new BodyBlock.Paragraph("会议指出，要抓好落实。")),
                List.of(), null, 1, null, null);
        PageFlow flow = new PageFlow(6, 8, false, Map.of(), Map.of("lead", 3), null);
        PageFile others = new PageFile(seed.file(), seed.edition(), seed.page(), seed.articles().subList(1, 4));
        PreparedPage prepared = NEWSPRINT.prepare(others, flow, List.of(cont));
        Module m = NEWSPRINT.compose(prepared).modules().stream().filter(x -> x.article().id().equals("lead")).findFirst().orElseThrow();
        List<FrameLine> lines = m.frames().stream().flatMap(f -> f.lines().stream()).toList();
        assertThat(lines.get(0).kind()).isEqualTo(FrameLine.Kind.JUMP);
        assertThat(lines.get(0).line().text()).isEqualTo("（上接第3版）");
        assertThat(lines.get(1).line().indentPt()).as("the cut paragraph goes on without a new indent").isZero();
        assertThat(m.head()).allSatisfy(h -> assertThat(h.role()).isEqualTo(HeadLine.Role.HEADLINE));
        assertThat(m.head().get(0).style().sizePt()).as("the jump head at the smallest headline size")
                .isEqualTo(prepared.layout().layout().style(newsprint.layout.Role.HEADLINE3).sizePt());
        assertThat(lead).isNotNull();
    }
}
