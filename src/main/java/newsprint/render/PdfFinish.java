package newsprint.render;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.IOException;
import newsprint.compose.ComposedPage;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * What makes a rendered page a print or an archive PDF: settings for the renderer, then changes
 * to the document before it is saved (output intent, metadata, page boxes, attachments). The
 * document information (title, dates) is already set when {@link #finish} runs.
 */
public interface PdfFinish {
    /** Renderer settings this kind of PDF needs, e.g. tagging for the archive. */
    default void configure(PdfRendererBuilder builder) {
    }

    void finish(PDDocument doc, ComposedPage page) throws IOException;
}
