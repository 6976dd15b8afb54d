package newsprint.finish;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import newsprint.compose.Rect;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.multipdf.PDFMergerUtility;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PageMode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageXYZDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.pagenavigation.PDThread;
import org.apache.pdfbox.pdmodel.interactive.pagenavigation.PDThreadBead;
import org.apache.pdfbox.pdmodel.common.PDPageLabels;
import org.apache.pdfbox.pdmodel.common.PDPageLabelRange;

/**
 * The archive PDF of a whole edition: the pages' archive PDFs (each PDF/A-3u and PDF/UA-1,
 * tagged) joined into one, then finished for the edition: one output intent, the edition's
 * metadata, page labels (第1版 …), an outline (each page, then its articles), the edition file and
 * every page file attached as sources, and for each jumped article an article thread through
 * its parts and its cut paragraph made one paragraph again in the structure tree.
 */
public final class EditionArchive {
    /**
     * One attachment: the file's name, its bytes, what it is, its media type, and its relation to
     * the document ({@code Source}: what it was made from; {@code Supplement}: the same content
     * for machines).
     */
    public record Source(String name, byte[] bytes, String description, String mediaType, String relationship) {
        /** A YAML or JSON file the edition was made from. */
        public Source(String name, byte[] bytes, String description) {
            this(name, bytes, description, name.endsWith(".json") ? "application/json" : "application/yaml", "Source");
        }
    }

    /** An outline entry: its title, and the box it shows on its page (points from the page's top left). */
    public record Mark(String title, Rect box) {
    }

    /** One page: its archive PDF, its label, its outline title and its articles' entries. */
    public record Page(byte[] pdf, String label, String title, List<Mark> articles) {
    }

    /** A jumped article: its title, its parts' boxes by page index, and the paragraph its jump cut. */
    public record Jump(String title, int fromPage, Rect fromBox, int toPage, Rect toBox, String cutTail, String cutHead) {
    }

    /** The edition's document information: title, paper, section line, date, keywords. */
    public record Info(String title, String author, String subject, Calendar date, String keywords) {
    }

    private EditionArchive() {
    }

    public static byte[] of(List<Page> pages, Info info, List<Source> sources, List<Jump> jumps) throws IOException {
        List<PDDocument> open = new ArrayList<>();
        try (PDDocument doc = new PDDocument()) {
            PDFMergerUtility merger = new PDFMergerUtility();
            for (Page p : pages) {
                PDDocument part = Loader.loadPDF(p.pdf());
                open.add(part);
                merger.appendDocument(doc, part);
            }
            doc.getDocument().setVersion(1.7f);
            PDDocumentCatalog catalog = doc.getDocumentCatalog();
            catalog.setLanguage("zh-Hans");
            catalog.getCOSObject().removeItem(COSName.getPDFName("AF"));
            catalog.setNames(null);
            PDDocumentInformation di = new PDDocumentInformation();
            di.setTitle(info.title());
            di.setAuthor(info.author());
            di.setSubject(info.subject());
            di.setKeywords(info.keywords());
            di.setCreator(newsprint.render.PdfRenderer.PRODUCER);
            di.setProducer(newsprint.render.PdfRenderer.PRODUCER);
            di.setCreationDate(info.date());
            di.setModificationDate(info.date());
            doc.setDocumentInformation(di);
            Profiles.addOutputIntent(doc, "GTS_PDFA1");
            labels(doc, pages);
            outline(doc, pages);
            threads(doc, jumps);
            for (Jump j : jumps) {
                joinCut(doc, j);
            }
            attach(doc, sources, info.date());
            new Xmp(doc, "zh-Hans").pdfaAndUa(3, "U").writeTo(doc);
            catalog.getCOSObject().setItem(COSName.getPDFName("ViewerPreferences"), viewer());
            id(doc, pages);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        } finally {
            for (PDDocument d : open) {
                d.close();
            }
        }
    }

    private static COSDictionary viewer() {
        COSDictionary v = new COSDictionary();
        v.setBoolean(COSName.getPDFName("DisplayDocTitle"), true);
        return v;
    }

    /** 第1版, 第2版 …: the numbers the paper prints, not the PDF's own. */
    private static void labels(PDDocument doc, List<Page> pages) throws IOException {
        PDPageLabels labels = new PDPageLabels(doc);
        for (int i = 0; i < pages.size(); i++) {
            PDPageLabelRange range = new PDPageLabelRange();
            range.setPrefix(pages.get(i).label());
            labels.setLabelItem(i, range);
        }
        doc.getDocumentCatalog().setPageLabels(labels);
    }

    /** Each page, then its articles, each opening its page at the article's box. */
    private static void outline(PDDocument doc, List<Page> pages) {
        PDDocumentOutline outline = new PDDocumentOutline();
        for (int i = 0; i < pages.size(); i++) {
            PDPage page = doc.getPage(i);
            PDOutlineItem item = item(pages.get(i).title(), page, null);
            for (Mark m : pages.get(i).articles()) {
                item.addLast(item(m.title(), page, m.box()));
            }
            outline.addLast(item);
        }
        doc.getDocumentCatalog().setDocumentOutline(outline);
        doc.getDocumentCatalog().setPageMode(PageMode.USE_OUTLINES);
    }

    private static PDOutlineItem item(String title, PDPage page, Rect box) {
        PDPageXYZDestination dest = new PDPageXYZDestination();
        dest.setPage(page);
        PDRectangle trim = page.getTrimBox();
        if (box != null) {
            dest.setLeft((int) Math.round(trim.getLowerLeftX() + box.xPt()));
            dest.setTop((int) Math.round(trim.getUpperRightY() - box.yPt()));
        }
        PDOutlineItem item = new PDOutlineItem();
        item.setTitle(title);
        item.setDestination(dest);
        return item;
    }

