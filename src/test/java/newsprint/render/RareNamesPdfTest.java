package newsprint.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import newsprint.Newsprint;
import newsprint.Seed;
import newsprint.check.Finding;
import newsprint.check.Finding.Code;
import newsprint.compose.ComposedPage;
import newsprint.finish.ArchiveFinish;
import newsprint.finish.PdfFinish;
import newsprint.finish.PrintFinish;
import newsprint.finish.StructureText;
import newsprint.layout.LayoutLibrary;
import newsprint.prepare.PreparedPage;
import newsprint.type.FontLibrary;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Names in CJK Extensions A, B and beyond print in the rare-character face, embedded, and come
 * back exactly from the print and the archive PDF: supplementary code points are written into the
 * ToUnicode map as surrogate pairs, so PDFBox and pdftotext read them as the page file has them.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RareNamesPdfTest {
    /** Ext A 䶮 (U+4DAE, in Noto), Ext B 𠮷 (U+20BB7) 𪚥 (U+2A6A5), Ext C 𫓧, Ext E 𬺰 (U+2CEB0), Ext F 𮧵 (U+2E9F5). */
    private static final String HEADLINE = "吉𠮷与刘䶮共话乡情";
    private static final String BODY = "本报讯村民吉𠮷、刘䶮与陈𪚥、李𫓧、张𬺰、赵𮧵昨日在溪畔共话乡情。"
            + "这些名字过去常因字库缺字被写成拼音或以近似字代替，如今都能原样印出。";
    private static final String CAPTION = "吉𠮷（左）与陈𪚥在村口合影";

    private Path dir;
    private final Map<String, byte[]> pdfs = new HashMap<>();
    private List<Finding> findings;

    @BeforeAll
    void render(@TempDir Path tempDir) throws IOException {
        dir = tempDir;
        Files.copy(Path.of("examples/seed/photos/meeting.jpg"), dir.resolve("photo.jpg"));
        Path page = Files.writeString(dir.resolve("page.yaml"), """
                edition: {paper: 南方日报, date: 2026-12-01}
                page: {number: 3, section: 人物}
                articles:
                  - id: names
                    headline: %s
                    body:
                      - %s
                    photos:
                      - {file: photo.jpg, caption: %s, credit: 本报记者 摄}
                """.formatted(HEADLINE, BODY, CAPTION), StandardCharsets.UTF_8);
        Newsprint newsprint = Newsprint.bundled();
        PreparedPage prepared = newsprint.prepare(page);
        findings = newsprint.check(prepared);
        newsprint.preflight(prepared);
        ComposedPage composed = newsprint.compose(prepared);
        for (PdfFinish finish : List.of(PrintFinish.standard(), new ArchiveFinish())) {
            byte[] pdf = newsprint.render(composed, finish);
            pdfs.put(finish.getClass().getSimpleName(), pdf);
            Files.write(dir.resolve(finish.getClass().getSimpleName() + ".pdf"), pdf);
        }
    }

    @Test
    void theCheckNamesTheRareFaceForEachCharacterNotoLacks() {
        assertThat(findings).noneMatch(Finding::isError);
        assertThat(findings).filteredOn(f -> f.code() == Code.GLYPH_FALLBACK).extracting(Finding::message)
                .contains("'𠮷' (U+20BB7) is not in font serif; the fallback font rare draws it",
                        "'𠮷' (U+20BB7) is not in font sans-bold; the fallback font rare draws it",
                        "'𪚥' (U+2A6A5) is not in font sans; the fallback font rare draws it",
                        "'𮧵' (U+2E9F5) is not in font serif; the fallback font rare draws it")
                .noneMatch(m -> m.contains("'䶮'")); // Extension A is in Noto SC itself
    }

    @Test
    void everyRareCharacterIsDrawnInTheEmbeddedRareFace() throws IOException {
        for (byte[] pdf : pdfs.values()) {
            Map<String, PDFont> fontOf = new HashMap<>();
            try (PDDocument doc = Loader.loadPDF(pdf)) {
                PDFTextStripper stripper = new PDFTextStripper() {
                    @Override
                    protected void writeString(String text, List<TextPosition> positions) throws IOException {
                        positions.forEach(p -> fontOf.putIfAbsent(p.getUnicode(), p.getFont()));
                        super.writeString(text, positions);
                    }
                };
                stripper.getText(doc);
                for (String rare : List.of("𠮷", "𪚥", "𬺰", "𮧵")) {
                    assertThat(fontOf.get(rare)).as(rare).isNotNull();
                    assertThat(fontOf.get(rare).getName()).as(rare).endsWith("+HanaMinB");
                    assertThat(fontOf.get(rare).isEmbedded()).as(rare).isTrue();
                }
                assertThat(fontOf.get("䶮").getName()).contains("+NotoS");
            }
        }
    }

    @Test
    void theToUnicodeMapWritesSupplementaryCharactersAsSurrogatePairs() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdfs.get("PrintFinish"))) {
            PDResources resources = doc.getPage(0).getResources();
            String map = null;
            for (COSName name : resources.getFontNames()) {
                PDFont font = resources.getFont(name);
                if (font.getName().endsWith("+HanaMinB")) {
                    try (var in = ((COSStream) font.getCOSObject().getDictionaryObject(COSName.TO_UNICODE)).createInputStream()) {
                        map = new String(in.readAllBytes(), StandardCharsets.US_ASCII);
                    }
                }
            }
            assertThat(map).as("the rare face's ToUnicode map").isNotNull();
            assertThat(map.toUpperCase()).contains("<D842DFB7>") // 𠮷 U+20BB7
                    .contains("<D869DEA5>") // 𪚥 U+2A6A5
                    .contains("<D87ADDF5>"); // 𮧵 U+2E9F5
        }
    }

    @Test
    void pdfBoxReadsTheTextBackExactlyFromThePrintAndTheArchive() throws IOException {
        for (byte[] pdf : pdfs.values()) {
            try (PDDocument doc = Loader.loadPDF(pdf)) {
                String text = Seed.squash(new PDFTextStripper().getText(doc));
                assertThat(text).contains(Seed.squash(HEADLINE)).contains(Seed.squash(CAPTION));
                assertThat(text.codePoints().filter(cp -> cp > 0xFFFF).count()).isEqualTo(
                        (HEADLINE + BODY + CAPTION).codePoints().filter(cp -> cp > 0xFFFF).count());
            }
        }
        try (PDDocument doc = Loader.loadPDF(pdfs.get("ArchiveFinish"))) {
            List<String> paragraphs = new ArrayList<>();
            List<String> headings = new ArrayList<>();
            for (StructureText.Block b : StructureText.read(doc)) {
                (b.type().equals("H1") ? headings : b.type().equals("P") ? paragraphs : new ArrayList<String>()).add(Seed.squash(b.text()));
            }
            assertThat(headings).containsExactly(HEADLINE);
            assertThat(paragraphs).containsExactly(Seed.squash(BODY));
        }
    }

    @Test
    void aPageWithoutRareCharactersNeverParsesTheRareFace() {
        // the 30 MB face would cost every page a fifth of a second of a cold start
        Newsprint fresh = new Newsprint(LayoutLibrary.bundled(), new FontLibrary());
        ComposedPage seed = fresh.compose(fresh.prepare(Seed.PAGE));
        fresh.render(seed);
        assertThat(seed.styles().faces().get("rare").inUse()).isFalse();
        assertThat(seed.styles().faces().get("serif").inUse()).isTrue();
    }

    @Test
    void aPageMakesTheSameBytesWhetherOrNotTheProcessHasParsedTheRareFace() {
        // the rare face is registered with the renderer once a page has used it; a page without
        // rare characters must not change for that
        Newsprint fresh = new Newsprint(LayoutLibrary.bundled(), new FontLibrary());
        byte[] before = fresh.render(fresh.compose(fresh.prepare(Seed.PAGE)));
        PreparedPage rare = fresh.prepare(dir.resolve("page.yaml"));
        fresh.render(fresh.compose(rare));
        assertThat(rare.layout().styles().faces().get("rare").inUse()).isTrue();
        assertThat(fresh.render(fresh.compose(fresh.prepare(Seed.PAGE)))).isEqualTo(before);
    }

    @Test
    void pdftotextReadsTheTextBackExactly() throws IOException, InterruptedException {
        for (String name : pdfs.keySet()) {
            Process p = new ProcessBuilder("pdftotext", "-raw", "-enc", "UTF-8", dir.resolve(name + ".pdf").toString(), "-")
                    .redirectErrorStream(true).start();
            String text = Seed.squash(new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
            assertThat(p.waitFor()).isZero();
            assertThat(text).as(name).contains(Seed.squash(HEADLINE)).contains(Seed.squash(BODY)).contains(Seed.squash(CAPTION));
        }
    }
}
