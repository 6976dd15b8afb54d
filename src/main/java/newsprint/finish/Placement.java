package newsprint.finish;

import java.io.IOException;
import java.util.IdentityHashMap;
import java.util.Map;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.util.Matrix;

/**
 * The resolution each picture of a page is printed at, found by running the page's content: the
 * lowest of its uses (pixels per inch at the size it is drawn), by the picture's object.
 */
final class Placement extends newsprint.prepare.ContentWalker {
    private final Map<COSBase, Double> ppi = new IdentityHashMap<>();

    private Placement(PDPage page) {
        super(page);
    }

    static Map<COSBase, Double> of(PDPage page) throws IOException {
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
        if (!(image instanceof PDImageXObject x)) {
            return;
        }
        Matrix m = getGraphicsState().getCurrentTransformationMatrix();
        double wide = Math.hypot(m.getValue(0, 0), m.getValue(0, 1));
        double high = Math.hypot(m.getValue(1, 0), m.getValue(1, 1));
        if (wide <= 0 || high <= 0) {
            return;
        }
        double at = Math.min(image.getWidth() / (wide / 72), image.getHeight() / (high / 72));
        ppi.merge(x.getCOSObject(), at, Math::min);
    }
}
