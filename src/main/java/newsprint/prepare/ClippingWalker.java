package newsprint.prepare;

import java.awt.geom.GeneralPath;
import java.awt.geom.Point2D;

/**
 * A {@link ContentWalker} that keeps the clipping path as a renderer does: each path is built in
 * the page's space, and a clip set on it ({@code W}, {@code W*}) narrows the graphics state's
 * clipping path when the path is painted or ended. What a subclass sees drawn (a glyph, a
 * picture) is then seen with the clip in force, {@code getGraphicsState().getCurrentClippingPath()}.
 * A subclass that paints paths itself calls these methods' {@code super} first.
 */
public abstract class ClippingWalker extends ContentWalker {
    private final GeneralPath path = new GeneralPath();
    /** The winding rule of a clip set on the path being built, or -1 for none. */
    private int clipRule = -1;

    protected ClippingWalker(org.apache.pdfbox.pdmodel.PDPage page) {
        super(page);
    }

    @Override
    public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
        path.moveTo(p0.getX(), p0.getY());
        path.lineTo(p1.getX(), p1.getY());
        path.lineTo(p2.getX(), p2.getY());
        path.lineTo(p3.getX(), p3.getY());
        path.closePath();
    }

    @Override
    public void clip(int windingRule) {
        clipRule = windingRule;
    }

    @Override
    public void moveTo(float x, float y) {
        path.moveTo(x, y);
    }

    @Override
    public void lineTo(float x, float y) {
        path.lineTo(x, y);
    }

    @Override
    public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
        path.curveTo(x1, y1, x2, y2, x3, y3);
    }

    @Override
    public Point2D getCurrentPoint() {
        return path.getCurrentPoint();
    }

    @Override
    public void closePath() {
        path.closePath();
    }

    @Override
    public void endPath() {
        finishPath();
    }

    @Override
    public void strokePath() {
        finishPath();
    }

    @Override
    public void fillPath(int windingRule) {
        finishPath();
    }

    @Override
    public void fillAndStrokePath(int windingRule) {
        finishPath();
    }

    /** The path ends: a clip asked for applies now, then the path is spent. */
    private void finishPath() {
        if (clipRule >= 0) {
            path.setWindingRule(clipRule);
            getGraphicsState().intersectClippingPath(path);
            clipRule = -1;
        }
        path.reset();
    }
}