    /** An article thread for each jumped article: a bead on each part, so a reader can follow it across pages. */
    private static void threads(PDDocument doc, List<Jump> jumps) {
        if (jumps.isEmpty()) {
            return;
        }
        List<PDThread> threads = new ArrayList<>();
        for (Jump j : jumps) {
            PDThread thread = new PDThread();
            PDDocumentInformation ti = new PDDocumentInformation();
            ti.setTitle(j.title());
            thread.setThreadInfo(ti);
            PDThreadBead first = bead(doc.getPage(j.fromPage()), j.fromBox());
            PDThreadBead second = bead(doc.getPage(j.toPage()), j.toBox());
            thread.setFirstBead(first);
            first.appendBead(second);
            threads.add(thread);
        }
        doc.getDocumentCatalog().setThreads(threads);
    }

    private static PDThreadBead bead(PDPage page, Rect box) {
        PDThreadBead bead = new PDThreadBead();
        bead.setPage(page);
        PDRectangle trim = page.getTrimBox();
        bead.setRectangle(new PDRectangle((float) (trim.getLowerLeftX() + box.xPt()), (float) (trim.getUpperRightY() - box.bottomPt()),
                (float) box.widthPt(), (float) box.heightPt()));
        List<PDThreadBead> beads = new ArrayList<>(page.getThreadBeads());
        beads.add(bead);
        page.setThreadBeads(beads);
        return bead;
    }

    /**
     * The paragraph a jump cut: its tail on the first page and its head on the second are two
     * {@code P} elements; the head's content moves into the tail's paragraph, so the archive
     * gives the paragraph back whole, once.
     */
    private static void joinCut(PDDocument doc, Jump j) throws IOException {
        if (j.cutTail() == null || j.cutHead() == null) {
            return;
        }
        PDStructureTreeRoot root = doc.getDocumentCatalog().getStructureTreeRoot();
        if (root == null) {
            return;
        }
        TextOfTags text = new TextOfTags(doc);
        List<PDStructureElement> paragraphs = new ArrayList<>();
        collect(root, paragraphs);
        PDStructureElement tail = null;
        PDStructureElement head = null;
        String wantTail = squash(j.cutTail());
        String wantHead = squash(j.cutHead());
        for (PDStructureElement p : paragraphs) {
            String t = squash(text.of(p));
            if (tail == null && pageOf(doc, p) == j.fromPage() && t.endsWith(wantTail)) {
                tail = p;
            } else if (head == null && pageOf(doc, p) == j.toPage() && t.startsWith(wantHead)) {
                head = p;
            }
        }
        if (tail != null && head != null) {
            StructureRepair.join(root, tail, head);
        }
    }

    private static int pageOf(PDDocument doc, PDStructureElement e) {
        PDPage p = e.getPage();
        if (p == null) {
            for (Object kid : e.getKids()) {
                if (kid instanceof PDMarkedContentReference ref && ref.getPage() != null) {
                    p = ref.getPage();
                    break;
                }
            }
        }
        return p == null ? -1 : doc.getPages().indexOf(p);
    }

    private static void collect(PDStructureNode node, List<PDStructureElement> out) {
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement e) {
                if ("P".equals(e.getStructureType())) {
                    out.add(e);
                } else {
                    collect(e, out);
                }
            }
        }
    }

    private static String squash(String s) {
        return s.replaceAll("\\s+", "");
    }

    /** The edition file and every page file, as the sources the edition was made from, and the sidecars (PDF/A-3 associated files). */
    private static void attach(PDDocument doc, List<Source> sources, Calendar date) throws IOException {
        Map<String, PDComplexFileSpecification> tree = new LinkedHashMap<>();
        COSArray af = new COSArray();
        for (Source s : sources) {
            PDEmbeddedFile file = new PDEmbeddedFile(doc, new ByteArrayInputStream(s.bytes()));
            file.setSubtype(s.mediaType());
            file.setSize(s.bytes().length);
            file.setCreationDate(date);
            file.setModDate(date);
            PDComplexFileSpecification spec = new PDComplexFileSpecification();
            spec.setFile(s.name());
            spec.setFileUnicode(s.name());
            spec.setEmbeddedFile(file);
            spec.setEmbeddedFileUnicode(file);
            spec.setFileDescription(s.description());
            spec.getCOSObject().setItem(COSName.getPDFName("AFRelationship"), COSName.getPDFName(s.relationship()));
            if (tree.put(s.name(), spec) != null) {
                throw new IOException("two attachments are named " + s.name());
            }
            af.add(spec);
        }
        PDEmbeddedFilesNameTreeNode node = new PDEmbeddedFilesNameTreeNode();
        node.setNames(tree);
        PDDocumentNameDictionary names = new PDDocumentNameDictionary(doc.getDocumentCatalog());
        names.setEmbeddedFiles(node);
        doc.getDocumentCatalog().setNames(names);
        doc.getDocumentCatalog().getCOSObject().setItem(COSName.getPDFName("AF"), af);
    }

    /** The file ID from the pages' IDs: the same pages give the same archive. */
    private static void id(PDDocument doc, List<Page> pages) {
        try {
            java.security.MessageDigest sha = java.security.MessageDigest.getInstance("SHA-256");
            for (Page p : pages) {
                sha.update(p.pdf());
            }
            COSString id = new COSString(java.util.Arrays.copyOf(sha.digest(), 16));
            COSArray ids = new COSArray();
            ids.add(id);
            ids.add(id);
            doc.getDocument().getTrailer().setItem(COSName.ID, ids);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
