package newsprint.finish;

import java.io.IOException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import newsprint.fill.PageFiller;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Makes the archive's structure tree say what the page says. The renderer tags each HTML box
 * where it stands: every placed box (head, column, figure) a {@code Sect}, every set line a
 * {@code Div} inside its paragraph, a paragraph that a column break split into two boxes two
 * paragraphs, a caption a plain paragraph. Here the tagged blocks are matched, in order and by
 * their text, with the filled page's blocks, and the tree is rebuilt as the page reads: one
 * {@code Art} per article, its head first, then its paragraphs (each whole, holding its text
 * directly), then each {@code Figure} followed by its {@code Caption}. The parent tree follows
 * every move, and is checked against the new tree at the end. Whatever else a template tags (a
 * masthead) keeps its place around the articles. The folio is painted as a pagination artifact
 * (the filler makes it a fixed box), so it is not in the tree at all.
 */
final class StructureRepair {
    private StructureRepair() {
    }

    static void repair(PDDocument doc, Document filled, java.util.function.UnaryOperator<String> fold) throws IOException {
        PDStructureTreeRoot root = doc.getDocumentCatalog().getStructureTreeRoot();
        if (root == null) {
            return;
        }
        PDStructureElement document = documentElement(root);
        List<PDStructureElement> blocks = new ArrayList<>();
        List<PDStructureElement> figures = new ArrayList<>();
        collect(document, blocks, figures);
        ParentTree parents = new ParentTree(root);
        TextOfTags text = new TextOfTags(doc);
        Map<Element, List<PDStructureElement>> articles = new LinkedHashMap<>();
        int t = 0;
        int f = 0;
        PDStructureElement previous = null;
        Set<COSDictionary> moved = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        for (Element article : filled.select("[data-fill=modules] article")) {
            List<PDStructureElement> kids = articles.computeIfAbsent(article, a -> new ArrayList<>());
            for (Element block : article.select("p, h1, h2, figure")) {
                if (block.tagName().equals("figure")) {
                    if (f == figures.size()) {
                        throw new IOException("the archive's tags do not follow the page: a photo of '" + article.id() + "' has no Figure");
                    }
                    kids.add(figures.get(f++));
                    continue;
                }
                String want = squash(fold.apply(block.text()));
                while (t < blocks.size() && !squash(fold.apply(text.of(blocks.get(t)))).equals(want)) {
                    t++;
                }
                if (t == blocks.size()) {
                    throw new IOException("the archive's tags do not follow the page: no tagged block holds '" + block.text() + "'");
                }
                PDStructureElement element = blocks.get(t++);
                if (block.hasClass(PageFiller.CONTINUED) && previous != null) {
                    moveKids(element, previous, parents);
                    moved.add(element.getCOSObject());
                    continue;
                }
                if (block.hasClass("caption")) {
                    element.setStructureType("Caption");
                }
                moveKids(element, element, parents); // lines (Div) give their content to the block
                kids.add(element);
                previous = element;
            }
        }
        COSArray arts = new COSArray();
        for (Map.Entry<Element, List<PDStructureElement>> a : articles.entrySet()) {
            PDStructureElement art = new PDStructureElement("Art", document);
            Element headline = a.getKey().selectFirst("h1");
            if (headline != null) {
                art.setTitle(headline.text());
            }
            COSArray kids = new COSArray();
            for (PDStructureElement kid : a.getValue()) {
                kid.getCOSObject().setItem(COSName.P, art.getCOSObject());
                kids.add(kid.getCOSObject());
                moved.add(kid.getCOSObject());
            }
            art.getCOSObject().setItem(COSName.K, kids);
            arts.add(art.getCOSObject());
        }
        document.getCOSObject().setItem(COSName.K, arrange(asArray(document.getCOSObject().getDictionaryObject(COSName.K)), arts, moved));
        parents.verify(document.getCOSObject());
    }

