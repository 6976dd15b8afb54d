package newsprint.compose;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import newsprint.model.Article;
import newsprint.layout.Layout;
import newsprint.model.BodyBlock;
import newsprint.model.Photo;
import newsprint.model.Place;
import newsprint.type.LineBreaker;
import newsprint.prepare.PageFlow;
import newsprint.prepare.PreparedPage;
import newsprint.type.SetLine;
import newsprint.type.Styles;

/**
 * Composes a page: sets each article's copy, plans the modules, then fills each module's head,
 * photo rows and column frames. The body is dealt into the frames balanced: every column ends
 * within one line of the others, the earlier columns taking the extra line.
 */
public final class Composer {
    /**
     * The photo stops this much of a line above the grid line its caption starts on, so the
     * caption's first line (set on the grid like the body) never touches the picture.
     */
    static final double PHOTO_CAPTION_GAP_LINES = 0.25;

    /** Lines the imprint (报尾) takes at the foot of an edition's last page: the printer, the address, the price. */
    static final int IMPRINT_LINES = 2;

    /**
     * Sets, plans and fills {@code page}. Reads no file: the prepared page holds everything it
     * needs. On a front page the masthead band is the page's own: its ear takes the article
     * pinned into it, else the 导读 box; the other articles share the rest of the grid, as on an
     * edition's last page they share all but the imprint's lines.
     */
    public ComposedPage compose(PreparedPage page) {
        Layout layout = page.layout().layout();
        Styles styles = page.layout().styles();
        PageGrid grid = PageGrid.of(layout);
        LineBreaker breaker = new LineBreaker(layout.options().punctuation());
        Captions captions = new Captions(styles, breaker, grid, layout.options().credit());
        PageFlow flow = page.flow();

        List<Article> ordered = new ArrayList<>(page.articles());
        ordered.sort(Comparator.comparingInt(Article::priority)); // stable: equal priorities keep file order
        List<Copy> copies = new ArrayList<>();
        // equal priorities get equal headline sizes; a page whose articles all share one priority
        // (none was given) ranks them in file order, the first the lead
        boolean ranked = ordered.stream().map(Article::priority).distinct().count() > 1;
        int sizeRank = -1;
        // the one lead's headline may grow to take up slack; leads of equal priority keep equal heads
        boolean oneLead = !ranked || ordered.size() < 2 || ordered.get(1).priority() != ordered.get(0).priority();
        for (int i = 0; i < ordered.size(); i++) {
            Article a = ordered.get(i);
            if (i == 0 || !ranked || a.priority() != ordered.get(i - 1).priority()) {
                sizeRank++;
            }
            List<PhotoInfo> photos = a.photos().stream().map(p -> PhotoInfo.of(p, page.photo(p))).toList();
            Copy.Part part = flow.jumpsTo().containsKey(a.id()) ? Copy.Part.JUMPS
                    : flow.continuesFrom().containsKey(a.id()) ? Copy.Part.CONTINUES : Copy.Part.WHOLE;
            int other = part == Copy.Part.JUMPS ? flow.jumpsTo().get(a.id())
                    : part == Copy.Part.CONTINUES ? flow.continuesFrom().get(a.id()) : 0;
            copies.add(new Copy(a, i, sizeRank, page.layout(), grid, breaker, photos, part, other, i == 0 && oneLead));
        }

        Layout.Masthead mast = layout.masthead();
        int top = mast == null ? 0 : mast.lines();
        int bottom = flow.last() && flow.inEdition() ? IMPRINT_LINES : 0;
        int[] earArea = mast == null || mast.columns() >= grid.columns() ? null
                : new int[] {mast.columns(), 0, grid.columns() - mast.columns(), mast.lines()};
        List<AdSlots.Slot> slots = AdSlots.place(page.file().ads(), grid, top, grid.lines() - bottom, earArea, page.file().file().toString());
        boolean earAd = slots.stream().anyMatch(s -> s.ad().position().kind() == newsprint.model.Ad.Position.Kind.EAR);
        Copy ear = earArea == null || earAd ? null : ear(copies, mast, flow);
        List<Copy> planned = new ArrayList<>(copies);
        planned.remove(ear);
        for (Copy c : planned) {
            requirePhotosFit(page, c, grid, captions, grid.lines() - top - bottom);
        }
        List<int[]> obstacles = slots.stream().filter(s -> s.ad().position().kind() != newsprint.model.Ad.Position.Kind.EAR)
                .map(s -> new int[] {s.column(), s.line(), s.span(), s.lines()}).toList();

        Planner planner = new Planner(planned, grid, captions, top, bottom, obstacles);
        Planner.Result plan = planner.plan();
        for (Planner.Placement p : plan.placements()) {
            Place pin = planned.get(p.article()).article.place();
            if (pin != null && (pin.column() - 1 != p.column() || pin.row() - 1 != p.line())) {
                throw new newsprint.NewsprintException.BadInput(page.file().file() + ": article '" + planned.get(p.article()).article.id()
                        + "': place {column: " + pin.column() + ", row: " + pin.row() + "} cannot be honoured with the other articles",
                        "move the pin, or drop it and let newsprint place the article");
            }
        }
        List<Module> modules = new ArrayList<>();
        List<Unplaced> leftOut = new ArrayList<>();
        Rect masthead = null;
        if (mast != null) {
            int width = ear == null && !earAd ? grid.columns() : mast.columns();
            masthead = grid.area(0, width, 0, mast.lines());
            if (ear != null) {
                Planner.Placement p = new Planner.Placement(-1, mast.columns(), grid.columns() - mast.columns(), 0, mast.lines(), false);
                Shape shape = Shape.of(ear, grid, captions, p.span(), p.lines(), false);
                if (shape == null) {
                    leftOut.add(unplaced(ear, grid));
                } else {
                    modules.add(build(ear, p, shape, grid, captions));
                }
            }
        }
        for (Planner.Placement p : plan.placements()) {
            Shape shape = planner.shape(p.article(), p.span(), p.lines(), p.separator());
            modules.add(build(planned.get(p.article()), p, shape, grid, captions));
        }
        for (int a : plan.leftOut()) {
            leftOut.add(unplaced(planned.get(a), grid));
        }
        Rect imprint = bottom == 0 ? null : grid.area(0, grid.columns(), grid.lines() - bottom, bottom);
        List<AdBox> ads = slots.stream().map(s -> adBox(page, grid, s)).toList();
        return new ComposedPage(page, grid, modules, leftOut, masthead, imprint, ads);
    }

