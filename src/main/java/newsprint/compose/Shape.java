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
    /**
     * The least share of its picture a photo's frame shows at its smallest: {@link #MIN_PHOTO_SCALE}
     * of its natural lines rounds to whole lines, and the frame stops a quarter line above the
     * caption, so 0.65 of a height can show a little less (63 % of a 15-line photo); never less
     * than this, the share under which {@code newsprint check} warns of a photo cropped too far
     * ({@code Preflight.SHOWN_AT_LEAST}).
     */
    static final double LEAST_SHOWN = 0.6;

    /** The shape of {@code copy} in a module {@code span} columns by {@code lines} lines, or null when it cannot be set there. */
    static Shape of(Copy copy, PageGrid grid, Captions captions, int moduleSpan, int lines, boolean separator) {
        return of(copy, grid, captions, moduleSpan, lines, separator, Double.POSITIVE_INFINITY, true);
    }

    /**
     * The same, no photo growing past {@code maxPhotoAreaPt} (square points, as printed): a story
     * of lower priority is held to the lead's photo. A photo starts at its smallest and grows
     * towards its natural, then its largest height while the text still fits; when the module
     * would still be underset, a photo alone in its row (its span not asked for) widens column by
     * column, and several photos take another of their arrangements ({@link #arrangements}), while
     * that leaves less of the module empty: slack goes to the photos before it is left as empty
     * cells ({@code widen} false keeps every photo at its usual span and arrangement).
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
        for (int wider = 1; widen && cap > n && (wider < span || copy.photos.size() > 1); wider++) {
            List<Row> w = grown(copy, grid, captions, span, body, n, wider, maxPhotoAreaPt);
            if (w == null) {
                break; // no photo widens this far, or the photos have no more arrangements
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
        // loops, not streams: the planner asks this in its inner loop
        List<Integer> spans = row.spans();
        int widest = spans.isEmpty() ? 0 : spans.get(0);
        for (int i = 1, n = spans.size(); i < n; i++) {
            widest = Math.max(widest, spans.get(i));
        }
        return grid.spanWidthPt(widest) * (imageLines - Composer.PHOTO_CAPTION_GAP_LINES) * grid.leadingPt();
    }

    /** The printed area of the largest photo of {@code rows}, 0 when there is none. */
    static double largestPhotoAreaPt(PageGrid grid, List<Row> rows) {
        double largest = 0;
        for (int i = 0, n = rows.size(); i < n; i++) {
            Row r = rows.get(i);
            largest = i == 0 ? largestPhotoAreaPt(grid, r, r.imageLines()) : Math.max(largest, largestPhotoAreaPt(grid, r, r.imageLines()));
        }
        return largest;
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
     * than usual (narrower when negative), at least one column and at most the module, or several
     * photos in their arrangement number {@code wider} ({@link #arrangements}); null when
     * {@code wider} is not 0 and no photo widens (or narrows) that far, or there is no such arrangement.
     */
    static List<Row> rowsAt(Copy copy, PageGrid grid, Captions captions, int span, double scale, int wider) {
        if (wider != 0 && !widens(copy, grid, span, wider)) {
            return null;
        }
        return copy.rows(span, scale, wider, () -> rows(copy, grid, captions, span, scale, wider));
    }

    /**
     * True when the article's one photo, its span not asked for, can be {@code wider} columns
     * wider in a module {@code span} wide; for several photos, when they have an arrangement
     * number {@code wider} besides their usual one.
     */
    static boolean widens(Copy copy, PageGrid grid, int span, int wider) {
        if (copy.photos.size() > 1) {
            return wider >= 1 && wider < arrangements(copy, grid, span).size();
        }
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

    /**
     * Photo rows at a scale of their natural height; rows sorted widest first, right-aligned. The
     * photos fill rows in order at their usual spans; a row whose photos cannot share one height,
     * each cropped within the rule ({@link #MIN_PHOTO_SCALE} to {@link #MAX_PHOTO_SCALE} of its
     * natural height), gives its free photos other spans, else is cut into rows that can. The row
     * arrangement does not depend on {@code scale}: only the rows' heights do.
     */
    private static List<Row> rows(Copy copy, PageGrid grid, Captions captions, int span, double scale, int wider) {
        List<Row> rows = new ArrayList<>();
        List<RowPlan> plans = copy.photos.size() > 1 ? arrangements(copy, grid, span).get(wider) : arrange(copy, grid, span, wider);
        for (RowPlan plan : plans) {
            rows.add(row(plan.photos(), plan.spans(), grid, captions, scale));
        }
        rows.sort((a, b) -> Integer.compare(b.span(), a.span()));
        return rows;
    }

    /** Photos side by side at their spans, before their height is chosen. */
    record RowPlan(List<PhotoInfo> photos, List<Integer> spans) {
    }

    /**
     * The ways an article's several photos can be set in rows in a body {@code span} columns
     * wide, worked out once: first the usual one ({@link #arrange}), then the photos cut into
     * rows at every other place, in order, each row at the spans nearest its own usual ones, or
     * nearest the body's width, at which its photos share a height within the rule (for more than
     * {@value #MOST_CUT_PHOTOS} photos only one photo a row). Only the page's lead sets a photo
     * alone across the body. A module the usual arrangement leaves underset takes the one that
     * leaves it least empty: its photos then take the slack, each still cropped within the rule.
     */
    static List<List<RowPlan>> arrangements(Copy copy, PageGrid grid, int span) {
        return copy.arrangements(span, () -> {
            List<List<RowPlan>> out = new ArrayList<>();
            out.add(arrange(copy, grid, span, 0));
            int k = copy.photos.size();
            int cuts = k - 1;
            // the lowest bit: each row as wide as the body, else at its photos' usual spans; the others: where the rows are cut
            // (past MOST_CUT_PHOTOS photos, after each one only)
            for (int mask = k > MOST_CUT_PHOTOS ? ((1 << cuts) - 1) << 1 : 0; mask < 2 << cuts; mask++) {
                boolean full = (mask & 1) != 0;
                int cut = mask >> 1;
                List<RowPlan> plans = new ArrayList<>();
                int from = 0;
                for (int i = 0; i < k && plans != null; i++) {
                    if (i == k - 1 || (cut & 1 << i) != 0) {
                        List<PhotoInfo> photos = copy.photos.subList(from, i + 1);
                        List<Integer> usual = photos.stream().map(p -> photoSpan(p, span, photos.size())).toList();
                        // a photo alone across the body is the lead's: a lesser story's so grown would outweigh the stories above it
                        boolean wide = full && (photos.size() > 1 || copy.headGrows);
                        int target = wide ? span : usual.stream().mapToInt(Integer::intValue).sum();
                        List<Integer> spans = photos.size() == 1 && wide && photos.get(0).photo().span() == null ? List.of(span)
                                : apportion(photos, usual, target, grid, span);
                        if (spans == null) {
                            plans = null;
                        } else {
                            plans.add(new RowPlan(List.copyOf(photos), spans));
                        }
                        from = i + 1;
                    }
                }
                if (plans != null && !out.contains(plans)) {
                    out.add(List.copyOf(plans));
                }
            }
            return List.copyOf(out);
        });
    }

    /** Up to this many photos are cut into rows at every place (2 to the power of one less ways); more, only one a row. */
    static final int MOST_CUT_PHOTOS = 4;

    /** The photos in rows of at most {@code span} columns, every row able to crop each of its photos within the rule at one height. */
    private static List<RowPlan> arrange(Copy copy, PageGrid grid, int span, int wider) {
        List<RowPlan> plans = new ArrayList<>();
        List<PhotoInfo> current = new ArrayList<>();
        List<Integer> spans = new ArrayList<>();
        int used = 0;
        for (PhotoInfo p : copy.photos) {
            int s = photoSpan(p, span, copy.photos.size()) + wider; // wider is not 0 only for a photo alone
            if (used + s > span && !current.isEmpty()) {
                settle(current, spans, grid, span, plans);
                current = new ArrayList<>();
                spans = new ArrayList<>();
                used = 0;
            }
            current.add(p);
            spans.add(s);
            used += s;
        }
        if (!current.isEmpty()) {
            settle(current, spans, grid, span, plans);
        }
        return plans;
    }

    /**
     * Adds the row of {@code photos} at their {@code usual} spans to {@code plans} when they can
     * share a height within the rule; else at the spans nearest those that can (free photos only,
     * the row at most {@code span} wide); else the longest run of them from the first that can be
     * one row, and the rest likewise. One photo alone always can.
     */
    private static void settle(List<PhotoInfo> photos, List<Integer> usual, PageGrid grid, int span, List<RowPlan> plans) {
        for (int from = 0; from < photos.size(); ) {
            for (int to = photos.size(); to > from; to--) {
                List<Integer> spans = apportion(photos.subList(from, to), usual.subList(from, to), grid, span);
                if (spans != null) {
                    plans.add(new RowPlan(List.copyOf(photos.subList(from, to)), spans));
                    from = to;
                    break;
                }
            }
        }
    }

    /**
     * Spans for a row of {@code photos} at which one image height crops every one of them within
     * the rule, or null when none: the usual spans when they can, else the spans whose total is
     * nearest the usual total (the wider of two equally near), then nearest each photo's usual
     * span. A photo whose span the page file asks for keeps it. One photo alone keeps its span.
     */
    static List<Integer> apportion(List<PhotoInfo> photos, List<Integer> usual, PageGrid grid, int span) {
        return apportion(photos, usual, usual.stream().mapToInt(Integer::intValue).sum(), grid, span);
    }

    /** The same, the row's total nearest {@code usualTotal} columns rather than the usual spans' sum. */
    static List<Integer> apportion(List<PhotoInfo> photos, List<Integer> usual, int usualTotal, PageGrid grid, int span) {
        int k = photos.size();
        int sum = usual.stream().mapToInt(Integer::intValue).sum();
        if (k == 1 || sum == usualTotal && sum <= span && heightRange(photos, usual, grid) != null) {
            return List.copyOf(usual);
        }
        int tallest = 0;
        for (int i = 0; i < k; i++) {
            tallest = Math.max(tallest, imageLines(naturalLines(grid, photos.get(i), span), MAX_PHOTO_SCALE));
        }
        int[] bestSpans = null;
        long bestKey = Long.MAX_VALUE;
        for (int h = 3; h <= tallest; h++) {
            // fewest columns moved from the usual spans to reach each total, every photo croppable to h lines
            int[][] moved = new int[k + 1][span + 1];
            int[][] from = new int[k + 1][span + 1];
            for (int[] m : moved) {
                java.util.Arrays.fill(m, Integer.MAX_VALUE);
            }
            moved[0][0] = 0;
            for (int i = 0; i < k; i++) {
                PhotoInfo p = photos.get(i);
                boolean asked = p.photo().span() != null;
                for (int s = 1; s <= span; s++) {
                    if (asked && s != usual.get(i)) {
                        continue;
                    }
                    int natural = naturalLines(grid, p, s);
                    if (h < leastImageLines(grid, p, s) || h > imageLines(natural, MAX_PHOTO_SCALE)) {
                        continue;
                    }
                    for (int t = 0; t + s <= span; t++) {
                        if (moved[i][t] == Integer.MAX_VALUE) {
                            continue;
                        }
                        int m = moved[i][t] + Math.abs(s - usual.get(i));
                        if (m < moved[i + 1][t + s]) {
                            moved[i + 1][t + s] = m;
                            from[i + 1][t + s] = s;
                        }
                    }
                }
            }
            for (int t = 1; t <= span; t++) {
                if (moved[k][t] == Integer.MAX_VALUE) {
                    continue;
                }
                // nearest the usual total, then the wider, then the fewest columns moved
                long key = ((long) Math.abs(t - usualTotal) * 2 + (t < usualTotal ? 1 : 0)) * 100_000 + moved[k][t];
                if (key < bestKey) {
                    bestKey = key;
                    bestSpans = new int[k];
                    for (int i = k, rest = t; i > 0; i--) {
                        bestSpans[i - 1] = from[i][rest];
                        rest -= from[i][rest];
                    }
                }
            }
        }
        if (bestSpans == null) {
            return null;
        }
        return java.util.Arrays.stream(bestSpans).boxed().toList();
    }

    /**
     * The image heights, in lines, at which every one of {@code photos} at its span is cropped
     * within the rule ({@code [least, most]}), or null when no one height does.
     */
    static int[] heightRange(List<PhotoInfo> photos, List<Integer> spans, PageGrid grid) {
        int least = 0;
        int most = Integer.MAX_VALUE;
        for (int i = 0; i < photos.size(); i++) {
            int natural = naturalLines(grid, photos.get(i), spans.get(i));
            least = Math.max(least, leastImageLines(grid, photos.get(i), spans.get(i)));
            most = Math.min(most, imageLines(natural, MAX_PHOTO_SCALE));
        }
        return least <= most ? new int[] {least, most} : null;
    }

    /** A photo's height in whole lines at {@code span} columns, uncropped. */
    private static int naturalLines(PageGrid grid, PhotoInfo p, int span) {
        return (int) Math.round(grid.spanWidthPt(span) * p.aspect() / grid.leadingPt());
    }

    /**
     * The fewest image lines of a photo at {@code span} columns: {@link #MIN_PHOTO_SCALE} of its
     * natural lines, rounded, and no fewer than show {@link #LEAST_SHOWN} of its picture in the
     * frame, which stops {@link Composer#PHOTO_CAPTION_GAP_LINES} short of its last line (a small
     * photo's natural lines, rounded twice, could otherwise crop it to 56 %).
     */
    private static int leastImageLines(PageGrid grid, PhotoInfo p, int span) {
        double exact = LEAST_SHOWN * grid.spanWidthPt(span) * p.aspect() / grid.leadingPt() + Composer.PHOTO_CAPTION_GAP_LINES;
        return Math.max(imageLines(naturalLines(grid, p, span), MIN_PHOTO_SCALE), (int) Math.ceil(exact - 1e-9));
    }

    /** An image of {@code natural} lines at {@code scale}, at least 3 lines. */
    private static int imageLines(int natural, double scale) {
        return Math.max(3, (int) Math.round(natural * scale));
    }

    /**
     * A row at {@code scale}: as tall as its tallest photo at that scale, held within the heights
     * that crop each of its photos within the rule ({@link #heightRange}).
     */
    private static Row row(List<PhotoInfo> photos, List<Integer> spans, PageGrid grid, Captions captions, double scale) {
        int image = 0;
        int caption = 0;
        for (int i = 0; i < photos.size(); i++) {
            double w = grid.spanWidthPt(spans.get(i));
            image = Math.max(image, imageLines(naturalLines(grid, photos.get(i), spans.get(i)), scale));
            caption = Math.max(caption, captions.lines(photos.get(i).photo(), w));
        }
        int[] range = heightRange(photos, spans, grid);
        if (range == null) {
            throw new IllegalStateException("a row of photos no one height crops within the rule: " + spans);
        }
        image = Math.max(range[0], Math.min(range[1], image));
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
