package newsprint.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import newsprint.Newsprint;
import newsprint.Seed;
import newsprint.cli.ExitCodes;
import newsprint.cli.Transcript;
import newsprint.compose.ComposedPage;
import newsprint.compose.CopyFitReport;
import newsprint.compose.HeadLine;
import newsprint.compose.Module;
import newsprint.compose.TextFrame;
import newsprint.finish.ArchiveFinish;
import newsprint.finish.StructureText;
import newsprint.model.VerticalHead;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Vertical headlines (竖题): read from the page file, set in columns at the module's side with
 * the body beside them, printed as set (the render's paint check reads each vertical line top to
 * bottom), and read by the archive in their order.
 */
class VerticalHeadTest {
    private static final String HEADLINE = "新能源汽车出口增长30%，“APEC”展区亮相！";
    private static final String PAGE = """
            edition: {paper: 科技报, date: 2024-07-25}
            page: {number: 3, section: 科协动态}
            articles:
              - id: lead
                headline: 广东省科协召开党组会议
                body:
                  - 7月24日上午，广东省科协召开党组会议，专题学习全会精神。会议强调，全省科协系统要把学习宣传贯彻全会精神作为当前和今后一个时期的重大政治任务，推动科技创新和科学普及协同发展。
              - id: cars
                kicker: 推动“5G+工业互联网”
                headline: {text: %s, vertical: true%s}
                body:
                  - 据海关统计，今年前十个月，全省新能源汽车出口同比增长三成，带动电池、电机等零部件企业扩大产能。业内人士表示，海外市场对中国品牌的认可度不断提升，企业应加快布局海外售后网络，提升服务水平。
                  - 专家建议，企业要加强核心技术研发，提高产品质量，积极参与国际标准制定，在全球竞争中赢得主动。
            """;

    @TempDir
    Path dir;

    private Path page(String side) throws IOException {
        return Files.writeString(dir.resolve("page.yaml"), PAGE.formatted(HEADLINE, side == null ? "" : ", side: " + side));
    }

    private static Module cars(ComposedPage page) {
        return page.modules().stream().filter(m -> m.article().id().equals("cars")).findFirst().orElseThrow();
    }

    @Test
    void theReaderTakesTheHeadlineAsTextOrAsAVerticalHead() throws IOException {
        Newsprint newsprint = Newsprint.bundled();
        var article = newsprint.read(page("left")).articles().get(1);
        assertThat(article.headline()).isEqualTo(HEADLINE);
        assertThat(article.vertical()).isEqualTo(new VerticalHead(VerticalHead.Side.LEFT));
        assertThat(newsprint.read(page(null)).articles().get(1).vertical().side()).isEqualTo(VerticalHead.Side.RIGHT);
        assertThat(newsprint.read(page(null)).articles().get(0).vertical()).isNull();
    }

    @Test
    void aWrongVerticalHeadIsRefusedNamingTheField() throws IOException {
        for (String[] bad : new String[][] {
                {"{text: 标题, vertical: yes}", "headline.vertical must be true or false"},
                {"{text: 标题, vertical: true, side: top}", "headline.side must be right or left, not 'top'"},
                {"{text: 标题, side: left}", "headline.side is given but the headline is not vertical"},
                {"{text: 标题, vertcal: true}", "did you mean 'vertical'?"},
                {"{vertical: true}", "missing field 'text'"}}) {
            Path file = Files.writeString(dir.resolve("bad.yaml"), Seed.ONE_ARTICLE.replace("headline: 广东省科协召开党组会议", "headline: " + bad[0]));
            Transcript r = Transcript.run("check", file.toString());
            assertThat(r.code()).as(bad[0]).isEqualTo(ExitCodes.BAD_INPUT);
            assertThat(r.err()).as(bad[0]).contains("article 'lead'").contains(bad[1]);
        }
    }