    /** Where an ad's file is drawn in its slot: a PDF at 100 %, centred on the booked area; a picture scaled to fit it whole. */
    private static AdBox adBox(PreparedPage page, PageGrid grid, AdSlots.Slot s) {
        newsprint.prepare.AdFile file = page.ad(s.ad());
        Rect slot = grid.area(s.column(), s.span(), s.line(), s.lines());
        Rect booked = AdSlots.booked(grid, s);
        Rect art;
        double ppi;
        if (file.format() == newsprint.prepare.AdFile.Format.PDF) {
            art = new Rect(booked.xPt() + (booked.widthPt() - file.widthPt()) / 2, booked.yPt() + (booked.heightPt() - file.heightPt()) / 2,
                    file.widthPt(), file.heightPt());
            ppi = file.leastPpi();
        } else {
            double w = file.image().shownWidthPx();
            double h = file.image().shownHeightPx();
            double scale = Math.min(booked.widthPt() / w, booked.heightPt() / h);
            art = new Rect(booked.xPt() + (booked.widthPt() - w * scale) / 2, booked.yPt() + (booked.heightPt() - h * scale) / 2,
                    w * scale, h * scale);
            ppi = 72 / scale;
        }
        return new AdBox(s.ad(), file, slot, booked, art, ppi);
    }

    /** The ear's copy: the article pinned into the band beside the masthead, else the 导读 box, else none. */
    private static Copy ear(List<Copy> copies, Layout.Masthead mast, PageFlow flow) {
        for (Copy c : copies) {
            Place pin = c.article.place();
            if (pin != null && pin.column() > mast.columns() && pin.row() <= mast.lines()) {
                return c;
            }
        }
        return copies.stream().filter(c -> c.article.id().equals(flow.teasersId())).findFirst().orElse(null);
    }

