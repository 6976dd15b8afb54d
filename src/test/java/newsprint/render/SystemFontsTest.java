package newsprint.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.pdmodel.font.FontMappers;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * PDFBox, left to itself, looks among the system's fonts for a stand-in whenever a document names
 * a font it does not embed, and OpenHTMLtoPDF names fourteen in every print render: on a
 * machine's first run it parsed every installed font (a cold render took 7 s instead of 2) and
 * wrote a cache into the user's home. A render must read no font outside newsprint's own.
 */
class SystemFontsTest {
    @TempDir
    Path dir;

    @Test
    void aRenderLeavesTheUsersHomeEmpty() throws Exception {
        Path home = Files.createDirectories(dir.resolve("home"));
        Path out = dir.resolve("out.pdf");
        List<String> cmd = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), "-Duser.home=" + home, "-Dnewsprint.fonts=fonts", "newsprint.cli.Main",
                "render", "examples/seed/page.yaml", "-o", out.toString());
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String said = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor()).as(said).isZero();
        assertThat(out).isNotEmptyFile();
        try (Stream<Path> left = Files.walk(home)) {
            assertThat(left.filter(f -> !f.equals(home)).toList()).as("what the render left in the user's home").isEmpty();
        }
    }

    /** ImageIO, left to itself, copies every picture read from memory into a temporary file first (a write per photo per render). */
    @Test
    void picturesAreReadFromMemoryWithoutATemporaryFile() {
        newsprint.Newsprint.bundled();
        assertThat(javax.imageio.ImageIO.getUseCache()).isFalse();
    }

    @Test
    void aFontNotEmbeddedStandsInAsPdfboxsOwnLiberationSans() throws Exception {
        new PdfRenderer();
        assertThat(FontMappers.instance()).isInstanceOf(ConfinedFontMapper.class);
        PDType1Font courier = new PDType1Font(Standard14Fonts.FontName.COURIER);
        // drawn (an ad that left a font out would be), it has outlines; measured, the standard widths
        assertThat(courier.getFontBoxFont().getName()).isEqualTo("LiberationSans");
        assertThat(courier.getStringWidth("abc")).isEqualTo(1800f);
    }
}
