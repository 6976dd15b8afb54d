package newsprint.finish;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import newsprint.archive.ArchiveFile;
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
 * keeps the structured text beside the printed page, and its sidecars (ALTO, METS, articles)
 * attached as supplements, so the PDF carries them wherever it goes.
 */
public final class ArchiveFinish implements PdfFinish {
    private final List<ArchiveFile> supplements;

    /** The archive PDF with the page file attached, and nothing else. */
    public ArchiveFinish() {
        this(List.of());
    }

    /**
     * The archive PDF with the page file attached as its source and {@code supplements} (the
     * page's ALTO and METS files, its articles file) as supplements: representations of its
     * content that machines read more easily (AFRelationship {@code /Supplement}).
     */
    public ArchiveFinish(List<ArchiveFile> supplements) {
        this.supplements = List.copyOf(supplements);
    }

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
        StructureRepair.repair(doc, rendered.filled(), rendered::fold);
        Profiles.addOutputIntent(doc, "GTS_PDFA1");
        Profiles.defaultRgb(doc);
        PDDocumentCatalog catalog = doc.getDocumentCatalog();
        String lang = page.page().page().lang().tag();
        catalog.setLanguage(lang);
        new Xmp(doc, lang).pdfaAndUa(3, "U").writeTo(doc);
        attach(doc, page);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        doc.save(out);
        return out.toByteArray();
    }

    /**
     * Embeds the page file as the document's source (PDF/A-3 associated file, relationship
     * Source): the bytes the reader read, not the file as it is now (it may have changed, or be
     * a pipe read once); a page made in code has no source and gets no such attachment. Then
     * the supplements. Each is listed in the catalog's {@code /AF} and its embedded files.
     */
    private void attach(PDDocument doc, ComposedPage page) throws IOException {
        Map<String, PDComplexFileSpecification> files = new TreeMap<>();
        COSArray af = new COSArray();
        byte[] bytes = page.page().source();
        if (bytes.length > 0) {
            String name = attachmentName(page.page().file(), bytes);
            PDComplexFileSpecification spec = spec(doc, page, name, name.endsWith(".json") ? "application/json" : "application/yaml", bytes,
                    "newsprint page file: the structured articles this page was made from", "Source");
            files.put(name, spec);
            af.add(spec);
        }
        for (ArchiveFile f : supplements) {
            PDComplexFileSpecification spec = spec(doc, page, f.name(), f.mediaType(), f.bytes(), f.description(), "Supplement");
            if (files.put(f.name(), spec) != null) {
                throw new IOException("two attachments are named " + f.name());
            }
            af.add(spec);
        }
        if (files.isEmpty()) {
            return;
        }
        PDEmbeddedFilesNameTreeNode tree = new PDEmbeddedFilesNameTreeNode();
        tree.setNames(files);
        PDDocumentCatalog catalog = doc.getDocumentCatalog();
        PDDocumentNameDictionary names = new PDDocumentNameDictionary(catalog);
        names.setEmbeddedFiles(tree);
        catalog.setNames(names);
        catalog.getCOSObject().setItem(COSName.getPDFName("AF"), af);
    }

    private static PDComplexFileSpecification spec(PDDocument doc, ComposedPage page, String name, String mediaType, byte[] bytes,
                                                   String description, String relationship) throws IOException {
        PDEmbeddedFile file = new PDEmbeddedFile(doc, new ByteArrayInputStream(bytes), COSName.FLATE_DECODE);
        file.setSubtype(mediaType);
        file.setSize(bytes.length);
        file.setCreationDate(PdfRenderer.editionDate(page));
        file.setModDate(PdfRenderer.editionDate(page));
        PDComplexFileSpecification spec = new PDComplexFileSpecification();
        spec.setFile(name);
        spec.setFileUnicode(name);
        spec.setEmbeddedFile(file);
        spec.setEmbeddedFileUnicode(file);
        spec.setFileDescription(description);
        spec.getCOSObject().setItem(COSName.getPDFName("AFRelationship"), COSName.getPDFName(relationship));
        return spec;
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
