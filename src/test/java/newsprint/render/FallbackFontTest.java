package newsprint.render;

import newsprint.DrawnText;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import newsprint.Newsprint;
import newsprint.check.Finding;
import newsprint.check.Finding.Code;
import newsprint.cli.ExitCodes;
import newsprint.cli.Transcript;
import newsprint.prepare.PreparedPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rare characters: the bundled Serif SC lacks 𰻝 (U+30EDD) and Sans SC lacks 鿰 (U+9FF0). The
 * layout's fallback chain names which font draws them; the check says so, and the PDF really
 * draws them with that font, embedded. A character no font has stays an error.
 */
class FallbackFontTest {
    private static final String PAGE = """
            edition: {paper: 科技报, date: 2024-07-25}
            page: {number: 3, section: 科协动态}
            articles:
              - id: noodles
                headline: 西安老街鿰记面馆开业
                body:
                  - 7月24日，西安一家𰻝𰻝面馆开业，食客排起长队。
            """;

    @TempDir
    Path dir;

    private Path page(String text) throws IOException {
        return Files.writeString(dir.resolve("page.yaml"), text);
    }

    /** The bundled tabloid layout copied to {@code dir/layouts}, its layout.yaml edited. */
    private Path layouts(String from, String to) throws IOException {
        Path target = Files.createDirectories(dir.resolve("layouts/tabloid"));
        for (String f : List.of("layout.yaml", "page.html", "page.css")) {
            Files.copy(Path.of(f.equals("layout.yaml") ? "layouts/tabloid" : "layouts/shared", f), target.resolve(f));
        }
        String yaml = Files.readString(target.resolve("layout.yaml"));
        assertThat(yaml).contains(from);
        Files.writeString(target.resolve("layout.yaml"), yaml.replace(from, to));
        return dir.resolve("layouts");
    }

    @Test
    void theCheckNamesTheFallbackFontThatDrawsEachRareCharacter() throws IOException {
        Newsprint newsprint = Newsprint.bundled();
        List<Finding> findings = newsprint.check(newsprint.prepare(page(PAGE)));
        assertThat(findings).noneMatch(Finding::isError);
        assertThat(findings).filteredOn(f -> f.code() == Code.GLYPH_FALLBACK).extracting(Finding::field, Finding::message)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("headline", "'鿰' (U+9FF0) is not in font sans-bold; the fallback font serif-bold draws it"),
                        org.assertj.core.groups.Tuple.tuple("body[1]", "'𰻝' (U+30EDD) is not in font serif; the fallback font sans draws it"));
    }

    @Test
    void thePdfDrawsThemWithTheEmbeddedFallbackFont() throws IOException {
        Newsprint newsprint = Newsprint.bundled();
        PreparedPage prepared = newsprint.prepare(page(PAGE));
        newsprint.preflight(prepared);
        byte[] pdf = newsprint.render(newsprint.compose(prepared));
        DrawnText drawn = DrawnText.of(pdf);
        Map<String, String> fontOf = drawn.fontOf();
        String text = drawn.text();
        assertThat(text).contains("𰻝𰻝面馆").contains("鿰记面馆");
        assertThat(fontOf.get("𰻝")).endsWith("+NotoSansSC-Regular");
        assertThat(fontOf.get("食")).endsWith("+NotoSerifSC-Regular");
        assertThat(fontOf.get("鿰")).endsWith("+NotoSerifSC-Bold");
        assertThat(fontOf.get("馆")).endsWith("+NotoSansSC-Bold");
    }

    @Test
    void withoutAFallbackChainTheCharacterIsAnErrorAndRenderStops() throws IOException {
        Path layouts = layouts("fallback: [serif, sans, serif-bold, sans-bold, rare]\n", "");
        Path page = page(PAGE);
        Transcript check = Transcript.run("check", page.toString(), "--layouts", layouts.toString());
        assertThat(check.code()).isEqualTo(ExitCodes.PREFLIGHT);
        assertThat(check.out()).contains("error: " + page + ": article 'noodles': body[1]: '𰻝' (U+30EDD) is not in font serif nor in any "
                + "fallback font of layout 'tabloid'");
        Path out = dir.resolve("out.pdf");
        Transcript render = Transcript.run("render", page.toString(), "-o", out.toString(), "--layouts", layouts.toString());
        assertThat(render.code()).isEqualTo(ExitCodes.MISSING_GLYPH);
        assertThat(render.err()).contains("article 'noodles'").contains("U+30EDD").contains("U+9FF0");
        assertThat(out).doesNotExist();
    }

    @Test
    void aFolioCharacterTheFolioFontLacksIsDrawnByTheFallbackAndOneNoFontHasIsAnError() throws IOException {
        // the folio's families list its fallback faces (names in the folio are names too: 责任编辑 吉𠮷)
        Path page = page(PAGE.replace("section: 科协动态", "section: 鿰记专版, editor: 吉𠮷"));
        Transcript check = Transcript.run("check", page.toString());
        assertThat(check.code()).isZero();
        assertThat(check.out()).contains("warning: " + page + ": page.section: '鿰' (U+9FF0) is not in font sans; the fallback font serif draws it")
                .contains("warning: " + page + ": page.editor: '𠮷' (U+20BB7) is not in font sans; the fallback font rare draws it");
        Newsprint newsprint = Newsprint.bundled();
        DrawnText drawn = DrawnText.of(newsprint.render(newsprint.compose(newsprint.prepare(page))));
        Map<String, String> fontOf = drawn.fontOf();
        assertThat(drawn.text()).contains("鿰记专版").contains("责任编辑：吉𠮷");
        assertThat(fontOf.get("鿰")).endsWith("+NotoSerifSC-Regular");
        assertThat(fontOf.get("𠮷")).endsWith("+HanaMinB");

        Path none = page(PAGE.replace("section: 科协动态", "section: 科协" + new String(Character.toChars(0x2A6D7))));
        Transcript missing = Transcript.run("check", none.toString());
        assertThat(missing.code()).isEqualTo(ExitCodes.PREFLIGHT);
        assertThat(missing.out()).contains("error: " + none + ": page.section: '\uD869\uDED7' (U+2A6D7) is not in font sans nor in any fallback font".translateEscapes());
        Transcript render = Transcript.run("render", none.toString(), "-o", dir.resolve("out.pdf").toString());
        assertThat(render.code()).isEqualTo(ExitCodes.MISSING_GLYPH);
        assertThat(render.err()).startsWith("error: " + none + ": page.section: ");
    }

    @Test
    void aFallbackNamingAnUnknownFontIsRefused() throws IOException {
        Path layouts = layouts("fallback: [serif,", "fallback: [song-rare, serif,");
        Transcript r = Transcript.run("check", page(PAGE).toString(), "--layouts", layouts.toString());
        assertThat(r.code()).isEqualTo(ExitCodes.MISSING_RESOURCE);
        assertThat(r.err()).contains(layouts.resolve("tabloid/layout.yaml") + ": fallback[1] names the unknown font 'song-rare'");
    }

}
