package newsprint.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import newsprint.Seed;
import newsprint.cli.ExitCodes;
import newsprint.cli.Transcript;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A font can be damaged and still parse: with its {@code loca} table zeroed, every character maps
 * to a glyph with no outline, and the page would print blank with exit 0. The check looks at the
 * glyphs' outlines, and the render stops with exit 6 naming the character and the font.
 */
class DamagedFontTest {
    @TempDir
    Path dir;

    /** A copy of {@code font} with its glyph locations all zero: every glyph empty, the file still a font. */
    static byte[] withEmptyGlyphs(Path font) throws IOException {
        byte[] bytes = Files.readAllBytes(font);
        ByteBuffer b = ByteBuffer.wrap(bytes);
        int tables = b.getShort(4) & 0xffff;
        for (int i = 0; i < tables; i++) {
            int entry = 12 + 16 * i;
            String tag = new String(bytes, entry, 4, StandardCharsets.US_ASCII);
            if (tag.equals("loca")) {
                int offset = b.getInt(entry + 8);
                int length = b.getInt(entry + 12);
                java.util.Arrays.fill(bytes, offset, offset + length, (byte) 0);
                return bytes;
            }
        }
        throw new IllegalStateException("no loca table in " + font);
    }

    @Test
    void aFontWhoseGlyphsAreEmptyStopsTheRenderNamingTheCharacter() throws IOException {
        Path layouts = dir.resolve("layouts");
        Files.createDirectories(layouts.resolve("tabloid"));
        Files.createDirectories(layouts.resolve("shared"));
        for (String file : new String[] {"page.html", "page.css"}) {
            Files.copy(Path.of("layouts/shared", file), layouts.resolve("shared").resolve(file));
        }
        Files.write(layouts.resolve("tabloid/Damaged.ttf"), withEmptyGlyphs(Path.of("fonts/NotoSerifSC-Regular.ttf")));
        Files.writeString(layouts.resolve("tabloid/layout.yaml"), Files.readString(Path.of("layouts/tabloid/layout.yaml"))
                .replace("serif: {file: NotoSerifSC-Regular.ttf", "serif: {file: Damaged.ttf"));
        Path page = Files.writeString(dir.resolve("page.yaml"), Seed.ONE_ARTICLE);
        Path out = dir.resolve("page.pdf");

        Transcript r = Transcript.run("render", page.toString(), "-o", out.toString(), "--layouts", layouts.toString());

        assertThat(r.code()).as(r.err()).isEqualTo(ExitCodes.MISSING_GLYPH);
        assertThat(r.err().lines().filter(l -> l.startsWith("error: ")).toList()).singleElement().asString()
                .contains("article 'lead'", "body[1]", "empty glyph in font serif", "damaged");
        assertThat(out).doesNotExist();
        Transcript check = Transcript.run("check", page.toString(), "--json", "--layouts", layouts.toString());
        assertThat(check.code()).isEqualTo(ExitCodes.PREFLIGHT);
        assertThat(check.out()).contains("\"glyph-blank\"");
    }
}
