package newsprint.finish;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Map;
import newsprint.compose.ComposedPage;
import newsprint.render.PdfRenderer;
import newsprint.render.RenderedPage;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;

/**
 * The archive PDF: PDF/A-3u (every character mapped to Unicode, fonts embedded, colour managed)
 * and PDF/UA-1 (tagged in reading order, in the page's language (zh-Hans, zh-Hant-HK, …), figures with alternative text from
 * their captions), with the page file it was made from attached as its source, so the archive
 * keeps the structured text beside the printed page.
 */
public final class ArchiveFinish implements PdfFinish {
    @Override
    public boolean tagged() {
        return true;
    }

    @Override
    public byte[] finish(RenderedPage rendered) throws IOException {
        PDDocument doc = rendered.document();
        ComposedPage page = rendered.page();
        // the fonts are subset (and map their glyphs back to text) only when the document is
        // saved; the tags are matched with the page's blocks by that text, so save once first
        doc.save(OutputStream.nullOutputStream(), CompressParameters.NO_COMPRESSION);
        StructureRepair.repair(doc, rendered.filled());
        Profiles.addOutputIntent(doc, "GTS_PDFA1");
        Profiles.defaultRgb(doc);
        PDDocumentCatalog catalog = doc.getDocumentCatalog();
        String lang = page.page().page().lang().tag();
        catalog.setLanguage(lang);
        new Xmp(doc, lang).pdfaAndUa(3, "U").writeTo(doc);
        attachSource(doc, page);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        doc.save(out);
        return out.toByteArray();
    }

    /**
     * Embeds the page file as the document's source (PDF/A-3 associated file, relationship
     * Source): the bytes the reader read, not the file as it is now (it may have changed, or be
     * a pipe read once). A page made in code has no source and gets no attachment.
     */
    private static void attachSource(PDDocument doc, ComposedPage page) throws IOException {
        byte[] bytes = page.page().source();
        if (bytes.length == 0) {
            return;
        }
        String name = attachmentName(page.page().file(), bytes);
        PDEmbeddedFile file = new PDEmbeddedFile(doc, new ByteArrayInputStream(bytes));
        file.setSubtype(name.endsWith(".json") ? "application/json" : "application/yaml");
        file.setSize(bytes.length);
        file.setCreationDate(PdfRenderer.editionDate(page));
        file.setModDate(PdfRenderer.editionDate(page));
        PDComplexFileSpecification spec = new PDComplexFileSpecification();
        spec.setFile(name);
        spec.setFileUnicode(name);
        spec.setEmbeddedFile(file);
        spec.setEmbeddedFileUnicode(file);
        spec.setFileDescription("newsprint page file: the structured articles this page was made from");
        spec.getCOSObject().setItem(COSName.getPDFName("AFRelationship"), COSName.getPDFName("Source"));
        PDEmbeddedFilesNameTreeNode tree = new PDEmbeddedFilesNameTreeNode();
        tree.setNames(Map.of(name, spec));
        PDDocumentCatalog catalog = doc.getDocumentCatalog();
        PDDocumentNameDictionary names = new PDDocumentNameDictionary(catalog);
        names.setEmbeddedFiles(tree);
        catalog.setNames(names);
        COSArray af = new COSArray();
        af.add(spec);
        catalog.getCOSObject().setItem(COSName.getPDFName("AF"), af);
    }

    /** The page file's name, given a .yaml or .json ending when it has none (a pipe such as {@code /dev/fd/63}). */
    static String attachmentName(Path file, byte[] bytes) {
        Path last = file.getFileName();
        String name = last == null ? "page" : last.toString();
        if (name.matches("(?i).+\\.(yaml|yml|json)")) {
            return name;
        }
        int i = 0;
        while (i < bytes.length && (bytes[i] == ' ' || bytes[i] == '\n' || bytes[i] == '\r' || bytes[i] == '\t')) {
            i++;
        }
        return name + (i < bytes.length && (bytes[i] == '{' || bytes[i] == '[') ? ".json" : ".yaml");
    }
}
