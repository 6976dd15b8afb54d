package newsprint.desk;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import newsprint.TestPhotos;
import newsprint.Seed;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The desk shows the findings {@code check} gives, the plate's ink among them: a photo delivered
 * in CMYK far over the press's ink limit is flagged in the page view, on its article, before
 * anyone signs the page off.
 */
@org.junit.jupiter.api.Timeout(value = 5, unit = java.util.concurrent.TimeUnit.MINUTES)
class DeskInkTest {
    @Test
    void aPhotoOverTheInkLimitShowsItsFindingOnItsArticle(@TempDir Path dir) throws Exception {
        Path folder = Files.createDirectories(dir.resolve("desk"));
        DeskFixture.copy(Seed.PAGE.getParent(), folder);
        // the seed's photo replaced by a CMYK one: half of it all four inks at 100 %, 400 % in all
        Files.write(folder.resolve("photos/meeting.jpg"), TestPhotos.adobeJpeg(new int[] {255, 255, 255, 255}, new int[] {0, 0, 0, 0}, false));
        try (DeskFixture desk = new DeskFixture(folder, "127.0.0.1", 30)) {
            HttpResponse<String> r = desk.get("/api/pages/1");
            assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
            JsonNode p = new ObjectMapper().readTree(r.body());
            assertThat(p.get("error").isNull()).as(r.body()).isTrue();
            JsonNode ink = null;
            for (JsonNode f : p.get("findings")) {
                if (f.get("code").asText().equals("ink-limit")) {
                    ink = f;
                }
            }
            assertThat(ink).as(r.body()).isNotNull();
            assertThat(ink.get("article").asText()).isNotBlank();
            assertThat(ink.get("message").asText()).contains("meeting.jpg").contains("400 %").contains("240 %");
        }
    }
}
