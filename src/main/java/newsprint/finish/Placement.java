package newsprint.finish;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.IdentityHashMap;
import java.util.Map;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.util.Matrix;

/**
 * The resolution each picture of a page is printed at, found by running the page's content: the
 * lowest of its uses (pixels per inch at the size it is drawn), by the picture's object.
 */
final class Placement extends PDFGraphicsStreamEngine {
    private final Map<COSBase, Double> ppi = new IdentityHashMap<>();

    private Placement(PDPage page) {
        super(page);
    }

    static Map<COSBase, Double> of(PDPage page) throws IOException {
        Placement p = new Placement(page);
        p.processPage(page);
        return p.ppi;
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

    @Override
    public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
    }

    @Override
    public void clip(int windingRule) {
    }

    @Override
    public void moveTo(float x, float y) {
    }

    @Override
    public void lineTo(float x, float y) {
    }

    @Override
    public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
    }

    @Override
    public Point2D getCurrentPoint() {
        return new Point2D.Float();
    }

    @Override
    public void closePath() {
    }

    @Override
    public void endPath() {
    }

    @Override
    public void strokePath() {
    }

    @Override
    public void fillPath(int windingRule) {
    }

    @Override
    public void fillAndStrokePath(int windingRule) {
    }

    @Override
    public void shadingFill(COSName shadingName) {
    }
}
