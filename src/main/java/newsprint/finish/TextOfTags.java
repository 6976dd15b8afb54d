package newsprint.finish;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.text.PDFMarkedContentExtractor;
import org.apache.pdfbox.text.TextPosition;

/** The text under a structure element: the marked content its MCIDs name, page by page, in order. */
public final class TextOfTags {
    private final Map<PDPage, Map<Integer, String>> byPage = new HashMap<>();

    public TextOfTags(PDDocument doc) throws IOException {
        for (PDPage page : doc.getPages()) {
            PDFMarkedContentExtractor extractor = new PDFMarkedContentExtractor();
            extractor.processPage(page);
            Map<Integer, String> byMcid = new HashMap<>();
            for (PDMarkedContent mc : extractor.getMarkedContents()) {
                collect(mc, byMcid);
            }
            byPage.put(page, byMcid);
        }
    }

    private static void collect(PDMarkedContent mc, Map<Integer, String> byMcid) {
        StringBuilder sb = new StringBuilder();
        for (Object o : mc.getContents()) {
            if (o instanceof TextPosition t) {
                sb.append(t.getUnicode());
            } else if (o instanceof PDMarkedContent inner) {
                collect(inner, byMcid);
            }
        }
        if (mc.getMCID() >= 0) {
            byMcid.merge(mc.getMCID(), sb.toString(), String::concat);
        }
    }

    /** All text under {@code e}, its descendants' in order. */
    public String of(PDStructureElement e) {
        StringBuilder sb = new StringBuilder();
        gather(e, null, sb);
        return sb.toString();
    }

    private void gather(PDStructureElement e, PDPage page, StringBuilder sb) {
        PDPage p = e.getPage() != null ? e.getPage() : page;
        for (Object kid : e.getKids()) {
            if (kid instanceof Integer mcid) {
                sb.append(byPage.getOrDefault(p, Map.of()).getOrDefault(mcid, ""));
            } else if (kid instanceof PDMarkedContentReference ref) {
                PDPage rp = ref.getPage() != null ? ref.getPage() : p;
                sb.append(byPage.getOrDefault(rp, Map.of()).getOrDefault(ref.getMCID(), ""));
            } else if (kid instanceof PDStructureElement child) {
                gather(child, p, sb);
            }
        }
    }
}
