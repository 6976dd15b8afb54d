package newsprint.compose;

import java.util.ArrayList;
import java.util.List;

/**
 * How one article fills a module of a given width and height, worked out in grid lines without
 * placing anything: the head's height, the photo rows and how tall their images grow, the body
 * capacity, and the over- or underset. The planner scores candidate modules with it; the
 * composer builds the chosen ones from it. A jumping article is never overset: what does not fit
 * its module ({@code continuedLines}) continues on another page, and the module's last line
 * says where.
 */
record Shape(
        int span,
        int lines,
        boolean separator,
        Copy.Head head,
        int headLines,
        List<Row> rows,
        int capacityLines,
        int oversetLines,
        int undersetLines,
        int continuedLines,
        int headColumns) {

    /** The columns the body (and the photos) take: all but those of a vertical head. */
    int bodySpan() {
        return span - headColumns;
    }

    /** A row of photos at the top right of the body area, all with the same image height. */
    record Row(List<PhotoInfo> photos, List<Integer> spans, int imageLines, int captionLines) {
        int span() {
            return spans.stream().mapToInt(Integer::intValue).sum();
        }

        /** Image, caption and one line of space below. */
        int lines() {
            return imageLines + captionLines + 1;
        }
    }

    static final int MIN_BODY_LINES = 3;
    /** How far a photo's height may move from its natural height: beyond this the crop takes too much. */
    static final double MIN_PHOTO_SCALE = 0.65;
    static final double MAX_PHOTO_SCALE = 1.3;

    /** The shape of {@code copy} in a module {@code span} columns by {@code lines} lines, or null when it cannot be set there. */
    static Shape of(Copy copy, PageGrid grid, Captions captions, int moduleSpan, int lines, boolean separator) {
        int sep = separator ? 1 : 0;
        // a vertical head stands in columns at the side, the body's full height beside it; a head across takes lines on top
        Copy.Head head = copy.vertical() ? copy.verticalHead(grid, moduleSpan, lines - sep) : copy.head(grid.spanWidthPt(moduleSpan));
        if (head == null) {
            return null;
        }
        int headColumns = head.vertical() == null ? 0 : head.vertical().gridColumns();
        int span = moduleSpan - headColumns;
        int headLines = head.vertical() == null ? grid.linesFor(head.heightPt()) + 1 : 0;
        int body = lines - sep - headLines;
        if (body < MIN_BODY_LINES) {
            return null;
        }
        List<Row> natural = rowsAt(copy, grid, captions, span, 1.0);
        List<Row> smallest = rowsAt(copy, grid, captions, span, MIN_PHOTO_SCALE);
        List<Row> largest = rowsAt(copy, grid, captions, span, MAX_PHOTO_SCALE);
        int n = copy.bodyLines.size();
        List<Row> rows = new ArrayList<>(smallest);
        int cap = capacity(span, body, rows);
        if (cap < 0) {
            return null;
        }
        if (cap >= n) {
            // grow each row towards its natural, then its largest height, while the text still fits
            // and the columns beneath keep room for some lines of body (or none at all)
            for (List<Row> target : List.of(natural, largest)) {
                for (int r = 0; r < rows.size(); r++) {
                    Row row = rows.get(r);
                    int spare = (capacity(span, body, rows) - n) / row.span();
                    for (int grow = Math.min(spare, target.get(r).imageLines() - row.imageLines()); grow > 0; grow--) {
                        rows.set(r, new Row(row.photos(), row.spans(), row.imageLines() + grow, row.captionLines()));
                        if (capacity(span, body, rows) >= 0) {
                            break;
                        }
                        rows.set(r, row);
                    }
                }
            }
            cap = capacity(span, body, rows);
        }
        if (cap < 0) {
            return null;
        }
        if (copy.jumps() && n > cap) {
            // the module's last line is the jump line; at least a few lines run on, and a few stay
            int continued = Math.max(MIN_JUMP_LINES, n - (cap - 1));
            int placed = n - continued;
            if (placed < MIN_JUMP_LINES) {
                return null;
            }
            return new Shape(moduleSpan, lines, separator, head, headLines, List.copyOf(rows), cap, 0, cap - 1 - placed, continued,
                    headColumns);
        }
        return new Shape(moduleSpan, lines, separator, head, headLines, List.copyOf(rows), cap,
                Math.max(0, n - cap), Math.max(0, cap - n), 0, headColumns);
    }

    /** A jump never leaves fewer lines than this on either page. */
    static final int MIN_JUMP_LINES = 3;

    /** The body lines the module prints of its article (the jump line not counted). */
    int placedLines(Copy copy) {
        return copy.bodyLines.size() - oversetLines - continuedLines;
    }

    /** The article's photo rows in a module {@code span} columns wide at {@code scale} of their natural height, worked out once. */
    static List<Row> rowsAt(Copy copy, PageGrid grid, Captions captions, int span, double scale) {
        return copy.rows(span, scale, () -> rows(copy, grid, captions, span, scale));
    }

    /** Body lines the frames hold, or -1 when the photos leave a column with too little room. */
    private static int capacity(int span, int body, List<Row> rows) {
        int cap = 0;
        for (int c = 0; c < span; c++) {
            int top = top(span, c, rows);
            if (top > 0 && body - top < MIN_BODY_LINES && top != body) {
                return -1;
            }
            cap += Math.max(0, body - top);
        }
        return cap;
    }

    /** The body line where text starts in column {@code c}: below the photo rows that cover it. */
    static int top(int span, int c, List<Row> rows) {
        int top = 0;
        for (Row r : rows) {
            if (c >= span - r.span()) {
                top += r.lines();
            } else {
                break;
            }
        }
        return top;
    }

    /** Photo rows at a scale of their natural height; rows sorted widest first, right-aligned. */
    private static List<Row> rows(Copy copy, PageGrid grid, Captions captions, int span, double scale) {
        List<Row> rows = new ArrayList<>();
        List<PhotoInfo> current = new ArrayList<>();
        List<Integer> spans = new ArrayList<>();
        int used = 0;
        for (PhotoInfo p : copy.photos) {
            int s = photoSpan(p, span, copy.photos.size());
            if (used + s > span && !current.isEmpty()) {
                rows.add(row(current, spans, grid, captions, scale));
                current = new ArrayList<>();
                spans = new ArrayList<>();
                used = 0;
            }
            current.add(p);
            spans.add(s);
            used += s;
        }
        if (!current.isEmpty()) {
            rows.add(row(current, spans, grid, captions, scale));
        }
        rows.sort((a, b) -> Integer.compare(b.span(), a.span()));
        return rows;
    }

    private static Row row(List<PhotoInfo> photos, List<Integer> spans, PageGrid grid, Captions captions, double scale) {
        int image = 0;
        int caption = 0;
        for (int i = 0; i < photos.size(); i++) {
            double w = grid.spanWidthPt(spans.get(i));
            int natural = (int) Math.round(w * photos.get(i).aspect() / grid.leadingPt());
            image = Math.max(image, Math.max(3, (int) Math.round(natural * scale)));
            caption = Math.max(caption, captions.lines(photos.get(i).photo(), w));
        }
        return new Row(List.copyOf(photos), List.copyOf(spans), image, caption);
    }

    /** A photo's span: as the page file asks (at most the module), else about half a wide module. */
    static int photoSpan(PhotoInfo p, int moduleSpan, int photoCount) {
        if (p.photo().span() != null) {
            return Math.min(p.photo().span(), moduleSpan);
        }
        if (photoCount > 1) {
            // several photos share a row of about two thirds of the module
            return Math.max(1, Math.min(moduleSpan / photoCount, (2 * moduleSpan) / (3 * photoCount) + 1));
        }
        return moduleSpan >= 4 ? (moduleSpan + 1) / 2 : moduleSpan;
    }
}
