package newsprint.render;

import java.io.IOException;
import newsprint.compose.ComposedPage;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.jsoup.nodes.Document;

/**
 * A page painted into an open PDF document, not yet saved: what the finishing stage (print or
 * archive) receives, with the composed page and the filled HTML it was painted from. The
 * document information (title, dates, keywords) and the file ID are already set. Close it
 * when done (the finishing stage does).
 */
public final class RenderedPage implements AutoCloseable {
    private final PDDocument document;
    private final ComposedPage page;
    private final Document filled;
    private final java.util.Map<org.apache.pdfbox.cos.COSBase, Double> placed;
    private final java.util.Map<Integer, Integer> readAs;

    RenderedPage(PDDocument document, ComposedPage page, Document filled, java.util.Map<org.apache.pdfbox.cos.COSBase, Double> placed,
                 java.util.Map<Integer, Integer> readAs) {
        this.document = document;
        this.page = page;
        this.filled = filled;
        this.placed = placed;
        this.readAs = java.util.Map.copyOf(readAs);
    }

    /**
     * Characters the PDF's text cannot tell apart: where the page showed two characters drawn
     * with one glyph of a face (〜 and ～), its text gives one for both. Each such character maps
     * to one of its kind (the lowest), so that text read from the PDF and the page's text compare
     * equal when folded alike ({@link #fold}). Empty on almost every page.
     */
    public java.util.Map<Integer, Integer> readAs() {
        return readAs;
    }

    /** {@code text} with each character of {@link #readAs} replaced by the one it maps to. */
    public String fold(String text) {
        if (readAs.isEmpty()) {
            return text;
        }
        StringBuilder sb = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> sb.appendCodePoint(readAs.getOrDefault(cp, cp)));
        return sb.toString();
    }

    /**
     * The pictures the page draws, by their objects in {@link #document}, each with the lowest
     * resolution it is drawn at (pixels per inch), as the paint check found them on its walk over
     * the page: finishing need not run the page again.
     */
    public java.util.Map<org.apache.pdfbox.cos.COSBase, Double> placed() {
        return placed;
    }

    public PDDocument document() {
        return document;
    }

    public ComposedPage page() {
        return page;
    }

    /** The HTML the page was painted from: its blocks, in order, are the blocks of the PDF. */
    public Document filled() {
        return filled;
    }

    @Override
    public void close() throws IOException {
        document.close();
    }
}
