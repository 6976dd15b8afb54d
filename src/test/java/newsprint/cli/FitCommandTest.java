package newsprint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import newsprint.Newsprint;
import newsprint.Seed;
import newsprint.model.Article;
import newsprint.model.PageFile;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** {@code newsprint fit}: the copy-fit report a desk reads, in text and JSON, and its numbers are the page's. */
class FitCommandTest {
    private static CliTest.Run fit(String... args) {
        return CliTest.run(args);
    }

    @Test
    void theSeedFitsAndTheReportCountsItsCharactersExactly() throws Exception {
        CliTest.Run r = fit("fit", Seed.PAGE.toString(), "--json");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode report = new ObjectMapper().readTree(r.out());
        assertThat(report.get("fits").asBoolean()).isTrue();
        PageFile page = Newsprint.bundled().read(Seed.PAGE);
        int free = 0;
        for (JsonNode a : report.get("articles")) {
            Article article = page.articles().stream().filter(x -> x.id().equals(a.get("id").asText())).findFirst().orElseThrow();
            String copy = String.join("", Seed.printedParagraphs(List.of(article)))
                    + (article.source() == null ? "" : "（" + article.source() + "）");
            assertThat(a.get("contentChars").asInt()).as(article.id()).isEqualTo(Seed.squash(copy).codePointCount(0, Seed.squash(copy).length()));
            assertThat(a.get("oversetChars").asInt()).isZero();
            assertThat(a.get("capacityChars").asInt()).isEqualTo(a.get("capacityLines").asInt() * report.get("charsPerLine").asInt());
            assertThat(a.get("capacityLines").asInt() - a.get("contentLines").asInt()).isEqualTo(a.get("undersetLines").asInt());
            free += a.get("undersetLines").asInt();
        }
        assertThat(report.get("freeCells").asInt()).isEqualTo(free);
        CliTest.Run text = fit("fit", Seed.PAGE.toString());
        assertThat(text.out()).contains("lead").contains("6×30").contains("free: " + free + " of 420 grid cells").endsWith("fits\n");
    }

    @Test
    void typographyCountsTheLayoutFaultsAndAnUndersetPageIsWarnedOf() throws Exception {
        // the traditional page was 8.6% empty before its lead's headline took a line more; the edition's page 4 is the one
        // example page still over 5% (its lead a continuation without a photo)
        CliTest.Run text = fit("fit", "examples/traditional/page.yaml", "--typography");
        assertThat(text.code()).as(text.err()).isZero();
        assertThat(text.out()).doesNotContain("warning: ")
                .contains("layout: 0 head breaks inside words, 0 caption breaks inside words, 0 column widows, 0 column orphans, "
                        + "0 hierarchy inversions");
        CliTest.Run edition = fit("fit", "examples/edition/edition.yaml", "--typography");
        assertThat(edition.out()).contains("p4.yaml: 5.4% of the grid is empty (more than 5%): about 440 characters of copy would fill it")
                .contains("layout: ");
        // without --typography the report is as before, the warning aside
        assertThat(fit("fit", "examples/edition/edition.yaml").out()).contains("warning: ").doesNotContain("layout:");
        JsonNode json = new ObjectMapper().readTree(fit("fit", "examples/overset/page.yaml", "--json", "--typography").out());
        // 2 before the line rules, 1 after them, 0 since the planner repairs what its search leaves
        assertThat(json.get("layout").get("hierarchyInversions").asInt()).isZero();
        assertThat(json.get("fits").asBoolean()).isFalse();
        // a generated page that keeps some shows how they are reported: counted, and each named
        Path page = newsprint.GeneratedPages.write(dir, 20241128L, "tabloid");
        Newsprint engine = Newsprint.bundled();
        int inversions = newsprint.compose.LayoutAudit.of(engine.compose(engine.prepare(engine.read(page)))).hierarchyInversions();
        assertThat(inversions).isPositive();
        JsonNode generated = new ObjectMapper().readTree(fit("fit", page.toString(), "--json", "--typography").out());
        assertThat(generated.get("layout").get("hierarchyInversions").asInt()).isEqualTo(inversions);
        int named = 0;
        for (JsonNode f : generated.get("layout").get("faults")) {
            named += f.asText().contains("stands lower than") ? 1 : 0;
        }
        assertThat(named).isEqualTo(inversions);
    }

    @org.junit.jupiter.api.io.TempDir
    Path dir;

    @Test
    void anOversetPageIsReportedLineByLineAndTheCutLinesAreNotPrinted() throws Exception {
        Path page = Path.of("examples/overset/page.yaml");
        CliTest.Run r = fit("fit", page.toString(), "--json");
        assertThat(r.code()).isEqualTo(ExitCodes.OVERSET);
        JsonNode report = new ObjectMapper().readTree(r.out());
        assertThat(report.get("fits").asBoolean()).isFalse();
        Newsprint newsprint = Newsprint.bundled();
        String pdfText;
        try (PDDocument doc = Loader.loadPDF(newsprint.render(newsprint.compose(newsprint.prepare(page))))) {
            pdfText = Seed.squash(new PDFTextStripper().getText(doc));
        }
        int over = 0;
        for (JsonNode a : report.get("articles")) {
            StringBuilder cut = new StringBuilder();
            a.get("overset").forEach(l -> cut.append(l.asText()));
            String squashed = Seed.squash(cut.toString());
            assertThat(squashed.codePointCount(0, squashed.length())).isEqualTo(a.get("oversetChars").asInt());
            assertThat(a.get("overset").size()).isEqualTo(a.get("oversetLines").asInt());
            if (a.get("oversetLines").asInt() > 0) {
                over++;
                // the last cut line is not on the page: overset text is cut, and said to be
                String last = Seed.squash(a.get("overset").get(a.get("overset").size() - 1).asText());
                if (last.length() > 6) {
                    assertThat(pdfText).doesNotContain(last);
                }
            }
        }
        assertThat(over).isGreaterThan(0);
    }

    @Test
    void typographyCountsEachRuleByNameInTextAndJson() throws Exception {
        CliTest.Run r = fit("fit", Seed.PAGE.toString(), "--typography", "--json");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode counts = new ObjectMapper().readTree(r.out()).get("typography").get("counts");
        assertThat(counts.fieldNames()).toIterable().containsExactlyElementsOf(newsprint.compose.TypographyAudit.RULES);
        counts.forEach(n -> assertThat(n.asInt()).isZero());
        CliTest.Run text = fit("fit", Seed.PAGE.toString(), "--typography");
        assertThat(text.out()).contains("typography: punctuation-pairs 0, opening-mark-at-line-start 0, units-spread 0, wide-gaps 0, "
                + "widow-characters 0, bylines-broken 0, bylines-spread 0");
        assertThat(fit("fit", Seed.PAGE.toString()).out()).doesNotContain("typography");
    }
}