    @Test
    void theHeadStandsInColumnsAtTheRightAndTheBodyBesideIt() throws IOException {
        Newsprint newsprint = Newsprint.bundled();
        ComposedPage page = newsprint.compose(newsprint.prepare(page("right")));
        Module m = cars(page);
        int headColumns = m.span() - m.frames().size();
        assertThat(headColumns).isBetween(1, m.span() - 1);
        double stripLeft = page.grid().columnXPt(m.column() + m.span() - headColumns);
        assertThat(m.head()).allMatch(h -> h.turn() != HeadLine.Turn.ACROSS)
                .allMatch(h -> h.rect().xPt() >= stripLeft - 0.01 && h.rect().rightPt() <= m.rect().rightPt() + 0.01)
                .allMatch(h -> h.rect().yPt() >= m.rect().yPt() - 0.01 && h.rect().bottomPt() <= m.rect().bottomPt() + 0.01);
        assertThat(m.frames()).allMatch(f -> f.rect().rightPt() <= stripLeft);
        assertThat(m.figures()).allMatch(f -> f.frame().rightPt() <= stripLeft);
        // the body starts at the module's top: no lines above it for a head
        assertThat(m.frames().get(0).rect().yPt()).isEqualTo(m.rect().yPt() + (m.separatorAbove() ? page.grid().leadingPt() : 0));
        // fit counts the head's columns: the capacity is the body's
        CopyFitReport.Entry fit = CopyFitReport.of(page).articles().stream().filter(e -> e.id().equals("cars")).findFirst().orElseThrow();
        assertThat(fit.headColumns()).isEqualTo(headColumns);
        assertThat(fit.capacityLines()).isLessThanOrEqualTo((m.span() - headColumns) * m.lines());
        assertThat(Transcript.run("fit", page("right").toString()).out()).containsPattern("cars +c\\d+ r\\d+ +\\d+×\\d+ v" + headColumns);
    }

    @Test
    void onTheLeftTheBodyStandsToItsRight() throws IOException {
        Newsprint newsprint = Newsprint.bundled();
        ComposedPage page = newsprint.compose(newsprint.prepare(page("left")));
        Module m = cars(page);
        int headColumns = m.span() - m.frames().size();
        double stripRight = page.grid().columnXPt(m.column() + headColumns - 1) + page.grid().columnWidthPt();
        assertThat(m.head()).allMatch(h -> h.rect().rightPt() <= stripRight + 0.01 && h.rect().xPt() >= m.rect().xPt() - 0.01);
        assertThat(m.frames()).allMatch(f -> f.rect().xPt() > stripRight);
    }

    @Test
    void theHeadReadsRightToLeftTopToBottomAndTheArchiveReadsItInItsOrder() throws IOException {
        Newsprint newsprint = Newsprint.bundled();
        var prepared = newsprint.prepare(page("right"));
        newsprint.preflight(prepared);
        ComposedPage page = newsprint.compose(prepared);
        List<HeadLine> head = cars(page).head();
        StringBuilder read = new StringBuilder();
        head.forEach(h -> read.append(h.line().text()));
        assertThat(read.toString()).isEqualTo("推动“5G+工业互联网”" + HEADLINE);
        // the kicker's line stands right of the headline's first line, which stands right of its second
        double kickerX = head.get(0).rect().xPt();
        List<Double> headlineXs = head.stream().filter(h -> h.role() == HeadLine.Role.HEADLINE).map(h -> h.rect().xPt()).distinct().toList();
        assertThat(headlineXs).allMatch(x -> x < kickerX).isSortedAccordingTo((a, b) -> Double.compare(b, a));
        byte[] print = newsprint.render(page); // the paint check: every cell printed in its face, size and place
        assertThat(print).isNotEmpty();
        try (PDDocument doc = Loader.loadPDF(newsprint.render(page, new ArchiveFinish()))) {
            List<StructureText.Block> blocks = StructureText.read(doc);
            assertThat(blocks.stream().filter(b -> b.type().equals("H1")).map(StructureText.Block::text).toList())
                    .containsExactly("广东省科协召开党组会议", HEADLINE);
            assertThat(blocks.stream().map(b -> Seed.squash(b.text()))).contains("推动“5G+工业互联网”");
        }
    }

    @Test
    void theTraditionalExampleHasAVerticalHeadline() {
        Newsprint newsprint = Newsprint.bundled();
        ComposedPage page = newsprint.compose(newsprint.prepare(Path.of("examples/traditional/page.yaml")));
        Module forum = page.modules().stream().filter(m -> m.article().id().equals("forum")).findFirst().orElseThrow();
        // 青年論壇探討「AI」與創科發展: two vertical lines, the brackets turned, AI across the line in one cell
        assertThat(forum.head()).extracting(h -> h.line().text() + " " + h.turn()).contains("「 ROTATED", "AI UPRIGHT", "」 ROTATED", "青 UPRIGHT");
        assertThat(forum.head().stream().map(h -> h.rect().xPt()).distinct().count()).isEqualTo(2);
        assertThat(forum.span() - forum.frames().size()).isEqualTo(1);
    }
}