    /**
     * The Document's new kids: the articles, where the first box that held an article's block
     * stood, and around them whatever else the template tagged (a masthead, an imprint), in its
     * place, less what moved into the articles and the boxes left empty.
     */
    private static COSArray arrange(COSArray old, COSArray arts, Set<COSDictionary> moved) {
        COSArray out = new COSArray();
        boolean placed = false;
        for (int i = 0; i < old.size(); i++) {
            COSBase kid = old.getObject(i);
            boolean held = kid instanceof COSDictionary d && (moved.contains(d) || prune(d, moved));
            if (held && !placed) {
                for (int a = 0; a < arts.size(); a++) {
                    out.add(arts.getObject(a));
                }
                placed = true;
            }
            if (!(kid instanceof COSDictionary d) || !moved.contains(d) && !(asArray(d.getDictionaryObject(COSName.K)).size() == 0)) {
                out.add(kid);
            }
        }
        if (!placed) {
            for (int a = 0; a < arts.size(); a++) {
                out.add(arts.getObject(a));
            }
        }
        return out;
    }

    /** Removes from {@code element}'s subtree the elements in {@code moved}, and elements left empty; true when it held any moved one. */
    private static boolean prune(COSDictionary element, Set<COSDictionary> moved) {
        COSArray kids = asArray(element.getDictionaryObject(COSName.K));
        COSArray keep = new COSArray();
        boolean held = false;
        for (int i = 0; i < kids.size(); i++) {
            COSBase kid = kids.getObject(i);
            if (kid instanceof COSDictionary d && d.containsKey(COSName.S)) {
                if (moved.contains(d)) {
                    held = true;
                    continue;
                }
                held |= prune(d, moved);
                if ((asArray(d.getDictionaryObject(COSName.K)).size() == 0)) {
                    continue;
                }
            }
            keep.add(kid);
        }
        element.setItem(COSName.K, keep);
        return held;
    }

    /** The Document element the renderer puts under the root (the root itself holds only it). */
    private static PDStructureElement documentElement(PDStructureTreeRoot root) throws IOException {
        for (Object kid : root.getKids()) {
            if (kid instanceof PDStructureElement e && "Document".equals(e.getStructureType())) {
                return e;
            }
        }
        throw new IOException("the renderer's structure tree has no Document element");
    }