    /**
     * Refuses an article whose photos are taller than the page at every width, even at their
     * smallest: no module could hold it, and planning around it would leave out every article
     * after it too, blaming the room on the page rather than the photo (a 1 × 20000 pixel strip).
     * The column under all of a module's photo rows holds them stacked, so they must fit the page's
     * {@code lines} at some width; a vertical head's body is only narrower, so every width is tried.
     */
    private static void requirePhotosFit(PreparedPage page, Copy copy, PageGrid grid, Captions captions, int lines) {
        if (copy.photos.isEmpty()) {
            return;
        }
        int least = Integer.MAX_VALUE;
        for (int span = 1; span <= grid.columns(); span++) {
            int stacked = Shape.rowsAt(copy, grid, captions, span, Shape.MIN_PHOTO_SCALE).stream().mapToInt(Shape.Row::lines).sum();
            if (stacked <= lines) {
                return;
            }
            least = Math.min(least, stacked);
        }
        // one column wide every photo has a row of its own: the tallest there is the one to name
        List<Shape.Row> narrow = Shape.rowsAt(copy, grid, captions, 1, Shape.MIN_PHOTO_SCALE);
        Shape.Row tallest = narrow.stream().max(Comparator.comparingInt(Shape.Row::lines)).orElseThrow();
        PhotoInfo photo = tallest.photos().get(0);
        String where = page.file().file() + ": article '" + copy.article.id() + "': ";
        String scale = Math.round(Shape.MIN_PHOTO_SCALE * 100) + "%";
        if (tallest.lines() > lines) {
            int index = copy.photos.indexOf(photo) + 1;
            throw new newsprint.NewsprintException.MissingResource(where + "photos[" + index + "].file: photo '"
                    + photo.photo().file().getFileName() + "' (" + photo.widthPx() + " × " + photo.heightPx() + " pixels as shown) is too "
                    + "tall for the page: one column wide and cropped to " + scale + " of its height it takes " + tallest.lines()
                    + " lines with its caption, and the page has " + lines,
                    "crop the photo to a shape a page can hold, or leave it out");
        }
        throw new newsprint.NewsprintException.MissingResource(where + "photos: its " + copy.photos.size() + " photos, cropped to " + scale
                + " of their height, take " + least + " lines stacked at the least, at any width, and the page has " + lines,
                "crop the photos to shapes a page can hold, or leave some out");
    }

    private static Unplaced unplaced(Copy copy, PageGrid grid) {
        List<String> lines = copy.bodyLines.stream().map(l -> l.line().text()).toList();
        return new Unplaced(copy.article, new ArticleFit(copy.article.id(), 0, 0, 0, copy.bodyLines.size(), 0,
                copy.contentChars(), copy.contentChars(), 0, lines), why(copy, grid));
    }

    /**
     * Why an article was left out: its headline, when no width of the page sets it in
     * {@link Copy#MAX_HEADLINE_LINES} lines (a word of a few hundred letters, a headline of a
     * paragraph), where "no room" would send the desk cutting copy that was never the trouble.
     */
    private static String why(Copy copy, PageGrid grid) {
        if (copy.vertical()) {
            return Unplaced.NO_ROOM;
        }
        for (int span = 1; span <= grid.columns(); span++) {
            if (copy.head(grid.spanWidthPt(span)) != null) {
                return Unplaced.NO_ROOM;
            }
        }
        return "headline: it takes more than " + Copy.MAX_HEADLINE_LINES + " lines at every width the page has, even across all "
                + grid.columns() + " columns";
    }

