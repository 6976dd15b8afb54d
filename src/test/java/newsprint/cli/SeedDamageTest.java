package newsprint.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The seed page's text as the archive got it back ({@code ../shared/seed/}), fed to
 * {@code newsprint check} as the body of one article, one paragraph per block between blank
 * lines: every kind of damage {@code ../shared/seed/README.md} lists must be found.
 */
class SeedDamageTest {
    /** The extracted seed text; CI checks {@code shared/} out beside the repository. */
    /**
     * The seed text in the shared/ folder beside the repository ({@code ../shared/seed/}), or beside
     * the folder of worktrees a repository may be checked out in ({@code ../../shared/seed/}).
     */
    static final Path SEED_TEXT = java.util.stream.Stream.of("../shared/seed/", "../../shared/seed/")
            .map(folder -> Path.of(folder + "000_6837b2456412f7a6.txt")).filter(Files::isRegularFile).findFirst()
            .orElse(Path.of("../shared/seed/000_6837b2456412f7a6.txt"));

    /** The six cuts the seed README lists: how one paragraph ends and the next begins. */
    private static final String[][] CUTS = {
            {"中央政治局的工", "作"}, {"迅速把全会精神", "传达到"}, {"健", "全基层组织体系"},
            {"策", "划和举办好"}, {"促进培育和发", "展新质生产力"}, {"全市各级科协组织", "要提高政治站位"}};

    @TempDir
    Path dir;

    private List<String> blocks;
    private Path page;

    @BeforeEach
    void writePage() throws IOException {
        if (!Files.isRegularFile(SEED_TEXT)) {
            fail("the seed text " + SEED_TEXT.toAbsolutePath().normalize() + " is missing: the tests need the shared/ folder "
                    + "beside the repository (../shared/seed/) or beside its worktrees' folder (../../shared/seed/)");
        }
        blocks = Arrays.stream(Files.readString(SEED_TEXT).split("\\n\\s*\\n")).map(String::strip).filter(b -> !b.isEmpty()).toList();
        Map<String, Object> article = new LinkedHashMap<>();
        article.put("id", "seed");
        article.put("headline", "广东省科协召开党组(扩大)会议");
        article.put("body", blocks);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("edition", Map.of("paper", "科技报", "date", "2024-07-25"));
        json.put("page", Map.of("number", 3, "section", "科协动态"));
        json.put("articles", List.of(article));
        page = dir.resolve("page.json");
        new ObjectMapper().writeValue(page.toFile(), json);
    }

    /** The field of the first block that contains {@code text}: {@code body[N]}. */
    private String fieldOf(java.util.function.Predicate<String> block) {
        for (int i = 0; i < blocks.size(); i++) {
            if (block.test(blocks.get(i))) {
                return "body[" + (i + 1) + "]";
            }
        }
        throw new AssertionError("no block of the seed text matches");
    }

    @Test
    void checkFindsEveryKindOfDamageTheSeedReadmeLists() throws IOException {
        Transcript r = Transcript.run("check", page.toString(), "--json");
        assertThat(r.code()).as(r.out() + r.err()).isEqualTo(ExitCodes.PREFLIGHT);
        JsonNode report = new ObjectMapper().readTree(r.out());
        List<JsonNode> findings = StreamSupport.stream(report.get("findings").spliterator(), false).toList();

        // paragraphs cut where a column ended: all six, each named with the paragraph that continues it
        for (String[] cut : CUTS) {
            int i = blocks.indexOf(blocks.stream().filter(b -> b.endsWith(cut[0])).findFirst().orElseThrow());
            assertThat(blocks.get(i + 1)).startsWith(cut[1]);
            assertThat(findings).as("the cut " + cut[0] + " / " + cut[1]).anySatisfy(f -> {
                assertThat(f.get("code").asText()).isEqualTo("paragraph-cut");
                assertThat(f.get("field").asText()).isEqualTo("body[" + (i + 1) + "]");
                assertThat(f.get("message").asText()).contains(cut[0]).contains("body[" + (i + 2) + "] begins '" + cut[1]);
            });
        }
        // the doubled paragraph: an error at its second copy
        String doubled = fieldOf(b -> b.startsWith("会议强调,全省科协系统要加强组织领导"));
        assertThat(findings).anySatisfy(f -> {
            assertThat(f.get("code").asText()).isEqualTo("paragraph-doubled");
            assertThat(f.get("severity").asText()).isEqualTo("error");
            assertThat(f.get("message").asText()).contains("repeats " + doubled);
        });
        // the stray English word
        assertThat(findings).anySatisfy(f -> {
            assertThat(f.get("code").asText()).isEqualTo("latin-word");
            assertThat(f.get("field").asText()).isEqualTo(fieldOf(b -> b.contains("讲话精神 and 全会")));
            assertThat(f.get("message").asText()).contains("'and'");
        });
        // the caption and the credit, interleaved with the body as paragraphs of their own
        for (String line : List.of("会议现场", "胡漫雨 摄")) {
            String field = fieldOf(line::equals);
            assertThat(findings).as(line).anySatisfy(f -> {
                assertThat(f.get("code").asText()).isIn("paragraph-short", "paragraph-cut");
                assertThat(f.get("field").asText()).isEqualTo(field);
            });
        }
        // half-width , ( ) in Han text, in the paragraph that has all three
        assertThat(findings).anySatisfy(f -> {
            assertThat(f.get("code").asText()).isEqualTo("half-width-punctuation");
            assertThat(f.get("field").asText()).isEqualTo(fieldOf(b -> b.startsWith("本报讯(记者 胡漫雨)")));
            assertThat(f.get("message").asText()).contains(" ( ) , between Han characters").contains("（），");
        });
        assertThat(report.get("errors").asInt()).isEqualTo(findings.stream().filter(f -> f.get("severity").asText().equals("error")).count());
    }

    @Test
    void theTextReportHasOneLinePerFindingNamingFileArticleAndField() throws IOException {
        Transcript json = Transcript.run("check", page.toString(), "--json");
        Transcript text = Transcript.run("check", page.toString());
        assertThat(text.code()).isEqualTo(ExitCodes.PREFLIGHT);
        List<String> expected = new ArrayList<>();
        for (JsonNode f : new ObjectMapper().readTree(json.out()).get("findings")) {
            expected.add(f.get("severity").asText() + ": " + page + ": article 'seed': " + f.get("field").asText() + ": "
                    + f.get("message").asText());
        }
        List<String> lines = text.out().lines().filter(l -> l.startsWith("error: ") || l.startsWith("warning: ")).toList();
        assertThat(lines).containsExactlyElementsOf(expected);
        assertThat(text.out()).contains("1 error, ");
    }

    @Test
    void renderRefusesThePageOnTheDoubledParagraph() {
        Path out = dir.resolve("seed.pdf");
        Transcript r = Transcript.run("render", page.toString(), "-o", out.toString());
        assertThat(r.code()).isEqualTo(ExitCodes.PREFLIGHT);
        assertThat(r.err()).startsWith("error: " + page + ": article 'seed': ").contains("repeats").contains("newsprint check");
        assertThat(out).doesNotExist();
    }
}
