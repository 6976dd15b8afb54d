package newsprint.archive;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import newsprint.compose.ComposedPage;
import newsprint.compose.Figure;
import newsprint.compose.FrameLine;
import newsprint.compose.HeadLine;
import newsprint.compose.Module;
import newsprint.compose.Rect;
import newsprint.compose.TextFrame;
import newsprint.model.Article;

/**
 * A composed page as the archive describes it: per article, in reading order, its text blocks
 * (head lines by role, each paragraph's part in each column, captions) and its photos, every
 * line and word with its place on the page in points from the top left, and every part with the
 * id the ALTO file gives it and the METS file points at. Worked out once from the composer's
 * own lines ({@link PrintedLines}); nothing is read back from the PDF.
 */
public final class PrintedPage {
    /** What a text block is in the article. */
    public enum Kind { KICKER, HEADLINE, SUBHEADLINE, PARAGRAPH, SUBHEAD, SOURCE, CAPTION, JUMP }

    /**
     * One word: a run of text in one style between spaces (a Han line without spaces is one word
     * per style); {@code byline} when it is part of the run-in byline, {@code spaceAfter} when a
     * space follows it on its line.
     */
    public record Word(String id, String text, newsprint.type.TextStyle style, double xPt, double widthPt, boolean byline,
                       boolean spaceAfter) {
    }

    /**
     * One printed line: {@code xPt}/{@code widthPt} from its first glyph to the end of its last,
     * {@code topPt}/{@code heightPt} its glyphs' height (the face's ascent and descent at its size),
     * and its baseline.
     */
    public record Line(String id, double xPt, double topPt, double widthPt, double heightPt, double baselinePt, List<Word> words) {
        public Line {
            words = List.copyOf(words);
        }

        public String text() {
            StringBuilder sb = new StringBuilder();
            for (Word w : words) {
                sb.append(w.text()).append(w.spaceAfter() ? " " : "");
            }
            return sb.toString().stripTrailing();
        }
    }

    /**
     * A block of lines in one place: {@code index} is the paragraph or subhead's place among the
     * article's body blocks (or the figure's, for a caption), {@code part} 0 for a block's first
     * column and 1, 2 … where a column break continued it; {@code last} is true for its last part.
     */
    public record Block(String id, Kind kind, int index, int part, boolean last, Rect rect, List<Line> lines) {
        public Block {
            lines = List.copyOf(lines);
        }
    }

    /** A photo as printed: its frame, and the caption block under it (null when it has none). */
    public record Illustration(String id, Rect rect, Figure figure, Block caption) {
    }

    /** An article on this page: its module's rectangle, its blocks in reading order, its photos. */
    public record Part(String id, Article article, Rect rect, List<Block> blocks, List<Illustration> illustrations) {
        public Part {
            blocks = List.copyOf(blocks);
            illustrations = List.copyOf(illustrations);
        }
    }

    private final ComposedPage page;
    private final List<Part> articles;

    private PrintedPage(ComposedPage page, List<Part> articles) {
        this.page = page;
        this.articles = List.copyOf(articles);
    }

    public ComposedPage page() {
        return page;
    }

    /** The page's articles in reading order (the composer's). */
    public List<Part> articles() {
        return articles;
    }

    /** The page worked out: ids numbered in reading order ({@code TB1}, {@code TL1}, {@code S1}, {@code IL1}; {@code ART_id} per article). */
    public static PrintedPage of(ComposedPage page) {
        Ids ids = new Ids();
        List<Part> parts = new ArrayList<>();
        for (Module m : page.modules()) {
            parts.add(article(m, ids, page.grid().leadingPt()));
        }
        return new PrintedPage(page, parts);
    }

    private static Part article(Module m, Ids ids, double leadingPt) {
        List<Block> blocks = new ArrayList<>(head(m, ids));
        blocks.addAll(body(m, ids, leadingPt));
        return new Part("ART_" + m.article().id(), m.article(), m.rect(), blocks, illustrations(m, ids));
    }

    /** The head's lines, a block per role (kicker, headline, subheadline), each line centred across the module. */
    private static List<Block> head(Module m, Ids ids) {
        List<Block> blocks = new ArrayList<>();
        Kind kind = null;
        List<Line> lines = new ArrayList<>();
        for (HeadLine h : m.head()) {
            Kind k = switch (h.role()) {
                case KICKER -> Kind.KICKER;
                case HEADLINE -> Kind.HEADLINE;
                case SUBHEADLINE -> Kind.SUBHEADLINE;
            };
            if (k != kind && !lines.isEmpty()) {
                blocks.add(block(ids, kind, 0, 0, true, lines));
                lines = new ArrayList<>();
            }
            kind = k;
            lines.add(PrintedLines.line(ids, h.line(), h.rect(), FrameLine.Align.CENTER, null));
        }
        if (!lines.isEmpty()) {
            blocks.add(block(ids, kind, 0, 0, true, lines));
        }
        return blocks;
    }

