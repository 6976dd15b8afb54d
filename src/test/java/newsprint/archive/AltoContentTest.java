package newsprint.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.xml.parsers.DocumentBuilderFactory;
import newsprint.Newsprint;
import newsprint.Seed;
import newsprint.compose.ComposedPage;
import newsprint.finish.ArchiveFinish;
import newsprint.model.Article;
import newsprint.model.Photo;
import newsprint.type.Punctuation;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * What the ALTO file says is what the page prints: each article's text, block by block, is its
 * page-file text as printed, and every word's box holds exactly the glyphs PDFBox reads back
 * from the archive PDF at that place.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AltoContentTest {
    /** How far a printed glyph may sit from its word's box, in points: the renderer's rounding, never a character's width. */
    private static final double TOLERANCE_PT = 1.0;

    private final Newsprint newsprint = Newsprint.bundled();

    @ParameterizedTest
    @ValueSource(strings = {"seed", "front-page", "photo-heavy"})
    void eachArticlesAltoTextIsItsTextAsPrinted(String example) throws Exception {
        ComposedPage page = newsprint.compose(newsprint.prepare(Path.of("examples", example, "page.yaml")));
        Document alto = parse(Sidecars.of(ArchiveEdition.ofPage(page, "p.pdf")).get(0).bytes());
        NodeList articles = alto.getElementsByTagName("ComposedBlock");
        assertThat(articles.getLength()).isEqualTo(page.modules().size());
        for (int i = 0; i < articles.getLength(); i++) {
            Element block = (Element) articles.item(i);
            Article article = page.prepared().article(block.getAttribute("ID").substring("ART_".length()));
            assertThat(paragraphs(block)).as("article '%s'", article.id()).containsExactlyElementsOf(expected(article, page));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"seed", "front-page", "photo-heavy"})
    void everyWordsBoxHoldsTheGlyphsPrintedThere(String example) throws Exception {
        ComposedPage page = newsprint.compose(newsprint.prepare(Path.of("examples", example, "page.yaml")));
        List<ArchiveFile> sidecars = Sidecars.of(ArchiveEdition.ofPage(page, "p.pdf"));
        Document alto = parse(sidecars.get(0).bytes());
        List<TextPosition> glyphs;
        try (PDDocument pdf = Loader.loadPDF(newsprint.render(page, new ArchiveFinish(sidecars)))) {
            glyphs = glyphs(pdf);
        }
        NodeList strings = alto.getElementsByTagName("String");
        assertThat(strings.getLength()).isGreaterThan(50);
        Set<TextPosition> claimed = new HashSet<>();
        for (int i = 0; i < strings.getLength(); i++) {
            Element s = (Element) strings.item(i);
            Element line = (Element) s.getParentNode();
            double x0 = pt(s, "HPOS");
            double x1 = x0 + pt(s, "WIDTH");
            double baseline = Double.parseDouble(line.getAttribute("BASELINE").split("[ ,]")[1]) / AltoWriter.MM10_PER_PT;
            StringBuilder found = new StringBuilder();
            for (TextPosition g : glyphs) {
                if (g.getUnicode().isBlank()) {
                    continue; // a space is an SP between words, not part of one
                }
                double gx = g.getXDirAdj() + g.getWidthDirAdj() / 2;
                if (Math.abs(g.getYDirAdj() - baseline) <= TOLERANCE_PT && gx >= x0 - TOLERANCE_PT && gx <= x1 + TOLERANCE_PT) {
                    found.append(g.getUnicode());
                    assertThat(claimed.add(g)).as("a glyph in two words' boxes").isTrue();
                }
            }
            assertThat(found.toString()).as("what the PDF prints in the box of %s", s.getAttribute("ID")).isEqualTo(s.getAttribute("CONTENT"));
        }
        // and nothing printed is outside every box but the folio (a pagination artifact, not in the ALTO)
        double folioBottom = page.grid().folio().bottomPt();
        assertThat(glyphs.stream().filter(g -> !claimed.contains(g) && g.getYDirAdj() > folioBottom && !g.getUnicode().isBlank())
                .map(TextPosition::getUnicode)).isEmpty();
    }

    /** Every glyph on the PDF's first page, with its baseline and left edge in points from the top left. */
    static List<TextPosition> glyphs(PDDocument pdf) throws Exception {
        List<TextPosition> out = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void processTextPosition(TextPosition text) {
                out.add(text);
            }
        };
        stripper.getText(pdf);
        return out;
    }

    /** The article's blocks as a reader joins them: parts chained by IDNEXT, lines run together, spaces between words kept. */
    static List<String> paragraphs(Element article) {
        Map<String, Element> byId = new TreeMap<>();
        Set<String> continuations = new HashSet<>();
        NodeList blocks = article.getElementsByTagName("TextBlock");
        for (int i = 0; i < blocks.getLength(); i++) {
            Element b = (Element) blocks.item(i);
            byId.put(b.getAttribute("ID"), b);
            if (b.hasAttribute("IDNEXT")) {
                continuations.add(b.getAttribute("IDNEXT"));
            }
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < blocks.getLength(); i++) {
            Element b = (Element) blocks.item(i);
            if (continuations.contains(b.getAttribute("ID"))) {
                continue;
            }
            StringBuilder text = new StringBuilder();
            for (Element part = b; part != null; part = part.hasAttribute("IDNEXT") ? byId.get(part.getAttribute("IDNEXT")) : null) {
                NodeList lines = part.getElementsByTagName("TextLine");
                for (int l = 0; l < lines.getLength(); l++) {
                    NodeList words = ((Element) lines.item(l)).getChildNodes();
                    for (int w = 0; w < words.getLength(); w++) {
                        if (words.item(w) instanceof Element word) {
                            text.append(word.getTagName().equals("SP") ? " " : word.getAttribute("CONTENT"));
                        }
                    }
                    text.append(' '); // a line's end ends a word (a Han line break takes the space out again below)
                }
            }
            out.add(squash(text.toString()));
        }
        return out;
    }

    /** The article's text blocks as printed: head, body (byline run in), source line, captions with credits. */
    private static List<String> expected(Article a, ComposedPage page) {
        List<String> out = new ArrayList<>();
        for (String head : new String[] {a.kicker(), a.headline(), a.subheadline()}) {
            if (head != null) {
                out.add(Seed.squash(head));
            }
        }
        out.addAll(Seed.printedParagraphs(List.of(a)));
        if (a.source() != null) {
            out.add(Seed.squash(page.prepared().layout().sourceLine(a.source())));
        }
        for (Photo p : a.photos()) {
            if (p.caption() != null || p.credit() != null) {
                out.add(Seed.squash((p.caption() == null ? "" : p.caption()) + (p.credit() == null ? "" : p.credit())));
            }
        }
        return out.stream().map(Punctuation::normalize).map(AltoContentTest::squash).toList();
    }

    /** Text without spaces of any kind: ALTO keeps words, and writes every space (an ideographic one too) as an SP. */
    static String squash(String s) {
        return s.replaceAll("[\\s\\p{Z}]+", "");
    }

    private static double pt(Element e, String attribute) {
        return Double.parseDouble(e.getAttribute(attribute)) / AltoWriter.MM10_PER_PT;
    }

    static Document parse(byte[] xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }
}
