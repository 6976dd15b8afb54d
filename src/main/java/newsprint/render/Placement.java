package newsprint.render;

import java.io.IOException;
import java.util.IdentityHashMap;
import java.util.Map;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.util.Matrix;

/**
 * The resolution each picture of a page is printed at: the lowest of its uses (pixels per inch at
 * the size it is drawn), by the picture's object. The paint check finds it on its walk over the
 * page the renderer wrote ({@link RenderedPage#placed}); {@link #of} walks a page of its own.
 */
public final class Placement extends newsprint.prepare.ContentWalker {
    private final Map<COSBase, Double> ppi = new IdentityHashMap<>();

    private Placement(PDPage page) {
        super(page);
    }

    /** The pictures of {@code page} by their objects, each with its lowest resolution as drawn, found by running the page's content. */
    public static Map<COSBase, Double> of(PDPage page) throws IOException {
        Placement p = new Placement(page);
        p.processPage(page);
        return p.ppi;
    }

    /** Text draws no pictures here (newsprint's pages have no Type 3 fonts): not run, so no font is parsed. */
    @Override
    protected void showText(byte[] string) {
    }

    @Override
    public void drawImage(PDImage image) {
        record(ppi, image, getGraphicsState().getCurrentTransformationMatrix());
    }

    /** Records a picture drawn with the transformation {@code m} in {@code ppi}, keeping its lowest resolution. */
    static void record(Map<COSBase, Double> ppi, PDImage image, Matrix m) {
        if (!(image instanceof PDImageXObject x)) {
            return;
        }
        double wide = Math.hypot(m.getValue(0, 0), m.getValue(0, 1));
        double high = Math.hypot(m.getValue(1, 0), m.getValue(1, 1));
        if (wide <= 0 || high <= 0) {
            return;
        }
        double at = Math.min(image.getWidth() / (wide / 72), image.getHeight() / (high / 72));
        ppi.merge(x.getCOSObject(), at, Math::min);
    }
}
