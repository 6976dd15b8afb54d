package newsprint.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import newsprint.model.Article;
import newsprint.model.BodyBlock;
import newsprint.model.Edition;
import newsprint.model.Language;
import newsprint.model.PageFile;
import newsprint.model.PageInfo;
import org.junit.jupiter.api.Test;

/** Characters of the other script, found with OpenCC's tables: only those that exist in one script alone. */
class ScriptCheckTest {
    private static List<Finding> check(Language lang, String paper, String... paragraphs) {
        Article a = new Article("a", null, lang.traditional() ? "標題" : "标题", null, null, Arrays.stream(paragraphs).map(p -> (BodyBlock) new BodyBlock.Paragraph(p)).toList(),
                List.of(), null, 1, null, null);
        PageFile page = new PageFile(java.nio.file.Path.of("page.yaml"), new Edition(paper, java.time.LocalDate.of(2026, 12, 1), null),
                new PageInfo(2, lang.traditional() ? "港聞" : "要闻", lang.traditional() ? "tabloid-hant" : "tabloid", null, lang), List.of(a));
        List<Finding> out = new ArrayList<>();
        ScriptCheck.check(out, page);
        return out;
    }

    @Test
    void theTablesAreOpenCcsAndFull() {
        assertThat(ScriptTables.get().simplifiedOnlyCount()).isGreaterThan(2000);
        assertThat(ScriptTables.get().traditionalOnlyCount()).isGreaterThan(2000);
    }

    @Test
    void aSimplifiedOnlyCharacterOnATraditionalPageIsNamedWithItsTraditionalForms() {
        List<Finding> findings = check(Language.ZH_HANT_TW, "台灣日報", "他發現头髮已經白了。");
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo(Finding.Code.SIMPLIFIED_CHARACTER);
            assertThat(f.field()).isEqualTo("body[1]");
            assertThat(f.message()).isEqualTo("Simplified forms on a zh-Hant-TW page: 头 (頭); the Traditional forms are in brackets");
        });
    }

    @Test
    void charactersGoodInBothScriptsAreNotFlagged() {
        // 后 (empress), 面 (face), 干 (shield), 台, 里, 才 are Traditional too; 乾, 著 are Simplified too
        assertThat(check(Language.ZH_HANT_HK, "港島日報", "皇后面前干戈未息，台灣鄉里才子著書乾坤。")).isEmpty();
        assertThat(check(Language.ZH_HANS, "南方日报", "皇后面前干戈未息，乾坤著作。")).isEmpty();
    }

    @Test
    void aTraditionalOnlyCharacterOnASimplifiedPageIsNamedAndTheFolioIsCheckedToo() {
        List<Finding> findings = check(Language.ZH_HANS, "南方日報", "国內的發展");
        assertThat(findings).extracting(Finding::field, Finding::code).containsExactly(
                org.assertj.core.groups.Tuple.tuple("edition.paper", Finding.Code.TRADITIONAL_CHARACTER),
                org.assertj.core.groups.Tuple.tuple("body[1]", Finding.Code.TRADITIONAL_CHARACTER));
        assertThat(findings.get(1).message()).startsWith("Traditional forms on a zh-Hans page: 內 (内), 發 (发)");
    }

    @Test
    void aLongRunNamesEightAndCountsTheRest() {
        assertThat(check(Language.ZH_HANT, "報", "这边说话读书写字买卖东西问题").get(0).message()).contains(" and ").contains(" more;");
    }
}
