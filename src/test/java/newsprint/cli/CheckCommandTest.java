package newsprint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import newsprint.Seed;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code newsprint check} as a desk uses it: the example pages pass, findings are lines or JSON, errors exit 8. */
class CheckCommandTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"seed", "front-page", "photo-heavy", "overset"})
    void theExamplePagesHaveNoErrors(String example) {
        Transcript r = Transcript.run("check", "examples/" + example + "/page.yaml");
        assertThat(r.code()).as(r.out()).isZero();
        assertThat(r.out()).doesNotContain("error: ").contains(": 0 errors, ");
    }

    @Test
    void theSeedPageOnlyKeepsItsHalfWidthMarksAsWritten() throws IOException {
        Transcript r = Transcript.run("check", Seed.PAGE.toString(), "--json");
        JsonNode report = new ObjectMapper().readTree(r.out());
        assertThat(report.get("errors").asInt()).isZero();
        List<String> codes = new ArrayList<>();
        report.get("findings").forEach(f -> codes.add(f.get("code").asText()));
        assertThat(codes).isNotEmpty().containsOnly("half-width-punctuation");
    }

    @Test
    void jsonGivesSeverityArticleFieldCodeAndMessage() throws IOException {
        Path page = BadPages.edit(dir, "credit: 胡漫雨 摄", "credit: 胡漫雨 摄}\n      - {file: photos/meeting.jpg");
        Files.writeString(page, Files.readString(page).replace("headline: 广东省科协召开党组会议", "headline: 《》"));
        Transcript r = Transcript.run("check", page.toString(), "--json");
        assertThat(r.code()).isEqualTo(ExitCodes.PREFLIGHT);
        JsonNode report = new ObjectMapper().readTree(r.out());
        assertThat(report.get("page").asText()).isEqualTo(page.toString());
        assertThat(report.get("layout").asText()).isEqualTo("tabloid");
        assertThat(report.get("errors").asInt()).isEqualTo(1);
        assertThat(report.get("warnings").asInt()).isEqualTo(1);
        JsonNode first = report.get("findings").get(0);
        assertThat(first.get("severity").asText()).isEqualTo("error");
        assertThat(first.get("article").asText()).isEqualTo("lead");
        assertThat(first.get("field").asText()).isEqualTo("headline");
        assertThat(first.get("code").asText()).isEqualTo("headline-empty");
        JsonNode second = report.get("findings").get(1);
        assertThat(second.get("severity").asText()).isEqualTo("warning");
        assertThat(second.get("field").asText()).isEqualTo("photos[2].credit");
        assertThat(second.get("code").asText()).isEqualTo("photo-credit");
    }

    @Test
    void aPageTheReaderRefusesIsOneErrorLineWithTheReadersExitCode() throws IOException {
        Path page = BadPages.edit(dir, "    headline:", "    hedline: 一\n    headline:");
        Transcript r = Transcript.run("check", page.toString());
        assertThat(r.code()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(r.err().lines().filter(l -> l.startsWith("error: "))).singleElement().asString()
                .contains("page.yaml").contains("article 'lead'").contains("unknown field 'hedline'");
    }

    @Test
    void helpListsTheCheckCommandAndItsExitCode() {
        Transcript help = Transcript.run("--help");
        assertThat(help.out()).contains("check").contains("Preflight a page file");
        assertThat(help.out().lines().filter(l -> l.strip().startsWith("8 "))).singleElement().asString().contains("preflight");
        try (Stream<String> lines = Transcript.run("check", "--help").out().lines()) {
            assertThat(lines.filter(l -> l.strip().startsWith("--json"))).singleElement().asString().contains("JSON");
        }
    }
}
