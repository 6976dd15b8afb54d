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
    record Row(List<PhotoInfo> photos, List<Integer> spans, int imageLines, int captionLines, int span) {
        /** A row of {@code photos} side by side, {@code spans} columns each: its span is their sum, worked out once (the planner asks it in its inner loop). */
        Row(List<PhotoInfo> photos, List<Integer> spans, int imageLines, int captionLines) {
            this(photos, spans, imageLines, captionLines, spans.stream().mapToInt(Integer::intValue).sum());
        }

        /** Image, caption and one line of space below. */
        int lines() {
            return imageLines + captionLines + 1;
        }
    }

    static final int MIN_BODY_LINES = 3;
    /** Photo areas within a square point of each other are equal (as {@link LayoutAudit} compares them). */
    static final double AREA_TOLERANCE_PT2 = 1;
    /** How far a photo's height may move from its natural height: beyond this the crop takes too much. */
    static final double MIN_PHOTO_SCALE = 0.65;
    static final double MAX_PHOTO_SCALE = 1.3;

    /** The shape of {@code copy} in a module {@code span} columns by {@code lines} lines, or null when it cannot be set there. */
    static Shape of(Copy copy, PageGrid grid, Captions captions, int moduleSpan, int lines, boolean separator) {
        return of(copy, grid, captions, moduleSpan, lines, separator, Double.POSITIVE_INFINITY, true);
    }

    /**
     * The same, no photo growing past {@code maxPhotoAreaPt} (square points, as printed): a story
     * of lower priority is held to the lead's photo. A photo starts at its smallest and grows
     * towards its natural, then its largest height while the text still fits; when the module
     * would still be underset, a photo alone in its row (its span not asked for) widens column by
     * column while that leaves less of the module empty: slack goes to the photo before it is
     * left as empty cells ({@code widen} false keeps every photo at its usual span).
     */
    static Shape of(Copy copy, PageGrid grid, Captions captions, int moduleSpan, int lines, boolean separator, double maxPhotoAreaPt,
                    boolean widen) {
        int sep = separator ? 1 : 0;
        // a vertical head stands in columns at the side, the body's full height beside it; a head across takes lines on top
        Copy.Head head = copy.vertical() ? copy.verticalHead(grid, moduleSpan, lines - sep) : copy.head(grid.spanWidthPt(moduleSpan));
        if (head == null) {
            return null;
        }
        Shape shape = of(copy, grid, captions, moduleSpan, lines, separator, maxPhotoAreaPt, widen, head);
        if (shape != null && shape.undersetLines() > 0 && copy.headGrows) {
            // the lead's headline takes a line more when its module would still be underset, its photo grown as far as it
            // goes (with the longer head the photo is grown again in the body left, so any slack may make room for it)
            Copy.Head longer = copy.longerHead(grid.spanWidthPt(moduleSpan));
            Shape grown = longer == null ? null : of(copy, grid, captions, moduleSpan, lines, separator, maxPhotoAreaPt, widen, longer);
            if (grown != null && grown.oversetLines() == 0 && grown.continuedLines() == shape.continuedLines()
                    && grown.undersetLines() < shape.undersetLines()) {
                shape = grown;
            }
        }
        return shape;
    }

    private static Shape of(Copy copy, PageGrid grid, Captions captions, int moduleSpan, int lines, boolean separator,
                            double maxPhotoAreaPt, boolean widen, Copy.Head head) {
        int sep = separator ? 1 : 0;
        int headColumns = head.vertical() == null ? 0 : head.vertical().gridColumns();
        int span = moduleSpan - headColumns;
        int headLines = head.vertical() == null ? grid.linesFor(head.heightPt()) + 1 : 0;
        int body = lines - sep - headLines;
        if (body < MIN_BODY_LINES) {
            return null;
        }
        int n = copy.bodyLines.size();
        List<Row> rows = grown(copy, grid, captions, span, body, n, 0, maxPhotoAreaPt);
        int cap = capacity(span, body, rows);
        if (cap < 0) {
            return null;
        }
        for (int narrower = -1; largestPhotoAreaPt(grid, rows) > maxPhotoAreaPt + AREA_TOLERANCE_PT2; narrower--) {
            // held to a smaller photo than its smallest at its usual span: the photo takes fewer columns
            List<Row> w = grown(copy, grid, captions, span, body, n, narrower, maxPhotoAreaPt);
            if (w == null) {
                break;
            }
            int c = capacity(span, body, w);
            if (c >= 0) {
                rows = w;
                cap = c;
            }
        }
        for (int wider = 1; widen && cap > n && wider < span; wider++) {
            List<Row> w = grown(copy, grid, captions, span, body, n, wider, maxPhotoAreaPt);
            if (w == null) {
                break; // no photo widens this far
            }
            int c = capacity(span, body, w);
            if (c >= n && c < cap && largestPhotoAreaPt(grid, w) <= maxPhotoAreaPt + AREA_TOLERANCE_PT2) {
                rows = w;
                cap = c;
            }
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

    /**
     * The photo rows in {@code body} lines of {@code span} columns, {@code wider} columns wider
     * than their usual span (see {@link #photoSpan}): at their smallest, then grown towards their
     * natural and their largest height while the {@code n} lines of text still fit, the columns
     * beneath keep room for some lines of body (or none at all), and no photo passes
     * {@code maxPhotoAreaPt}. Null when {@code wider} widens no photo.
     */
    private static List<Row> grown(Copy copy, PageGrid grid, Captions captions, int span, int body, int n, int wider,
                                   double maxPhotoAreaPt) {
        List<Row> smallest = rowsAt(copy, grid, captions, span, MIN_PHOTO_SCALE, wider);
        if (smallest == null) {
            return null;
        }
        List<Row> rows = new ArrayList<>(smallest);
        if (capacity(span, body, rows) < n) {
            return rows;
        }
        for (List<Row> target : List.of(rowsAt(copy, grid, captions, span, 1.0, wider),
                rowsAt(copy, grid, captions, span, MAX_PHOTO_SCALE, wider))) {
            for (int r = 0; r < rows.size(); r++) {
                Row row = rows.get(r);
                int spare = (capacity(span, body, rows) - n) / row.span();
                int most = Math.min(spare, target.get(r).imageLines() - row.imageLines());
                while (most > 0 && largestPhotoAreaPt(grid, row, row.imageLines() + most) > maxPhotoAreaPt) {
                    most--;
                }
                for (int grow = most; grow > 0; grow--) {
                    rows.set(r, new Row(row.photos(), row.spans(), row.imageLines() + grow, row.captionLines(), row.span()));
                    if (capacity(span, body, rows) >= 0) {
                        break;
                    }
                    rows.set(r, row);
                }
            }
        }
        return rows;
    }

    /** The printed area of a row's largest photo were its images {@code imageLines} tall: its frame, less the gap above the caption. */
    static double largestPhotoAreaPt(PageGrid grid, Row row, int imageLines) {
        int widest = row.spans().stream().mapToInt(Integer::intValue).max().orElse(0);
        return grid.spanWidthPt(widest) * (imageLines - Composer.PHOTO_CAPTION_GAP_LINES) * grid.leadingPt();
    }

    /** The printed area of the largest photo of {@code rows}, 0 when there is none. */
    static double largestPhotoAreaPt(PageGrid grid, List<Row> rows) {
        return rows.stream().mapToDouble(r -> largestPhotoAreaPt(grid, r, r.imageLines())).max().orElse(0);
    }

    /** A jump never leaves fewer lines than this on either page. */
    static final int MIN_JUMP_LINES = 3;

    /** The body lines the module prints of its article (the jump line not counted). */
    int placedLines(Copy copy) {
        return copy.bodyLines.size() - oversetLines - continuedLines;
    }

    /** The article's photo rows in a module {@code span} columns wide at {@code scale} of their natural height, worked out once. */
    static List<Row> rowsAt(Copy copy, PageGrid grid, Captions captions, int span, double scale) {
        return rowsAt(copy, grid, captions, span, scale, 0);
    }

    /**
     * The same with a photo alone in its row (its span not asked for) {@code wider} columns wider
     * than usual (narrower when negative), at least one column and at most the module; null when
     * {@code wider} is not 0 and no photo widens (or narrows) that far.
     */
    static List<Row> rowsAt(Copy copy, PageGrid grid, Captions captions, int span, double scale, int wider) {
        if (wider != 0 && !widens(copy, span, wider)) {
            return null;
        }
        return copy.rows(span, scale, wider, () -> rows(copy, grid, captions, span, scale, wider));
    }

    /** True when the article's one photo, its span not asked for, can be {@code wider} columns wider in a module {@code span} wide. */
    static boolean widens(Copy copy, int span, int wider) {
        int to = copy.photos.size() == 1 ? photoSpan(copy.photos.get(0), span, 1) + wider : 0;
        return copy.photos.size() == 1 && copy.photos.get(0).photo().span() == null && to >= 1 && to <= span;
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
    private static List<Row> rows(Copy copy, PageGrid grid, Captions captions, int span, double scale, int wider) {
        List<Row> rows = new ArrayList<>();
        List<PhotoInfo> current = new ArrayList<>();
        List<Integer> spans = new ArrayList<>();
        int used = 0;
        for (PhotoInfo p : copy.photos) {
            int s = photoSpan(p, span, copy.photos.size()) + wider; // wider is not 0 only for a photo alone
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
