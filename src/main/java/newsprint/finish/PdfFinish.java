package newsprint.finish;

import java.io.IOException;
import newsprint.render.RenderedPage;

/**
 * The last stage: what makes a rendered page a print or an archive PDF (output intent, metadata,
 * page boxes, structure, attachments), then saves it. A stage after rendering, not a callback
 * inside it: it receives the rendered page and returns the finished file's bytes.
 */
public interface PdfFinish {
    /** True when this kind of PDF needs the page rendered tagged, in reading order (the archive). */
    boolean tagged();

    /** Finishes {@code page} and saves it; the caller closes the page. */
    byte[] finish(RenderedPage page) throws IOException;
}