    private Module build(Copy copy, Planner.Placement p, Shape shape, PageGrid grid, Captions captions) {
        Rect rect = grid.area(p.column(), p.span(), p.line(), p.lines());
        int line = p.line() + (p.separator() ? 1 : 0);

        List<HeadLine> head = new ArrayList<>();
        // the body's columns: beside a vertical head, else the module's
        boolean headLeft = copy.vertical() && copy.article.vertical().side() == newsprint.model.VerticalHead.Side.LEFT;
        int bodyColumn = p.column() + (headLeft ? shape.headColumns() : 0);
        int bodySpan = shape.bodySpan();
        if (shape.head().vertical() != null) {
            int stripColumn = headLeft ? p.column() : p.column() + bodySpan;
            head.addAll(VerticalHeads.place(shape.head().vertical(), grid.area(stripColumn, shape.headColumns(), line, p.lines() - (line - p.line()))));
        } else {
            double headHeight = shape.headLines() * grid.leadingPt();
            double y = grid.lineYPt(line) + (headHeight - grid.leadingPt() - shape.head().heightPt()) / 2;
            for (int i = 0; i < shape.head().lines().size(); i++) {
                var style = shape.head().styles().get(i);
                head.add(new HeadLine(shape.head().roles().get(i), shape.head().lines().get(i), style,
                        new Rect(rect.xPt(), y, rect.widthPt(), style.leadingPt())));
                y += style.leadingPt();
            }
        }
        int bodyLine = line + shape.headLines();
        int bodyLines = p.line() + p.lines() - bodyLine;

        List<Figure> figures = new ArrayList<>();
        int rowLine = bodyLine;
        for (Shape.Row row : shape.rows()) {
            int column = bodyColumn + bodySpan - row.span();
            for (int i = 0; i < row.photos().size(); i++) {
                PhotoInfo info = row.photos().get(i);
                int span = row.spans().get(i);
                Rect frame = grid.area(column, span, rowLine, row.imageLines());
                frame = new Rect(frame.xPt(), frame.yPt(), frame.widthPt(), frame.heightPt() - grid.leadingPt() * PHOTO_CAPTION_GAP_LINES);
                figures.add(figure(info.photo(), info, span, frame, captions, grid, rowLine + row.imageLines(), column));
                column += span;
            }
            rowLine += row.lines();
        }

        // a jumping article prints what its module holds less one line, then the line that says where it goes on
        List<FrameLine> printing = copy.bodyLines;
        int placedBody = shape.placedLines(copy);
        if (shape.continuedLines() > 0) {
            printing = new ArrayList<>(copy.bodyLines.subList(0, placedBody));
            printing.add(copy.jumpLine);
        }
        List<TextFrame> frames = frames(printing, bodyColumn, bodySpan, shape, grid, bodyLine, bodyLines);
        int placed = Math.min(frames.stream().mapToInt(f -> f.lines().size()).sum(), placedBody);
        List<String> overset = new ArrayList<>();
        int oversetChars = 0;
        int continuedChars = 0;
        for (int i = placed; i < copy.bodyLines.size(); i++) {
            if (shape.continuedLines() > 0) {
                continuedChars += copy.bodyLines.get(i).line().characters();
            } else {
                overset.add(copy.bodyLines.get(i).line().text());
                oversetChars += copy.bodyLines.get(i).line().characters();
            }
        }
        ArticleFit fit = new ArticleFit(copy.article.id(), p.span(), p.lines(), shape.capacityLines(),
                copy.bodyLines.size(), shape.capacityLines() * grid.charsPerLine(), copy.contentChars(), oversetChars,
                shape.undersetLines(), overset, shape.continuedLines(), continuedChars,
                shape.continuedLines() > 0 ? copy.otherPage : 0);
        List<BodyBlock> rest = shape.continuedLines() > 0 ? Continuation.rest(copy, placed) : List.of();
        return new Module(copy.article, p.column(), p.span(), p.line(), p.lines(), rect, p.separator(), head, figures, frames, fit, rest);
    }

    private static Figure figure(Photo photo, PhotoInfo info, int span, Rect frame, Captions captions, PageGrid grid,
                                 int captionLine, int column) {
        // scale to cover the frame: the image is cropped, never distorted, keeping the focus
        // point (the centre unless the page file names one) as near the frame's centre as it goes
        double scale = Math.max(frame.widthPt() / info.widthPx(), frame.heightPt() / info.heightPx());
        double w = info.widthPx() * scale;
        double h = info.heightPx() * scale;
        double fx = photo.focus() == null ? 0.5 : photo.focus().x();
        double fy = photo.focus() == null ? 0.5 : photo.focus().y();
        double left = clamp(frame.widthPt() / 2 - fx * w, frame.widthPt() - w, 0);
        double top = clamp(frame.heightPt() / 2 - fy * h, frame.heightPt() - h, 0);
        Rect image = new Rect(frame.xPt() + left, frame.yPt() + top, w, h);
        double ppi = 72.0 / scale;
        List<SetLine> caption = captions.set(photo, frame.widthPt());
        Rect captionRect = new Rect(frame.xPt(), grid.lineYPt(captionLine), frame.widthPt(), captions.heightPt(caption));
        return new Figure(photo, span, frame, image, info.orientation(), caption, captionRect, ppi);
    }

