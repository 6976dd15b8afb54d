package newsprint.compose;

import java.util.List;

/**
 * The grid cells (column-lines) each article takes, at least and at most, in a module of up to
 * a given width: its head across the module, its photo rows at their smallest and largest, its
 * body lines (one cell each, whatever the width, since the body is set at the column measure).
 * The planner bounds a region's cost with them: what the articles need beyond the region's area
 * is overset, what they cannot fill is empty.
 */
final class Cells {
    /** The cells of an article that has no module of that width at all (its headline does not fit): more than any page. */
    static final long UNPLACEABLE = 1L << 40;

    private final PageGrid grid;
    /** [article][width]: the fewest cells in a module of at most that width, without a rule above it. */
    private final long[][] min;
    /** [article][width]: the most cells in a module of at most that width, with a rule above it. */
    private final long[][] max;
    /** [article]: the smallest module that holds the head, the photos and a few lines of body. */
    private final long[] smallestModule;

    Cells(List<Copy> copies, PageGrid grid, Captions captions) {
        this.grid = grid;
        int n = copies.size();
        int columns = grid.columns();
        min = new long[n][columns + 1];
        max = new long[n][columns + 1];
        smallestModule = new long[n];
        for (int a = 0; a < n; a++) {
            Copy copy = copies.get(a);
            long least = UNPLACEABLE;
            long most = 0;
            long smallest = UNPLACEABLE;
            min[a][0] = UNPLACEABLE;
            for (int s = 1; s <= columns; s++) {
                Copy.Head head = copy.head(grid.spanWidthPt(s));
                if (head != null) {
                    long headCells = (long) (grid.linesFor(head.heightPt()) + 1) * s;
                    long photosSmall = photoCells(copy, grid, captions, s, Shape.MIN_PHOTO_SCALE);
                    long photosLarge = 0;
                    for (int wider = 0; wider == 0 || Shape.widens(copy, grid, s, wider); wider++) {
                        // a photo alone widens, several take another arrangement, to take up slack: the most any fills at its largest
                        photosLarge = Math.max(photosLarge, photoCells(copy, grid, captions, s, Shape.MAX_PHOTO_SCALE, wider));
                    }
                    // a jumping article needs only a few lines here: the rest runs on
                    int body = copy.jumps() ? Math.min(copy.bodyLines.size(), Shape.MIN_JUMP_LINES + 1) : copy.bodyLines.size();
                    least = Math.min(least, headCells + photosSmall + body);
                    // the lead's headline may take a line more to take up slack
                    Copy.Head longer = copy.longerHead(grid.spanWidthPt(s));
                    long mostHeadCells = longer == null ? headCells : Math.max(headCells, (long) (grid.linesFor(longer.heightPt()) + 1) * s);
                    most = Math.max(most, mostHeadCells + photosLarge + copy.bodyLines.size() + s);
                    smallest = Math.min(smallest, headCells + photosSmall + (long) Shape.MIN_BODY_LINES * s);
                }
                min[a][s] = least;
                max[a][s] = most;
            }
            smallestModule[a] = smallest;
        }
    }

    private static long photoCells(Copy copy, PageGrid grid, Captions captions, int span, double scale) {
        return photoCells(copy, grid, captions, span, scale, 0);
    }

    private static long photoCells(Copy copy, PageGrid grid, Captions captions, int span, double scale, int wider) {
        long cells = 0;
        for (Shape.Row row : Shape.rowsAt(copy, grid, captions, span, scale, wider)) {
            cells += (long) row.lines() * row.span();
        }
        return cells;
    }

    /** The fewest cells article {@code a} can take in a module of at most {@code width} columns. */
    long min(int a, int width) {
        return min[a][width];
    }

    /** The most cells article {@code a} can fill in a module of at most {@code width} columns. */
    long max(int a, int width) {
        return max[a][width];
    }

    /** True when the article's head fits no module on the page. */
    boolean unplaceable(int a) {
        return smallestModule[a] >= UNPLACEABLE;
    }

    /**
     * How many of {@code articles}, taken in order, can each have a module in the page's
     * {@code lines}, less {@code blocked} cells (ads), at all: as many as there is room for their
     * smallest modules, and for modules of the least height.
     */
    int mostThatFit(List<Integer> articles, int lines, long blocked) {
        long area = (long) grid.columns() * lines - blocked;
        long modules = area / Planner.MIN_MODULE_LINES;
        long used = 0;
        int k = 0;
        for (int a : articles) {
            used += smallestModule[a];
            if (used > area || k + 1 > modules) {
                break;
            }
            k++;
        }
        return k;
    }
}
