package newsprint.archive;

import newsprint.Digest;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import newsprint.Newsprint;
import newsprint.compose.ComposedPage;
import newsprint.compose.Module;
import newsprint.model.BodyBlock;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The METS file describes the page as the ALTO file holds it, and the articles file gives an
 * indexer each article whole; an edition of two pages with a jumped article is one article
 * across both pages' ALTO files.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MetsContentTest {
    private final Newsprint newsprint = Newsprint.bundled();
    private ComposedPage seed;
    private ComposedPage front;

    @BeforeAll
    void compose() {
        seed = newsprint.compose(newsprint.prepare(Path.of("examples/seed/page.yaml")));
        front = newsprint.compose(newsprint.prepare(Path.of("examples/front-page/page.yaml")));
    }

    @Test
    void everyAltoBlockIsPartOfOneArticlePartAndEveryAreaPointsAtOne() throws Exception {
        List<ArchiveFile> files = Sidecars.of(ArchiveEdition.ofPage(seed, "seed.pdf"));
        Document alto = AltoContentTest.parse(files.get(0).bytes());
        Document mets = AltoContentTest.parse(files.get(1).bytes());
        Element file = (Element) mets.getElementsByTagNameNS(MetsWriter.NAMESPACE, "file").item(0);
        assertThat(file.getAttribute("CHECKSUM")).isEqualTo(Digest.sha256(files.get(0).bytes()));
        assertThat(((Element) file.getElementsByTagNameNS(MetsWriter.NAMESPACE, "FLocat").item(0))
                .getAttributeNS(MetsWriter.XLINK, "href")).isEqualTo("seed.alto.xml");

        List<String> referenced = new ArrayList<>();
        NodeList areas = mets.getElementsByTagNameNS(MetsWriter.NAMESPACE, "area");
        for (int i = 0; i < areas.getLength(); i++) {
            Element area = (Element) areas.item(i);
            assertThat(area.getAttribute("FILEID")).isEqualTo(file.getAttribute("ID"));
            assertThat(byId(alto, area.getAttribute("BEGIN"))).as(area.getAttribute("BEGIN")).isNotNull();
            if (!((Element) area.getParentNode().getParentNode()).getAttribute("TYPE").equals("byline")) {
                referenced.add(area.getAttribute("BEGIN"));
            }
        }
        List<String> blocks = new ArrayList<>();
        for (String tag : new String[] {"TextBlock", "Illustration"}) {
            NodeList nodes = alto.getElementsByTagName(tag);
            for (int i = 0; i < nodes.getLength(); i++) {
                blocks.add(((Element) nodes.item(i)).getAttribute("ID"));
            }
        }
        assertThat(referenced).containsExactlyInAnyOrderElementsOf(blocks);
    }

    @Test
    void theLogicalStructureIsEditionPageArticleWithItsPartsInReadingOrder() throws Exception {
        Document mets = AltoContentTest.parse(Sidecars.of(ArchiveEdition.ofPage(seed, "seed.pdf")).get(1).bytes());
        Element logical = structMap(mets, "LOGICAL");
        Element issue = children(logical).get(0);
        assertThat(issue.getAttribute("TYPE")).isEqualTo("issue");
        Element page = children(issue).get(0);
        assertThat(page.getAttribute("TYPE")).isEqualTo("page");
        List<Element> articles = children(page);
        assertThat(articles).extracting(a -> a.getAttribute("LABEL")).containsExactlyElementsOf(seed.headlines());
        List<String> lead = children(articles.get(0)).stream().map(e -> e.getAttribute("TYPE")).toList();
        long paragraphs = seed.modules().get(0).article().body().stream().filter(b -> b instanceof BodyBlock.Paragraph).count();
        assertThat(lead.subList(0, 3)).containsExactly("headline", "subheadline", "byline");
        assertThat(lead.stream().filter("paragraph"::equals).count()).isEqualTo(paragraphs);
        assertThat(lead.get(lead.size() - 1)).isEqualTo("illustration");
        // a paragraph a column break split is one paragraph: a sequence of its two blocks
        assertThat(mets.getElementsByTagNameNS(MetsWriter.NAMESPACE, "seq").getLength()).isGreaterThan(0);
    }

    @Test
    void theBylineAreaIsTheBylinesWords() throws Exception {
        List<ArchiveFile> files = Sidecars.of(ArchiveEdition.ofPage(seed, "seed.pdf"));
        Document alto = AltoContentTest.parse(files.get(0).bytes());
        Document mets = AltoContentTest.parse(files.get(1).bytes());
        NodeList divs = mets.getElementsByTagNameNS(MetsWriter.NAMESPACE, "div");
        for (int i = 0; i < divs.getLength(); i++) {
            Element div = (Element) divs.item(i);
            if (div.getAttribute("TYPE").equals("byline")) {
                Element area = (Element) div.getElementsByTagNameNS(MetsWriter.NAMESPACE, "area").item(0);
                StringBuilder text = new StringBuilder();
                NodeList strings = alto.getElementsByTagName("String");
                boolean in = false;
                for (int s = 0; s < strings.getLength(); s++) {
                    Element str = (Element) strings.item(s);
                    in |= str.getAttribute("ID").equals(area.getAttribute("BEGIN"));
                    if (in) {
                        text.append(str.getAttribute("CONTENT"));
                    }
                    if (str.getAttribute("ID").equals(area.getAttribute("END"))) {
                        break;
                    }
                }
                assertThat(text.toString()).isEqualTo(AltoContentTest.squash(seed.modules().get(0).article().byline()));
                return;
            }
        }
        throw new AssertionError("no byline in the METS");
    }

    @Test
    void theArticlesFileGivesEachArticleWholeWithItsModule() throws Exception {
        byte[] jsonl = Sidecars.of(ArchiveEdition.ofPage(seed, "seed.pdf")).get(2).bytes();
        List<String> lines = new String(jsonl, StandardCharsets.UTF_8).lines().toList();
        assertThat(lines).hasSize(seed.modules().size());
        ObjectMapper json = new ObjectMapper();
        for (int i = 0; i < lines.size(); i++) {
            JsonNode a = json.readTree(lines.get(i));
            Module m = seed.modules().get(i);
            assertThat(a.get("edition").get("paper").asText()).isEqualTo("科技报");
            assertThat(a.get("page").asInt()).isEqualTo(3);
            assertThat(a.get("id").asText()).isEqualTo(m.article().id());
            assertThat(a.get("headline").asText()).isEqualTo(m.article().headline());
            assertThat(a.get("text").asText()).startsWith(m.article().body().get(0).text());
            for (BodyBlock b : m.article().body()) {
                assertThat(a.get("text").asText().lines().toList()).contains(b.text());
            }
            assertThat(a.get("boxes").get(0).get("xPt").asDouble()).isCloseTo(m.rect().xPt(), org.assertj.core.data.Offset.offset(0.01));
            assertThat(a.get("boxes").get(0).get("heightPt").asDouble()).isCloseTo(m.rect().heightPt(), org.assertj.core.data.Offset.offset(0.01));
            assertThat(a.get("jump")).isEmpty();
        }
    }

    @Test
    void anEditionOfTwoPagesWithAJumpIsOneArticleAcrossBothAltoFiles() throws Exception {
        String stem = ArchiveEdition.stem("kejibao", seed.page().edition().date(), 0);
        ArchivePage one = new ArchivePage(front, ArchiveEdition.stem("kejibao", seed.page().edition().date(), 1) + ".alto.xml", stem + ".pdf", 1);
        ArchivePage three = new ArchivePage(seed, ArchiveEdition.stem("kejibao", seed.page().edition().date(), 3) + ".alto.xml", stem + ".pdf", 2);
        String jumped = front.modules().get(1).article().id();
        ArchiveEdition edition = new ArchiveEdition(stem, seed.page().edition(), List.of(one, three), stem + ".mets.xml",
                stem + ".articles.jsonl", List.of(new ArchiveEdition.Jump(new ArticleRef(0, jumped), new ArticleRef(1, "shenzhen"))));
        assertThat(one.altoName()).isEqualTo("kejibao_20240725_001.alto.xml");
        List<ArchiveFile> files = Sidecars.of(edition);
        assertThat(files).extracting(ArchiveFile::name).containsExactly("kejibao_20240725_001.alto.xml",
                "kejibao_20240725_003.alto.xml", "kejibao_20240725.mets.xml", "kejibao_20240725.articles.jsonl");
        assertThat(Schemas.problems(Schemas.METS, files.get(2).bytes())).isEmpty();
        Document mets = AltoContentTest.parse(files.get(2).bytes());
        Element article = byId(mets, "ART_1_" + jumped);
        Set<String> altoFiles = new HashSet<>();
        NodeList areas = article.getElementsByTagNameNS(MetsWriter.NAMESPACE, "area");
        for (int i = 0; i < areas.getLength(); i++) {
            altoFiles.add(((Element) areas.item(i)).getAttribute("FILEID"));
        }
        assertThat(altoFiles).containsExactlyInAnyOrder("ALTO_1", "ALTO_2");
        Map<String, String> hrefs = new HashMap<>();
        NodeList locations = mets.getElementsByTagNameNS(MetsWriter.NAMESPACE, "FLocat");
        for (int i = 0; i < locations.getLength(); i++) {
            Element l = (Element) locations.item(i);
            hrefs.put(((Element) l.getParentNode()).getAttribute("ID"), l.getAttributeNS(MetsWriter.XLINK, "href"));
        }
        assertThat(hrefs).containsEntry("PDF_2", "kejibao_20240725.pdf#page=2").containsEntry("ALTO_2", "kejibao_20240725_003.alto.xml");
        NodeList links = mets.getElementsByTagNameNS(MetsWriter.NAMESPACE, "smLink");
        List<String> linked = new ArrayList<>();
        for (int i = 0; i < links.getLength(); i++) {
            Element l = (Element) links.item(i);
            if (l.getAttributeNS(MetsWriter.XLINK, "from").equals("ART_1_" + jumped)) {
                linked.add(l.getAttributeNS(MetsWriter.XLINK, "to"));
            }
        }
        assertThat(linked).containsExactly("PHYS_1", "PHYS_2");
        // the continuation is not an article of its own, and the indexer gets the jump
        assertThat(byId(mets, "ART_2_shenzhen")).isNull();
        List<String> lines = new String(files.get(3).bytes(), StandardCharsets.UTF_8).lines().toList();
        assertThat(lines).hasSize(front.modules().size() + seed.modules().size() - 1);
        JsonNode a = new ObjectMapper().readTree(lines.get(1));
        assertThat(a.get("id").asText()).isEqualTo(jumped);
        assertThat(a.get("jump").get(0).asInt()).isEqualTo(3);
        assertThat(a.get("boxes")).hasSize(2);
        assertThat(a.get("text").asText()).contains(seed.prepared().article("shenzhen").body().get(0).text());
    }

    /** The element whose ID attribute is {@code id} (the DOM knows no ID types without a schema), or null. */
    private static Element byId(Document doc, String id) {
        NodeList all = doc.getElementsByTagNameNS("*", "*");
        for (int i = 0; i < all.getLength(); i++) {
            Element e = (Element) all.item(i);
            if (e.getAttribute("ID").equals(id)) {
                return e;
            }
        }
        return null;
    }

    private static Element structMap(Document mets, String type) {
        NodeList maps = mets.getElementsByTagNameNS(MetsWriter.NAMESPACE, "structMap");
        for (int i = 0; i < maps.getLength(); i++) {
            if (((Element) maps.item(i)).getAttribute("TYPE").equals(type)) {
                return (Element) maps.item(i);
            }
        }
        throw new AssertionError("no " + type + " structMap");
    }

    private static List<Element> children(Element e) {
        List<Element> out = new ArrayList<>();
        for (org.w3c.dom.Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element c) {
                out.add(c);
            }
        }
        return out;
    }
}
