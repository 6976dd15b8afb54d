package newsprint.compose;

import newsprint.layout.Layout;
import newsprint.layout.Units;

/**
 * The page's grid in points, worked out from a layout: the type area, its columns and gutters,
 * and its lines (the body leading). Modules are whole columns wide and whole lines tall.
 */
public record PageGrid(
        double pageWidthPt,
        double pageHeightPt,
        Rect folio,
        Rect typeArea,
        int columns,
        int lines,
        double columnWidthPt,
        double gutterPt,
        double leadingPt,
        int charsPerLine) {

    public static PageGrid of(Layout layout) {
        Layout.Style body = layout.styles().get("body");
        Layout.Grid g = layout.grid();
        double columnWidth = g.columnChars() * body.sizePt();
        double gutter = g.gutterChars() * body.sizePt();
        double typeWidth = layout.typeWidthPt();
        double pageWidth = Units.mmToPt(layout.trim().widthMm());
        double pageHeight = Units.mmToPt(layout.trim().heightMm());
        double left = (pageWidth - typeWidth) / 2;
        double top = Units.mmToPt(layout.margins().topMm());
        double folioHeight = Units.mmToPt(layout.folio().heightMm());
        int lines = layout.bodyLines(); // the layout reader has checked that the grid fits the trim
        Rect folio = new Rect(left, top, typeWidth, folioHeight);
        Rect type = new Rect(left, top + folioHeight, typeWidth, lines * body.leadingPt());
        return new PageGrid(pageWidth, pageHeight, folio, type, g.columns(), lines, columnWidth, gutter,
                body.leadingPt(), g.columnChars());
    }

    /** The x of a column's left edge. */
    public double columnXPt(int column) {
        return typeArea.xPt() + column * (columnWidthPt + gutterPt);
    }

    /** The width of {@code span} columns with the gutters between them. */
    public double spanWidthPt(int span) {
        return span * columnWidthPt + (span - 1) * gutterPt;
    }

    /** The y of a grid line's top. */
    public double lineYPt(int line) {
        return typeArea.yPt() + line * leadingPt;
    }

    /** The rectangle of a grid area: columns {@code [column, column+span)}, lines {@code [line, line+count)}. */
    public Rect area(int column, int span, int line, int count) {
        return new Rect(columnXPt(column), lineYPt(line), spanWidthPt(span), count * leadingPt);
    }

    /** Whole grid lines needed for {@code heightPt}. */
    public int linesFor(double heightPt) {
        return (int) Math.ceil(heightPt / leadingPt - 1e-6);
    }
}