    /** Block-level tags (paragraphs and headings) and figures in tree order, not descending into them. */
    private static void collect(PDStructureNode node, List<PDStructureElement> blocks, List<PDStructureElement> figures) {
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement e) {
                String type = e.getStructureType();
                if ("P".equals(type) || "H1".equals(type) || "H2".equals(type)) {
                    blocks.add(e);
                } else if ("Figure".equals(type)) {
                    figures.add(e);
                } else {
                    collect(e, blocks, figures);
                }
            }
        }
    }

    /**
     * Appends {@code from}'s content to {@code into} (which may be {@code from} itself), each
     * {@code Div} below it replaced by what it holds: a set line is no block of its own.
     */
    private static void moveKids(PDStructureElement from, PDStructureElement into, ParentTree parents) {
        List<COSBase> content = new ArrayList<>();
        flatten(from.getCOSObject(), into.getCOSObject(), content, parents);
        COSArray kids = from == into ? new COSArray() : asArray(into.getCOSObject().getDictionaryObject(COSName.K));
        content.forEach(kids::add);
        into.getCOSObject().setItem(COSName.K, kids);
        if (into.getCOSObject().getDictionaryObject(COSName.PG) == null && from.getCOSObject().getItem(COSName.PG) != null) {
            into.getCOSObject().setItem(COSName.PG, from.getCOSObject().getItem(COSName.PG));
        }
    }

    private static void flatten(COSDictionary element, COSDictionary into, List<COSBase> out, ParentTree parents) {
        if (element != into) {
            parents.repoint(element, into);
        }
        COSArray kids = asArray(element.getDictionaryObject(COSName.K));
        for (int i = 0; i < kids.size(); i++) {
            COSBase kid = kids.getObject(i);
            if (kid instanceof COSDictionary d && d.getDictionaryObject(COSName.S) instanceof COSName s && s.getName().equals("Div")) {
                flatten(d, into, out, parents);
            } else {
                if (kid instanceof COSDictionary d && d.containsKey(COSName.S)) {
                    d.setItem(COSName.P, into);
                }
                out.add(kid);
            }
        }
    }

    /**
     * Moves every kid of {@code part} to the end of {@code into} and drops {@code part}: a
     * paragraph cut where an edition's pages were joined becomes one again.
     */
    static void join(PDStructureTreeRoot root, PDStructureElement into, PDStructureElement part) {
        // the part's marked content lies on its own page: each moves as a reference naming that page
        var page = part.getPage();
        for (Object kid : part.getKids()) {
            if (kid instanceof PDStructureElement e) {
                into.appendKid(e);
            } else if (kid instanceof Integer mcid) {
                PDMarkedContentReference ref = new PDMarkedContentReference();
                ref.setMCID(mcid);
                if (page != null) {
                    ref.setPage(page);
                }
                into.appendKid(ref);
            } else if (kid instanceof PDMarkedContentReference ref) {
                if (ref.getPage() == null && page != null) {
                    ref.setPage(page);
                }
                into.appendKid(ref);
            }
        }
        PDStructureNode parent = part.getParent();
        if (parent != null) {
            parent.removeKid(part);
        }
        new ParentTree(root).repoint(part.getCOSObject(), into.getCOSObject());
    }

    private static COSArray asArray(COSBase k) {
        if (k instanceof COSArray a) {
            COSArray copy = new COSArray();
            for (int i = 0; i < a.size(); i++) {
                copy.add(a.getObject(i));
            }
            return copy;
        }
        COSArray one = new COSArray();
        if (k != null) {
            one.add(k);
        }
        return one;
    }

    private static String squash(String s) {
        return s.replaceAll("\\s+", "");
    }

    /** The parent tree's per-page arrays (marked content id to the element that owns it). */
    private static final class ParentTree {
        private final List<COSArray> pages = new ArrayList<>();

        ParentTree(PDStructureTreeRoot root) {
            if (root.getCOSObject().getDictionaryObject(COSName.PARENT_TREE) instanceof COSDictionary tree) {
                gather(tree);
            }
        }

        private void gather(COSDictionary node) {
            if (node.getDictionaryObject(COSName.NUMS) instanceof COSArray nums) {
                for (int i = 1; i < nums.size(); i += 2) {
                    if (nums.getObject(i) instanceof COSArray array) {
                        pages.add(array);
                    }
                }
            }
            if (node.getDictionaryObject(COSName.KIDS) instanceof COSArray kids) {
                for (int i = 0; i < kids.size(); i++) {
                    if (kids.getObject(i) instanceof COSDictionary kid) {
                        gather(kid);
                    }
                }
            }
        }

        /** Points every entry that names {@code from} at {@code to}. */
        void repoint(COSDictionary from, COSDictionary to) {
            for (COSArray page : pages) {
                for (int j = 0; j < page.size(); j++) {
                    if (page.getObject(j) == from) {
                        page.set(j, to);
                    }
                }
            }
        }

        /**
         * Checks the rebuilt tree: every marked content id's owner is in the tree under
         * {@code document} and holds that id, so no text was lost or left pointing at a removed element.
         */
        void verify(COSDictionary document) throws IOException {
            Map<COSDictionary, List<Integer>> owners = new IdentityHashMap<>();
            walk(document, owners);
            for (COSArray page : pages) {
                for (int mcid = 0; mcid < page.size(); mcid++) {
                    COSBase owner = page.getObject(mcid);
                    if (owner instanceof COSDictionary d && !owners.getOrDefault(d, List.of()).contains(mcid)) {
                        throw new IOException("the archive's structure tree lost marked content " + mcid + " while it was rebuilt");
                    }
                }
            }
        }

        private static void walk(COSDictionary element, Map<COSDictionary, List<Integer>> owners) {
            COSArray kids = asArray(element.getDictionaryObject(COSName.K));
            List<Integer> mcids = owners.computeIfAbsent(element, e -> new ArrayList<>());
            for (int i = 0; i < kids.size(); i++) {
                COSBase kid = kids.getObject(i);
                if (kid instanceof org.apache.pdfbox.cos.COSInteger n) {
                    mcids.add(n.intValue());
                } else if (kid instanceof COSDictionary d && d.getDictionaryObject(COSName.MCID) instanceof org.apache.pdfbox.cos.COSInteger n) {
                    mcids.add(n.intValue());
                } else if (kid instanceof COSDictionary d && d.containsKey(COSName.S)) {
                    walk(d, owners);
                }
            }
        }
    }
}