    /**
     * Deals the body lines into the module's columns, balanced: every column ends on one of two
     * neighbouring lines, {@code L} or {@code L + 1}. Of the ways to deal them so, the one that
     * leaves the fewest paragraph lines alone at a column's top (its last line, a widow) or foot
     * (its first line, an orphan) wins; among equals, the earlier columns take the extra lines.
     */
    private static List<TextFrame> frames(List<FrameLine> printing, int column, int span, Shape shape, PageGrid grid, int bodyLine,
                                          int bodyLines) {
        int[] top = new int[span];
        for (int c = 0; c < span; c++) {
            top[c] = Shape.top(span, c, shape.rows());
        }
        int n = Math.min(printing.size(), shape.capacityLines());
        int level = 0;
        while (level < bodyLines && filled(top, level + 1) <= n) {
            level++;
        }
        int[] best = null;
        int bestFaults = Integer.MAX_VALUE;
        for (int base = level; base >= Math.max(0, level - 1) && bestFaults > 0; base--) {
            int[] count = new int[span];
            int dealt = 0;
            List<Integer> eligible = new ArrayList<>();
            for (int c = 0; c < span; c++) {
                count[c] = Math.max(0, base - top[c]);
                dealt += count[c];
                if (top[c] + count[c] < bodyLines && (count[c] > 0 || top[c] <= base)) {
                    eligible.add(c);
                }
            }
            int extra = n - dealt;
            if (extra < 0 || extra > eligible.size()) {
                continue;
            }
            // every choice of the columns that take a line more, the leftmost first
            for (int[] chosen : subsets(eligible.size(), extra)) {
                int[] trial = count.clone();
                for (int k : chosen) {
                    trial[eligible.get(k)]++;
                }
                int faults = lonelyLines(printing, trial);
                if (faults < bestFaults) {
                    best = trial;
                    bestFaults = faults;
                    if (faults == 0) {
                        break;
                    }
                }
            }
        }
        List<TextFrame> frames = new ArrayList<>();
        int next = 0;
        for (int c = 0; c < span; c++) {
            List<FrameLine> lines = printing.subList(next, next + best[c]);
            next += best[c];
            Rect r = grid.area(column + c, 1, bodyLine + top[c], bodyLines - top[c]);
            frames.add(new TextFrame(r, column + c, lines));
        }
        return frames;
    }

    /** Paragraph lines alone where a column cut them: a last line at the top of a column, a first line at the foot of one. */
    static int lonelyLines(List<FrameLine> printing, int[] count) {
        int faults = 0;
        int next = 0;
        int lastFilled = -1;
        for (int c = 0; c < count.length; c++) {
            if (count[c] > 0) {
                lastFilled = c;
            }
        }
        boolean before = false;
        for (int c = 0; c < count.length; c++) {
            if (count[c] == 0) {
                continue;
            }
            FrameLine first = printing.get(next);
            FrameLine last = printing.get(next + count[c] - 1);
            if (before && first.kind() == FrameLine.Kind.PARAGRAPH && first.blockEnd() && !first.blockStart()) {
                faults++;
            }
            if (c < lastFilled && last.kind() == FrameLine.Kind.PARAGRAPH && last.blockStart() && !last.blockEnd()) {
                faults++;
            }
            before = true;
            next += count[c];
        }
        return faults;
    }

    /** The {@code k}-element subsets of {@code 0..n-1}, each ascending, in lexicographic order (the leftmost first). */
    private static List<int[]> subsets(int n, int k) {
        List<int[]> out = new ArrayList<>();
        int[] s = new int[k];
        for (int i = 0; i < k; i++) {
            s[i] = i;
        }
        while (true) {
            out.add(s.clone());
            int i = k - 1;
            while (i >= 0 && s[i] == n - k + i) {
                i--;
            }
            if (i < 0) {
                return out;
            }
            s[i]++;
            for (int j = i + 1; j < k; j++) {
                s[j] = s[j - 1] + 1;
            }
        }
    }

    private static double clamp(double v, double min, double max) {
        return Math.max(min, Math.min(max, v));
    }

    private static int filled(int[] top, int level) {
        int n = 0;
        for (int t : top) {
            n += Math.max(0, level - t);
        }
        return n;
    }
}
