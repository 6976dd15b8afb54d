package newsprint.render;

import static newsprint.TestGrid.story;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import newsprint.Newsprint;
import newsprint.NewsprintException;
import newsprint.Seed;
import newsprint.TestFace;
import newsprint.TestGrid;
import newsprint.compose.ComposedPage;
import newsprint.compose.CopyFitReport;
import newsprint.compose.Figure;
import newsprint.compose.HeadLine;
import newsprint.compose.Module;
import newsprint.compose.TextFrame;
import newsprint.layout.LayoutLibrary;
import newsprint.prepare.PreparedPage;
import newsprint.type.FontLibrary;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A page set in the test face goes through the whole render: PDFBox embeds and subsets the
 * generated fonts, the paint check finds every character where the composer set it (it compares
 * glyph ids, and the test face gives each character its own), and the text comes back out.
 */
class TestFacePdfTest {
    @TempDir
    Path dir;

    private Path page() throws IOException {
        TestGrid.photo(dir, "p.png", 280, 240);
        return TestGrid.page(dir,
                story("lead", "天地玄黄宇宙洪荒").text("kicker", "日月盈昃").text("byline", "本报讯（记者 辰宿）")
                        .text("source", "测试社").paragraph("寒来暑往，秋收冬藏——闰余成岁，律吕调阳。newsprint 2024年……").body(12)
                        .photo("p.png", "云腾致雨", "记者 露结 摄", null),
                story("b", "金生丽水").body(8).subhead("玉出昆冈").body(6),
                story("c", "剑号巨阙").body(16));
    }

    @Test
    void embedsSubsetsAndPassesThePaintCheck() throws IOException {
        Newsprint newsprint = TestGrid.newsprint();
        PreparedPage prepared = newsprint.prepare(page());
        newsprint.preflight(prepared);
        ComposedPage composed = newsprint.compose(prepared);
        assertThat(composed.fits()).as(CopyFitReport.of(composed).toString()).isTrue();
        byte[] pdf = newsprint.render(composed); // the paint check runs inside: a line not painted as set throws

        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDPage page = doc.getPage(0);
            List<String> names = new ArrayList<>();
            for (COSName n : page.getResources().getFontNames()) {
                PDFont font = page.getResources().getFont(n);
                names.add(font.getName().substring(7));
                assertThat(font.getName()).matches("[A-Z]{6}\\+NewsprintTest-(Regular|Bold)");
                PDType0Font t0 = (PDType0Font) font;
                assertThat(t0.isEmbedded()).isTrue();
                PDStream file = t0.getDescendantFont().getFontDescriptor().getFontFile2();
                try (TrueTypeFont subset = new TTFParser(true).parse(new RandomAccessReadBuffer(file.toByteArray()))) {
                    // a glyph for each character the page sets in the face (83 and 41 here), their outlines
                    // and .notdef: a hundred or fewer of the face's 28,367
                    assertThat(subset.getNumberOfGlyphs()).as(font.getName()).isBetween(10, 100);
                }
            }
            assertThat(names).containsExactlyInAnyOrder(TestFace.Weight.REGULAR.postScriptName(), TestFace.Weight.BOLD.postScriptName());

            String text = Seed.squash(new PDFTextStripper().getText(doc));
            for (String line : setLines(composed)) {
                assertThat(text).as("the PDF's text gives back every line set").contains(Seed.squash(line));
            }
        }
    }

    @Test
    void thePaintCheckTellsTheTestFacesCharactersApart() throws IOException {
        // a stylesheet that prints the Latin words in capitals draws other glyphs than were set
        Path layouts = dir.resolve("layouts");
        Files.createDirectories(layouts.resolve(TestGrid.LAYOUT));
        Files.createDirectories(layouts.resolve(LayoutLibrary.SHARED));
        for (Path f : Files.newDirectoryStream(TestGrid.layouts().resolve(TestGrid.LAYOUT))) {
            Files.copy(f, layouts.resolve(TestGrid.LAYOUT).resolve(f.getFileName()));
        }
        Files.copy(Path.of("layouts/shared/page.html"), layouts.resolve("shared/page.html"));
        Files.writeString(layouts.resolve("shared/page.css"), Files.readString(Path.of("layouts/shared/page.css"))
                + "\n.para { text-transform: uppercase; }\n");
        Newsprint newsprint = new Newsprint(new LayoutLibrary(layouts), new FontLibrary());
        PreparedPage prepared = newsprint.prepare(page());
        ComposedPage composed = newsprint.compose(prepared);
        assertThatThrownBy(() -> newsprint.render(composed)).isInstanceOf(NewsprintException.RenderFailure.class)
                .hasMessageContaining("article 'lead': body line '律吕调阳。newspri…' is not printed as set: a character is not drawn at all");
    }

    /** Every line the composer set: heads, body and captions. */
    private static List<String> setLines(ComposedPage page) {
        List<String> lines = new ArrayList<>();
        for (Module m : page.modules()) {
            m.head().stream().map(HeadLine::line).forEach(l -> lines.add(l.text()));
            for (TextFrame f : m.frames()) {
                f.lines().forEach(l -> lines.add(l.line().text()));
            }
            for (Figure fig : m.figures()) {
                fig.caption().forEach(l -> lines.add(l.text()));
            }
        }
        return lines;
    }
}
