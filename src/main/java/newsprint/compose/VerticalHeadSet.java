package newsprint.compose;

import java.util.ArrayList;
import java.util.List;
import newsprint.layout.Role;
import newsprint.model.Article;
import newsprint.type.Styles;
import newsprint.type.TextStyle;

/**
 * A vertical head (竖题) set for a module of a given height: its vertical lines in reading order
 * (right to left: the kicker, the headline's one or two lines, the subheadline), the width of
 * the strip they take, and the grid columns that strip covers. The body takes the module's
 * other columns; the planner sees the head's columns as capacity the body does not have.
 */
record VerticalHeadSet(List<Column> columns, double widthPt, double lengthPt, int gridColumns) {
    /** One vertical line: its role, style, cells top to bottom, and its pitch (the style's leading, across). */
    record Column(HeadLine.Role role, TextStyle style, List<VerticalSetter.Cell> cells, double pitchPt) {
        String text() {
            StringBuilder sb = new StringBuilder();
            cells.forEach(c -> sb.append(c.line().text()));
            return sb.toString();
        }

        double lengthPt() {
            return cells.isEmpty() ? 0 : cells.get(cells.size() - 1).offsetPt() + cells.get(cells.size() - 1).lengthPt();
        }
    }

    /** A headline takes at most two vertical lines; the kicker and the subheadline one each. */
    static final int MAX_HEADLINE_LINES = 2;

    /**
     * {@code article}'s head set vertically in at most {@code maxLengthPt} of height, the headline
     * at its rank's size or, when it does not fit in two lines, a smaller one; null when it does
     * not fit at all or would leave the body no column of a {@code span}-column module.
     */
    static VerticalHeadSet of(Article article, int rank, Styles styles, PageGrid grid, double maxLengthPt, int span) {
        int from = Math.min(rank, Role.HEADLINES.size() - 1);
        for (int s = from; s < Role.HEADLINES.size(); s++) {
            TextStyle style = styles.get(Role.HEADLINES.get(s));
            List<List<VerticalSetter.Cell>> headline = VerticalSetter.set(article.headline(), style, maxLengthPt, MAX_HEADLINE_LINES);
            if (headline == null) {
                continue;
            }
            List<Column> columns = new ArrayList<>();
            if (!add(columns, HeadLine.Role.KICKER, article.kicker(), styles.get(Role.KICKER), maxLengthPt)) {
                return null;
            }
            headline.forEach(cells -> columns.add(new Column(HeadLine.Role.HEADLINE, style, cells, style.leadingPt())));
            if (!add(columns, HeadLine.Role.SUBHEADLINE, article.subheadline(), styles.get(Role.SUBHEADLINE), maxLengthPt)) {
                return null;
            }
            double width = columns.stream().mapToDouble(Column::pitchPt).sum();
            int gridColumns = 1;
            while (grid.spanWidthPt(gridColumns) < width - 1e-6) {
                gridColumns++;
            }
            if (gridColumns >= span) {
                return null;
            }
            double length = columns.stream().mapToDouble(Column::lengthPt).max().orElse(0);
            return new VerticalHeadSet(List.copyOf(columns), width, length, gridColumns);
        }
        return null;
    }

    private static boolean add(List<Column> columns, HeadLine.Role role, String text, TextStyle style, double maxLengthPt) {
        if (text == null) {
            return true;
        }
        List<List<VerticalSetter.Cell>> set = VerticalSetter.set(text, style, maxLengthPt, 1);
        if (set == null) {
            return false;
        }
        columns.add(new Column(role, style, set.get(0), style.leadingPt()));
        return true;
    }
}
