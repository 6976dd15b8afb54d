package newsprint.finish;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import newsprint.Newsprint;
import newsprint.archive.ArchiveFile;
import newsprint.compose.ComposedPage;
import newsprint.compose.Module;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The archive's tags read as the page does: one {@code Art} per article in reading order, its
 * head first, paragraphs holding their text (no {@code Div} per set line), each photo a
 * {@code Figure} followed by its {@code Caption}; the folio is no text of the document; and the
 * sidecars travel in the PDF as supplements.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ArchiveTagsTest {
    private final Newsprint newsprint = Newsprint.bundled();

    @ParameterizedTest
    @ValueSource(strings = {"seed", "front-page", "photo-heavy"})
    void eachArticleIsAnArtWithItsHeadFirstAndNoLineIsABlock(String example) throws Exception {
        ComposedPage page = newsprint.compose(newsprint.prepare(Path.of("examples", example, "page.yaml")));
        List<ArchiveFile> files = newsprint.archive(page, example + ".pdf");
        try (PDDocument doc = Loader.loadPDF(files.get(0).bytes())) {
            PDStructureElement document = (PDStructureElement) doc.getDocumentCatalog().getStructureTreeRoot().getKids().get(0);
            List<PDStructureElement> arts = elements(document);
            assertThat(arts).extracting(PDStructureElement::getStructureType).containsOnly("Art");
            assertThat(arts).extracting(PDStructureElement::getTitle).containsExactlyElementsOf(page.headlines());
            TextOfTags text = new TextOfTags(doc);
            for (int i = 0; i < arts.size(); i++) {
                Module m = page.modules().get(i);
                List<PDStructureElement> kids = elements(arts.get(i));
                int h1 = kids.stream().map(PDStructureElement::getStructureType).toList().indexOf("H1");
                assertThat(h1).as("the headline's place in '%s'", m.article().id()).isEqualTo(m.article().kicker() == null ? 0 : 1);
                assertThat(text.of(kids.get(h1)).replaceAll("\\s", "")).isEqualTo(m.article().headline().replaceAll("\\s", ""));
                for (int k = 0; k < kids.size(); k++) {
                    if (kids.get(k).getStructureType().equals("Caption")) {
                        assertThat(kids.get(k - 1).getStructureType()).as("what stands before a caption").isEqualTo("Figure");
                    }
                }
                assertThat(kids.stream().filter(e -> e.getStructureType().equals("Figure")).count()).isEqualTo(m.figures().size());
            }
            assertThat(count(document, "Div")).as("Div elements").isZero();
            assertThat(count(document, "Sect")).as("Sect elements").isZero();
            // the folio (paper, date, page number) is a pagination artifact: in no tag
            String tagged = text.of(document);
            assertThat(tagged).doesNotContain("第" + page.page().page().number() + "版").doesNotContain("星期");

            Map<String, PDComplexFileSpecification> attached = doc.getDocumentCatalog().getNames().getEmbeddedFiles().getNames();
            for (ArchiveFile f : files.subList(1, files.size())) {
                PDComplexFileSpecification spec = attached.get(f.name());
                assertThat(spec).as(f.name()).isNotNull();
                assertThat(spec.getCOSObject().getCOSName(COSName.getPDFName("AFRelationship")).getName()).isEqualTo("Supplement");
                assertThat(spec.getEmbeddedFile().toByteArray()).isEqualTo(f.bytes());
            }
            assertThat(attached.get("page.yaml").getCOSObject().getCOSName(COSName.getPDFName("AFRelationship")).getName()).isEqualTo("Source");
            assertThat(doc.getDocumentCatalog().getCOSObject().getCOSArray(COSName.getPDFName("AF")).size()).isEqualTo(files.size());
        }
    }

    @org.junit.jupiter.api.Test
    void whatElseATemplateTagsKeepsItsPlaceBeforeTheArticles(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        // a layout with its own template: a line above the modules, in a face of the layout
        Path layouts = java.nio.file.Files.createDirectories(dir.resolve("layouts"));
        for (String name : List.of("tabloid", "shared")) {
            Path to = java.nio.file.Files.createDirectories(layouts.resolve(name));
            try (var files = java.nio.file.Files.list(Path.of("layouts", name))) {
                for (Path f : files.toList()) {
                    java.nio.file.Files.copy(f, to.resolve(f.getFileName()));
                }
            }
        }
        Path template = layouts.resolve("shared/page.html");
        java.nio.file.Files.writeString(template, java.nio.file.Files.readString(template).replace("<main class=\"type-area\"",
                "<p class=\"masthead f-sans z-9\" style=\"position:absolute;left:60pt;top:20pt;margin:0\">本报地址：广州市</p>\n  <main class=\"type-area\""));
        Newsprint own = new Newsprint(new newsprint.layout.LayoutLibrary(layouts));
        ComposedPage page = own.compose(own.prepare(Path.of("examples/seed/page.yaml")));
        byte[] pdf = own.archive(page, "seed.pdf").get(0).bytes();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDStructureElement document = (PDStructureElement) doc.getDocumentCatalog().getStructureTreeRoot().getKids().get(0);
            List<PDStructureElement> kids = elements(document);
            assertThat(new TextOfTags(doc).of(kids.get(0))).isEqualTo("本报地址：广州市");
            assertThat(kids.subList(1, kids.size())).extracting(PDStructureElement::getStructureType).containsOnly("Art").hasSize(4);
        }
        assertThat(Validators.failures(pdf, org.verapdf.pdfa.flavours.PDFAFlavour.PDFUA_1)).isEmpty();
    }

    private static List<PDStructureElement> elements(PDStructureNode node) {
        List<PDStructureElement> out = new ArrayList<>();
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement e) {
                out.add(e);
            }
        }
        return out;
    }

    private static int count(PDStructureNode node, String type) {
        int n = 0;
        for (PDStructureElement e : elements(node)) {
            n += (e.getStructureType().equals(type) ? 1 : 0) + count(e, type);
        }
        return n;
    }
}
