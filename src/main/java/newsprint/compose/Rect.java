package newsprint.compose;

/** A rectangle on the page in points, from the page's top-left corner (y grows downwards). */
public record Rect(double xPt, double yPt, double widthPt, double heightPt) {
    public double rightPt() {
        return xPt + widthPt;
    }

    public double bottomPt() {
        return yPt + heightPt;
    }

    /** True when the two rectangles share area (touching edges do not count). */
    public boolean overlaps(Rect o) {
        double eps = 0.01;
        return xPt < o.rightPt() - eps && o.xPt < rightPt() - eps && yPt < o.bottomPt() - eps && o.yPt < bottomPt() - eps;
    }

    public boolean contains(Rect o) {
        double eps = 0.01;
        return o.xPt >= xPt - eps && o.yPt >= yPt - eps && o.rightPt() <= rightPt() + eps && o.bottomPt() <= bottomPt() + eps;
    }
}
