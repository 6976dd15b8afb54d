package newsprint.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import newsprint.Newsprint;
import newsprint.Seed;
import newsprint.compose.ComposedPage;
import newsprint.model.PageFile;
import newsprint.type.Punctuation;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SeedPdfTest {
    private Newsprint newsprint;
    private PageFile pageFile;
    private byte[] pdf;

    @BeforeAll
    void render() {
        newsprint = Newsprint.bundled();
        pageFile = newsprint.read(Seed.PAGE);
        ComposedPage page = newsprint.compose(newsprint.prepare(pageFile));
        pdf = newsprint.render(page);
    }

    @Test
    void isOnePageUnderOneAndAHalfMegabytes() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getNumberOfPages()).isEqualTo(1);
        }
        assertThat(pdf.length).isLessThan(1_500_000);
    }

    @Test
    void embedsAndSubsetsEveryFont() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDPage page = doc.getPage(0);
            List<String> names = new ArrayList<>();
            for (COSName n : page.getResources().getFontNames()) {
                PDFont font = page.getResources().getFont(n);
                names.add(font.getName());
                assertThat(font).as(font.getName()).isInstanceOf(PDType0Font.class);
                PDType0Font t0 = (PDType0Font) font;
                assertThat(t0.isEmbedded()).as(font.getName()).isTrue();
                assertThat(t0.getDescendantFont().getFontDescriptor().getFontFile2()).as(font.getName()).isNotNull();
                assertThat(font.getName()).matches("[A-Z]{6}\\+Noto(Serif|Sans)SC-.*");
            }
            assertThat(names).hasSizeGreaterThanOrEqualTo(3);
        }
    }

    @Test
    void drawsEveryCharacterWithARealGlyphOfAnEmbeddedFont() throws IOException {
        List<String> problems = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void processTextPosition(TextPosition t) {
                    String u = t.getUnicode();
                    if (u == null || u.isEmpty() || u.contains("\uFFFD")) {
                        problems.add("no Unicode for code " + java.util.Arrays.toString(t.getCharacterCodes()));
                    }
                    for (int code : t.getCharacterCodes()) {
                        if (code == 0) {
                            problems.add(".notdef drawn for '" + u + "'");
                        }
                    }
                    if (!t.getFont().isEmbedded() || !t.getFont().getName().contains("+Noto")) {
                        problems.add("'" + u + "' drawn with fallback font " + t.getFont().getName());
                    }
                    super.processTextPosition(t);
                }
            };
            stripper.getText(doc);
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void givesBackEveryParagraphOfTheSeedWithoutRadicalLookalikes() throws IOException {
        String text;
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            text = Seed.squash(new PDFTextStripper().getText(doc));
        }
        for (String paragraph : Seed.printedParagraphs(pageFile.articles())) {
            assertThat(text).contains(paragraph);
        }
        for (var a : pageFile.articles()) {
            assertThat(text).contains(Seed.squash(Punctuation.normalize(a.headline())));
        }
        assertThat(text).contains("会议现场").contains("胡漫雨摄").contains("（佛山市科协）").contains("第3版");
        // Kangxi radicals and CJK radicals supplement: what a wrong ToUnicode map gives back for 月, 日, 大 …
        assertThat(text.codePoints().filter(cp -> cp >= 0x2E80 && cp <= 0x2FDF).count()).isZero();
    }

    @Test
    void rendersTheSameBytesTwice() {
        byte[] again = newsprint.render(newsprint.compose(newsprint.prepare(Seed.PAGE)));
        assertThat(again).isEqualTo(pdf);
    }
}
