package newsprint.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import newsprint.check.Finding.Code;
import newsprint.model.Article;
import newsprint.model.BodyBlock;
import newsprint.model.Edition;
import newsprint.model.PageFile;
import newsprint.model.PageInfo;
import org.junit.jupiter.api.Test;

/** The text checks on pages built in memory: what they flag, and what they must leave alone. */
class TextChecksTest {
    private final TextChecks checks = new TextChecks(Rules.newspaper());

    private static Article article(String id, String headline, BodyBlock... body) {
        return new Article(id, null, headline, null, null, Arrays.asList(body), List.of(), null, 1, null, null);
    }

    private static BodyBlock p(String text) {
        return new BodyBlock.Paragraph(text);
    }

    private List<Finding> check(boolean fullWidth, Article... articles) {
        PageFile page = new PageFile(Path.of("page.yaml"), new Edition("科技报", LocalDate.of(2024, 7, 25), null),
                new PageInfo(3, "科协动态", "tabloid", null), Arrays.asList(articles));
        List<Finding> out = new ArrayList<>();
        checks.check(out, page, fullWidth);
        return out;
    }

    private List<Finding> check(Article... articles) {
        return check(true, articles);
    }

    private static List<Finding> only(List<Finding> findings, Code code) {
        return findings.stream().filter(f -> f.code() == code).toList();
    }

    @Test
    void aLowercaseEnglishWordBetweenHanCharactersIsFlagged() {
        var found = only(check(article("a", "标题", p("就贯彻落实讲话精神 and 全会提出的各项任务。"))), Code.LATIN_WORD);
        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.field()).isEqualTo("body[1]");
            assertThat(f.message()).contains("'and'").contains("精神 and 全会");
        });
    }

    @Test
    void acronymsUnitsNamesAndWordsAtTheEdgeOfHanTextAreLeftAlone() {
        String text = "推进5G和AI应用，CPU性能提升，App上线，全长12km的线路，每小时5kg，iPhone新品，"
                + "使用了cm级定位，会议由Dr. Li主持，他说：and so on。";
        assertThat(only(check(article("a", "标题", p(text))), Code.LATIN_WORD)).isEmpty();
    }

    @Test
    void halfWidthPunctuationBetweenHanCharactersIsCountedOncePerField() {
        var found = only(check(article("a", "会议(扩大)召开", p("7月24日上午,会议召开;3,000人参加,时间是3:00。"))), Code.HALF_WIDTH_PUNCTUATION);
        assertThat(found).extracting(Finding::field).containsExactly("headline", "body[1]");
        assertThat(found.get(1).message()).startsWith("3 half-width marks , ; between Han characters")
                .contains("the layout prints them full-width (，；)");
    }

    @Test
    void withFullWidthOffTheMessageSaysToTypeTheFullWidthMarks() {
        var found = only(check(false, article("a", "标题", p("会议召开,全体参加。"))), Code.HALF_WIDTH_PUNCTUATION);
        assertThat(found).singleElement().satisfies(f -> assertThat(f.message()).contains("prints them as written").contains("type ，"));
    }

    @Test
    void aParagraphCutMidSentenceIsNamedWithTheOneThatContinuesIt() {
        var found = check(article("a", "标题", p("全面总结党的二十届二中全会以来中央政治局的工"), p("作，深刻阐明进一步全面深化改革的重大意义。")));
        assertThat(only(found, Code.PARAGRAPH_CUT)).singleElement().satisfies(f -> {
            assertThat(f.field()).isEqualTo("body[1]");
            assertThat(f.message()).contains("中央政治局的工'").contains("body[2] begins '作，深刻");
        });
    }

    @Test
    void finishedParagraphsQuotesAndSubheadsAreNotCuts() {
        var found = check(article("a", "标题",
                p("会议指出，全省各级科协组织要紧密结合科协工作实际。"),
                p("会议强调了以下三点，分别是组织、宣传和落实："),
                p("要聚焦中央和省委的改革部署，研究推进具体行动"),
                p("“为科技工作者办实事”长效机制已经建立。"),
                new BodyBlock.Subhead("一是突出思想引领"),
                p("加强党对科协的全面领导。")));
        assertThat(only(found, Code.PARAGRAPH_CUT)).isEmpty();
        assertThat(only(found, Code.PARAGRAPH_SHORT)).isEmpty();
    }

    @Test
    void aShortLineWithoutPunctuationLooksLikeACaptionInTheBody() {
        var found = check(article("a", "标题", p("会议召开。"), p("会议现场"), p("胡漫雨 摄"), p("会议强调，要加强领导。")));
        assertThat(only(found, Code.PARAGRAPH_SHORT)).extracting(Finding::field).containsExactly("body[2]", "body[3]");
        assertThat(only(found, Code.PARAGRAPH_CUT)).isEmpty();
    }

    @Test
    void aParagraphPrintedTwiceIsAnErrorWhateverItsSpacing() {
        String para = "会议强调，全省科协系统要加强组织领导，迅速兴起学习宣传贯彻全会精神的热潮。";
        var found = check(article("a", "标题", p(para), p("第二段。"), p(para.replace("，", "， ").replace("全省", "全 省"))),
                article("b", "另一篇", p(para.replace("，", ","))));
        assertThat(only(found, Code.PARAGRAPH_DOUBLED)).hasSize(2).allMatch(Finding::isError);
        assertThat(only(found, Code.PARAGRAPH_DOUBLED).get(0)).satisfies(f -> {
            assertThat(f.articleId()).isEqualTo("a");
            assertThat(f.field()).isEqualTo("body[3]");
            assertThat(f.message()).startsWith("repeats body[1] ");
        });
        assertThat(only(found, Code.PARAGRAPH_DOUBLED).get(1).message()).startsWith("repeats article 'a' body[1] ");
    }

    @Test
    void shortRepeatsAndSubheadsMayRepeat() {
        var found = check(article("a", "标题", p("（完）"), new BodyBlock.Subhead("一是突出思想引领"), p("正文第一段。"),
                new BodyBlock.Subhead("一是突出思想引领"), p("（完）")));
        assertThat(only(found, Code.PARAGRAPH_DOUBLED)).isEmpty();
    }

    @Test
    void aHeadlineOfPunctuationOnlyIsAnError() {
        assertThat(only(check(article("a", "——"), article("b", "……"), article("c", "AI"), article("d", "5G")), Code.HEADLINE_EMPTY))
                .extracting(Finding::articleId).containsExactly("a", "b");
    }

    private static Article article(String id, String headline) {
        return article(id, headline, p("正文。"));
    }
}
