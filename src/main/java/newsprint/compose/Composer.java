package newsprint.compose;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import newsprint.model.Article;
import newsprint.layout.Layout;
import newsprint.model.Photo;
import newsprint.model.Place;
import newsprint.type.LineBreaker;
import newsprint.prepare.PreparedPage;
import newsprint.type.SetLine;
import newsprint.type.Styles;

/**
 * Composes a page: sets each article's copy, plans the modules, then fills each module's head,
 * photo rows and column frames. The body is dealt into the frames balanced: every column ends
 * within one line of the others, the earlier columns taking the extra line.
 */
public final class Composer {
    private final LineBreaker breaker = new LineBreaker();

    /**
     * The photo stops this much of a line above the grid line its caption starts on, so the
     * caption's first line (set on the grid like the body) never touches the picture.
     */
    static final double PHOTO_CAPTION_GAP_LINES = 0.25;

    /** Sets, plans and fills {@code page}. Reads no file: the prepared page holds everything it needs. */
    public ComposedPage compose(PreparedPage page) {
        Layout layout = page.layout().layout();
        Styles styles = page.layout().styles();
        PageGrid grid = PageGrid.of(layout);
        Captions captions = new Captions(styles, breaker, grid);

        List<Article> ordered = new ArrayList<>(page.articles());
        ordered.sort(Comparator.comparingInt(Article::priority)); // stable: equal priorities keep file order
        List<Copy> copies = new ArrayList<>();
        for (int i = 0; i < ordered.size(); i++) {
            Article a = ordered.get(i);
            List<PhotoInfo> photos = a.photos().stream().map(p -> PhotoInfo.of(p, page.photo(p))).toList();
            copies.add(new Copy(a, i, page.layout(), grid, breaker, photos));
        }

        Planner planner = new Planner(copies, grid, captions);
        Planner.Result plan = planner.plan();
        for (Planner.Placement p : plan.placements()) {
            Place pin = copies.get(p.article()).article.place();
            if (pin != null && (pin.column() - 1 != p.column() || pin.row() - 1 != p.line())) {
                throw new newsprint.NewsprintException.BadInput(page.file().file() + ": article '" + copies.get(p.article()).article.id()
                        + "': place {column: " + pin.column() + ", row: " + pin.row() + "} cannot be honoured with the other articles",
                        "move the pin, or drop it and let newsprint place the article");
            }
        }
        List<Module> modules = new ArrayList<>();
        for (Planner.Placement p : plan.placements()) {
            Shape shape = planner.shape(p.article(), p.span(), p.lines(), p.separator());
            modules.add(build(copies.get(p.article()), p, shape, grid, captions));
        }
        List<Unplaced> leftOut = new ArrayList<>();
        for (int a : plan.leftOut()) {
            Copy copy = copies.get(a);
            List<String> lines = copy.bodyLines.stream().map(l -> l.line().text()).toList();
            leftOut.add(new Unplaced(copy.article, new ArticleFit(copy.article.id(), 0, 0, 0, copy.bodyLines.size(), 0,
                    copy.contentChars(), copy.contentChars(), 0, lines)));
        }
        return new ComposedPage(page, grid, modules, leftOut);
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

        List<TextFrame> frames = frames(copy, bodyColumn, bodySpan, shape, grid, bodyLine, bodyLines);
        int placed = frames.stream().mapToInt(f -> f.lines().size()).sum();
        List<String> overset = new ArrayList<>();
        for (int i = placed; i < copy.bodyLines.size(); i++) {
            overset.add(copy.bodyLines.get(i).line().text());
        }
        int contentChars = copy.contentChars();
        int oversetChars = 0;
        for (int i = placed; i < copy.bodyLines.size(); i++) {
            oversetChars += copy.bodyLines.get(i).line().characters();
        }
        ArticleFit fit = new ArticleFit(copy.article.id(), p.span(), p.lines(), shape.capacityLines(),
                copy.bodyLines.size(), shape.capacityLines() * grid.charsPerLine(), contentChars, oversetChars,
                shape.undersetLines(), overset);
        return new Module(copy.article, p.column(), p.span(), p.line(), p.lines(), rect, p.separator(), head, figures, frames, fit);
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
     * Deals the body lines into the module's columns, balanced: the level {@code t} is the
     * deepest line every column can reach with the lines there are; the remainder goes one
     * line each to the leftmost columns.
     */
    private static List<TextFrame> frames(Copy copy, int column, int span, Shape shape, PageGrid grid, int bodyLine, int bodyLines) {
        int[] top = new int[span];
        for (int c = 0; c < span; c++) {
            top[c] = Shape.top(span, c, shape.rows());
        }
        int n = Math.min(copy.bodyLines.size(), shape.capacityLines());
        int level = 0;
        while (level < bodyLines && filled(top, level + 1) <= n) {
            level++;
        }
        int[] count = new int[span];
        int dealt = 0;
        for (int c = 0; c < span; c++) {
            count[c] = Math.max(0, level - top[c]);
            dealt += count[c];
        }
        for (int c = 0; c < span && dealt < n; c++) {
            if (top[c] + count[c] < bodyLines && (count[c] > 0 || top[c] <= level)) {
                count[c]++;
                dealt++;
            }
        }
        List<TextFrame> frames = new ArrayList<>();
        int next = 0;
        for (int c = 0; c < span; c++) {
            List<FrameLine> lines = copy.bodyLines.subList(next, next + count[c]);
            next += count[c];
            Rect r = grid.area(column + c, 1, bodyLine + top[c], bodyLines - top[c]);
            frames.add(new TextFrame(r, column + c, lines));
        }
        return frames;
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
