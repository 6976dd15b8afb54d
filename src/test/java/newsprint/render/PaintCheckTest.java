package newsprint.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import newsprint.Seed;
import newsprint.cli.ExitCodes;
import newsprint.cli.Transcript;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A layout's stylesheet that hides, whitens, moves, shrinks, clips or fades the article text
 * would give a page with text missing that the copy-fit calls "fits". The render checks the page
 * it painted against the lines it set, and stops with exit 7 naming the article.
 */
class PaintCheckTest {
    @TempDir
    Path dir;

    static Stream<Arguments> stylesheets() {
        return Stream.of(
                Arguments.of("white text", ".para { color: cmyk(0, 0, 0, 0); }", "not in 100% black"),
                Arguments.of("RGB black text", ".para { color: #000000; }", "not in 100% black"),
                Arguments.of("hidden columns", ".column { visibility: hidden; }", "not drawn at all"),
                Arguments.of("no columns", ".column { display: none; }", "not drawn at all"),
                Arguments.of("shrunk text", ".para .ln, .para .ln span { font-size: 2pt !important; }", "pt instead of"),
                Arguments.of("moved columns", ".column { margin-left: 40pt; }", "away from its line"),
                Arguments.of("clipped columns", ".column { overflow: hidden; max-height: 5pt; }", "clipped away"),
                Arguments.of("faded text", ".para { color: rgba(0, 0, 0, 0.1); }", "transparent"));
    }

    private Path layouts(String css) throws IOException {
        Path layouts = dir.resolve("layouts");
        Files.createDirectories(layouts.resolve("tabloid"));
        Files.createDirectories(layouts.resolve("shared"));
        Files.copy(Path.of("layouts/tabloid/layout.yaml"), layouts.resolve("tabloid/layout.yaml"));
        Files.copy(Path.of("layouts/shared/page.html"), layouts.resolve("shared/page.html"));
        Files.writeString(layouts.resolve("shared/page.css"), Files.readString(Path.of("layouts/shared/page.css")) + "\n" + css + "\n");
        return layouts;
    }

    private Path page() throws IOException {
        return Files.writeString(dir.resolve("page.yaml"), Seed.ONE_ARTICLE + "      - 会议强调，全省科协系统要加强组织领导，迅速兴起学习热潮。\n");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stylesheets")
    void aStylesheetThatChangesHowTheTextPrintsStopsTheRender(String name, String css, String reason) throws IOException {
        Path out = dir.resolve("page.pdf");
        Transcript r = Transcript.run("render", page().toString(), "-o", out.toString(), "--layouts", layouts(css).toString());
        assertThat(r.code()).as(r.err()).isEqualTo(ExitCodes.RENDER_FAILURE);
        assertThat(r.err().lines().filter(l -> l.startsWith("error: ")).toList()).singleElement().asString()
                .contains("article 'lead'", "not printed as set", reason);
        assertThat(out).doesNotExist();
    }

    @Test
    void aStylesheetThatOnlyStylesRulesAndDetailsPasses() throws IOException {
        Path out = dir.resolve("page.pdf");
        Transcript r = Transcript.run("render", page().toString(), "-o", out.toString(), "--layouts",
                layouts(".folio { border-bottom-width: 2pt; } figure .crop { background: cmyk(0, 0, 0, 0.3); }").toString());
        assertThat(r.code()).as(r.err()).isZero();
    }
}
