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

    RenderedPage(PDDocument document, ComposedPage page, Document filled, java.util.Map<org.apache.pdfbox.cos.COSBase, Double> placed) {
        this.document = document;
        this.page = page;
        this.filled = filled;
        this.placed = placed;
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
