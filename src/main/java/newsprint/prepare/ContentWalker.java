package newsprint.prepare;

import java.awt.geom.Point2D;
import java.io.IOException;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;

/**
 * Runs a page's drawing (its forms and Type 3 glyphs included) as a renderer does, drawing
 * nothing: the base of the inspections that look at what is painted, and where, not at the
 * shapes of paths. Every painting operation does nothing here; a subclass takes the ones it
 * needs.
 */
public abstract class ContentWalker extends PDFGraphicsStreamEngine {
    private final Point2D.Float current = new Point2D.Float();

    protected ContentWalker(PDPage page) {
        super(page);
    }

    @Override
    public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
        current.setLocation(p0.getX(), p0.getY());
    }

    @Override
    public void clip(int windingRule) {
    }

    @Override
    public void moveTo(float x, float y) {
        current.setLocation(x, y);
    }

    @Override
    public void lineTo(float x, float y) {
        current.setLocation(x, y);
    }

    @Override
    public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
        current.setLocation(x3, y3);
    }

    @Override
    public Point2D getCurrentPoint() {
        return current;
    }

    @Override
    public void closePath() {
    }

    @Override
    public void endPath() {
    }

    @Override
    public void strokePath() throws IOException {
    }

    @Override
    public void fillPath(int windingRule) throws IOException {
    }

    @Override
    public void fillAndStrokePath(int windingRule) throws IOException {
        fillPath(windingRule);
        strokePath();
    }

    @Override
    public void shadingFill(COSName shadingName) throws IOException {
    }
}
