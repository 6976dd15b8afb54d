package newsprint.finish;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;

/**
 * Reads a tagged PDF the way an archive should: through its structure tree, block by block
 * (headings, paragraphs, captions) in logical order, each block's text whole however many
 * columns it was set across. This is how newsprint checks that its archive PDFs give each
 * article back intact.
 */
public final class StructureText {
    /** One block of the document: its structure type (P, H1, Caption …) and its text, lines joined. */
    public record Block(String type, String text) {
    }

    private static final Set<String> BLOCKS = Set.of("P", "H", "H1", "H2", "H3", "H4", "H5", "H6", "Caption", "Figure");

    private StructureText() {
    }

    /** The document's blocks in structure order; empty when the PDF is not tagged. */
    public static List<Block> read(PDDocument doc) throws IOException {
        PDStructureTreeRoot root = doc.getDocumentCatalog().getStructureTreeRoot();
        List<Block> out = new ArrayList<>();
        if (root != null) {
            walk(root, new TextOfTags(doc), out);
        }
        return out;
    }

    private static void walk(PDStructureNode node, TextOfTags text, List<Block> out) {
        if (node instanceof PDStructureElement e && BLOCKS.contains(e.getStandardStructureType())) {
            String type = e.getStandardStructureType();
            String t = "Figure".equals(type) && e.getAlternateDescription() != null ? e.getAlternateDescription() : text.of(e);
            out.add(new Block(type, t));
            return;
        }
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureNode n) {
                walk(n, text, out);
            }
        }
    }
}