    /** The body, column by column: a block for each paragraph, subhead or source line's part in a column. */
    private static List<Block> body(Module m, Ids ids, double leadingPt) {
        List<Block> blocks = new ArrayList<>();
        PrintedLines.Prefix byline = m.article().byline() == null ? null : new PrintedLines.Prefix(m.article().byline());
        // parts printed so far of each block (a jump line's block is its own, below 0)
        java.util.Map<Integer, Integer> parts = new java.util.HashMap<>();
        // the byline runs into the first paragraph: its words are marked as the byline's
        int bylineBlock = m.frames().stream().flatMap(f -> f.lines().stream()).filter(l -> l.kind() == FrameLine.Kind.PARAGRAPH)
                .mapToInt(FrameLine::block).findFirst().orElse(-1);
        for (TextFrame f : m.frames()) {
            List<Line> lines = new ArrayList<>();
            FrameLine first = null;
            for (int i = 0; i < f.lines().size(); i++) {
                FrameLine fl = f.lines().get(i);
                if (first != null && fl.block() != first.block()) {
                    blocks.add(block(ids, kind(first), first.block(), parts.merge(first.block(), 1, Integer::sum) - 1,
                            f.lines().get(i - 1).blockEnd(), lines));
                    lines = new ArrayList<>();
                }
                if (lines.isEmpty()) {
                    first = fl;
                }
                Rect box = new Rect(f.rect().xPt(), f.rect().yPt() + i * leadingPt, f.rect().widthPt(), leadingPt);
                lines.add(PrintedLines.line(ids, fl.line(), box, fl.align(), fl.block() == bylineBlock ? byline : null));
            }
            if (first != null) {
                FrameLine end = f.lines().get(f.lines().size() - 1);
                blocks.add(block(ids, kind(first), first.block(), parts.merge(first.block(), 1, Integer::sum) - 1, end.blockEnd(), lines));
            }
        }
        return blocks;
    }

    /** The photos, each with its caption block: the caption justified, its credit on its last line (as the composer set it). */
    private static List<Illustration> illustrations(Module m, Ids ids) {
        List<Illustration> illustrations = new ArrayList<>();
        int figureIndex = 0;
        for (Figure fig : m.figures()) {
            String id = ids.next("IL");
            Block caption = null;
            if (!fig.caption().isEmpty()) {
                List<Line> captionLines = new ArrayList<>();
                double y = fig.captionRect().yPt();
                for (int i = 0; i < fig.caption().size(); i++) {
                    var l = fig.caption().get(i);
                    double leading = l.spans().get(0).style().leadingPt();
                    captionLines.add(PrintedLines.line(ids, l, new Rect(fig.captionRect().xPt(), y, fig.captionRect().widthPt(), leading),
                            FrameLine.Align.LEFT, null));
                    y += leading;
                }
                caption = block(ids, Kind.CAPTION, figureIndex, 0, true, captionLines);
            }
            illustrations.add(new Illustration(id, fig.frame(), fig, caption));
            figureIndex++;
        }
        return illustrations;
    }

    private static Kind kind(FrameLine l) {
        return switch (l.kind()) {
            case PARAGRAPH -> Kind.PARAGRAPH;
            case SUBHEAD -> Kind.SUBHEAD;
            case SOURCE -> Kind.SOURCE;
            case JUMP -> Kind.JUMP;
        };
    }

    /** A block around its lines' boxes. */
    private static Block block(Ids ids, Kind kind, int index, int part, boolean last, List<Line> lines) {
        double x0 = Double.MAX_VALUE;
        double y0 = Double.MAX_VALUE;
        double x1 = -Double.MAX_VALUE;
        double y1 = -Double.MAX_VALUE;
        for (Line l : lines) {
            x0 = Math.min(x0, l.xPt());
            y0 = Math.min(y0, l.topPt());
            x1 = Math.max(x1, l.xPt() + l.widthPt());
            y1 = Math.max(y1, l.topPt() + l.heightPt());
        }
        return new Block(ids.next("TB"), kind, index, part, last, new Rect(x0, y0, x1 - x0, y1 - y0), lines);
    }

    /** Ids numbered per prefix, in the order they are asked for. */
    static final class Ids {
        private final java.util.Map<String, Integer> next = new java.util.HashMap<>();

        String next(String prefix) {
            int n = next.merge(prefix, 1, Integer::sum);
            return prefix + n;
        }
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "PrintedPage[%s, %d articles]", page.page().file(), articles.size());
    }
}
