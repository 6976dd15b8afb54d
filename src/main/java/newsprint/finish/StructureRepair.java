package newsprint.finish;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
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
 * Makes the archive's structure tree say what the page says. The renderer tags each HTML block
 * where it stands, so a paragraph that a column break split into two boxes comes out as two
 * paragraphs, and a caption as a plain paragraph. Here the tagged blocks are matched, in order
 * and by their text, with the filled page's blocks; a continued part's content moves into the
 * paragraph it continues (the parent tree follows), and captions are tagged {@code Caption}.
 */
final class StructureRepair {
    private StructureRepair() {
    }

    static void repair(PDDocument doc, Document filled) throws IOException {
        PDStructureTreeRoot root = doc.getDocumentCatalog().getStructureTreeRoot();
        if (root == null) {
            return;
        }
        List<PDStructureElement> tagged = new ArrayList<>();
        collect(root, tagged);
        TextOfTags text = new TextOfTags(doc);
        List<Element> blocks = filled.select("[data-fill=modules] p, [data-fill=modules] h1, [data-fill=modules] h2");
        int t = 0;
        PDStructureElement previous = null;
        for (Element block : blocks) {
            String want = squash(block.text());
            while (t < tagged.size() && !squash(text.of(tagged.get(t))).equals(want)) {
                t++;
            }
            if (t == tagged.size()) {
                throw new IOException("the archive's tags do not follow the page: no tagged block holds '" + block.text() + "'");
            }
            PDStructureElement element = tagged.get(t++);
            if (block.hasClass(PageFiller.CONTINUED) && previous != null) {
                join(root, previous, element);
                continue;
            }
            if (block.hasClass("caption")) {
                element.setStructureType("Caption");
            }
            previous = element;
        }
    }

    /** Block-level tags (paragraphs and headings) in tree order, not descending into them. */
    private static void collect(PDStructureNode node, List<PDStructureElement> out) {
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement e) {
                String type = e.getStructureType();
                if ("P".equals(type) || "H1".equals(type) || "H2".equals(type)) {
                    out.add(e);
                } else {
                    collect(e, out);
                }
            }
        }
    }

    /** Moves every kid of {@code part} to the end of {@code into} and drops {@code part}. */
    static void join(PDStructureTreeRoot root, PDStructureElement into, PDStructureElement part) {
        for (Object kid : part.getKids()) {
            if (kid instanceof PDStructureElement e) {
                into.appendKid(e);
            } else if (kid instanceof Integer mcid) {
                into.appendKid(mcid);
            } else if (kid instanceof PDMarkedContentReference ref) {
                into.appendKid(ref);
            }
        }
        PDStructureNode parent = part.getParent();
        if (parent != null) {
            parent.removeKid(part);
        }
        COSBase tree = root.getCOSObject().getDictionaryObject(COSName.PARENT_TREE);
        if (tree instanceof COSDictionary dict) {
            repoint(dict, part.getCOSObject(), into.getCOSObject());
        }
    }

    /** Points every parent-tree entry that names {@code from} at {@code to}. */
    private static void repoint(COSDictionary node, COSDictionary from, COSDictionary to) {
        if (node.getDictionaryObject(COSName.NUMS) instanceof COSArray nums) {
            for (int i = 1; i < nums.size(); i += 2) {
                COSBase value = nums.getObject(i);
                if (value == from) {
                    nums.set(i, to);
                } else if (value instanceof COSArray array) {
                    for (int j = 0; j < array.size(); j++) {
                        if (array.getObject(j) == from) {
                            array.set(j, to);
                        }
                    }
                }
            }
        }
        if (node.getDictionaryObject(COSName.KIDS) instanceof COSArray kids) {
            for (int i = 0; i < kids.size(); i++) {
                if (kids.getObject(i) instanceof COSDictionary kid) {
                    repoint(kid, from, to);
                }
            }
        }
    }

    private static String squash(String s) {
        return s.replaceAll("\\s+", "");
    }

}
