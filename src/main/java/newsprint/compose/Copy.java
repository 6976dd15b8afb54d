package newsprint.compose;

import java.util.ArrayList;
import java.util.List;
import newsprint.layout.Role;
import newsprint.model.Article;
import newsprint.model.BodyBlock;
import newsprint.type.DisplayBreaker;
import newsprint.type.LineBreaker;
import newsprint.type.SetLine;
import newsprint.prepare.PreparedLayout;
import newsprint.type.Span;
import newsprint.type.Styles;
import newsprint.type.TextStyle;

/**
 * An article's text set once at the column measure: the body as lines, ready to be dealt into
 * any module's frames, since every frame is one column wide. Heads are set per module width.
 */
final class Copy {
    /**
     * A head set for one module width: its lines and its height in points; or a vertical head
     * ({@code vertical} not null), one entry per vertical line and no height above the body.
     */
    record Head(List<HeadLine.Role> roles, List<SetLine> lines, List<TextStyle> styles, double heightPt, VerticalHeadSet vertical) {
        Head(List<HeadLine.Role> roles, List<SetLine> lines, List<TextStyle> styles, double heightPt) {
            this(roles, lines, styles, heightPt, null);
        }
    }

    /** A headline takes at most this many lines; at its rank's size at most two, else a smaller size is tried. */
    static final int MAX_HEADLINE_LINES = 3;
    /** Chinese paragraphs open two characters in (两字缩进): the first-line indent in em of the body size. */
    static final double PARAGRAPH_INDENT_EM = 2;

    /**
     * What of the article this page sets: all of it; the part that fits its module, the rest
     * jumping to another page (转版, closed by 下转第N版); or the rest of an article that jumped here
     * (opened by its jump head and 上接第N版).
     */
    enum Part { WHOLE, JUMPS, CONTINUES }

    final Article article;
    final int rank;
    final List<FrameLine> bodyLines;
    final List<PhotoInfo> photos;
    final Part part;
    /** The page the article jumps to ({@link Part#JUMPS}) or comes from ({@link Part#CONTINUES}); 0 for a whole article. */
    final int otherPage;
    /** The line that closes the part of a jumping article on this page, set once; null unless it jumps. */
    final FrameLine jumpLine;
    /**
     * The headline sizes' rank: the number of distinct priorities above the article's, so
     * articles of equal priority get equal headline sizes (the lead's {@code rank} is 0).
     */
    final int sizeRank;
    /**
     * True for the page's one lead (a head across, not a continuation): its headline may take a
     * line more to take up slack ({@link #longerHead}). Stories of equal priority keep equal heads.
     */
    final boolean headGrows;
    private final Styles styles;
    private final LineBreaker breaker;
    private final DisplayBreaker display;

    /** {@code article}'s copy (its text as printed), {@code rank} in priority order, set in {@code layout}. */
    Copy(Article article, int rank, PreparedLayout layout, PageGrid grid, LineBreaker breaker, List<PhotoInfo> photos) {
        this(article, rank, rank, layout, grid, breaker, photos, Part.WHOLE, 0, false);
    }

    /** {@code sizeRank}: the distinct priorities above the article's on the page, which pick its headline size. */
    Copy(Article article, int rank, int sizeRank, PreparedLayout layout, PageGrid grid, LineBreaker breaker, List<PhotoInfo> photos,
         Part part, int otherPage, boolean headGrows) {
        this.article = article;
        this.headGrows = headGrows && article.vertical() == null && part != Part.CONTINUES;
        this.rank = rank;
        this.sizeRank = sizeRank;
        this.display = new DisplayBreaker(breaker);
        this.styles = layout.styles();
        this.breaker = breaker;
        this.photos = List.copyOf(photos);
        this.part = part;
        this.otherPage = otherPage;
        this.bodyLines = setBody(grid.columnWidthPt(), layout);
        this.jumpLine = part != Part.JUMPS ? null : new FrameLine(breaker.set(List.of(new Span(layout.jumpTo(otherPage),
                styles.get(Role.SOURCE))), grid.columnWidthPt(), 0, false).get(0), FrameLine.Kind.JUMP, FrameLine.Align.RIGHT,
                article.body().size() + 1, true, true);
    }

    /** The body block the byline runs into (the first paragraph), or -1. */
    int bylineBlock() {
        return bylineBlock;
    }

    private int bylineBlock = -1;

    /** True when the article's copy may run on to another page: what does not fit its module there is not overset. */
    boolean jumps() {
        return part == Part.JUMPS;
    }

    private List<FrameLine> setBody(double measurePt, PreparedLayout layout) {
        TextStyle body = styles.get(Role.BODY);
        double indent = PARAGRAPH_INDENT_EM * body.sizePt();
        List<FrameLine> lines = new ArrayList<>();
        if (part == Part.CONTINUES) {
            add(lines, breaker.set(List.of(new Span(layout.jumpFrom(otherPage), styles.get(Role.SOURCE))), measurePt, 0, false),
                    FrameLine.Kind.JUMP, FrameLine.Align.LEFT, -1);
        }
        int block = 0;
        boolean first = part != Part.CONTINUES;
        for (BodyBlock b : article.body()) {
            List<Span> spans = new ArrayList<>();
            FrameLine.Kind kind;
            FrameLine.Align align;
            boolean justify;
            double firstIndent;
            if (b instanceof BodyBlock.Subhead) {
                spans.add(new Span(b.text(), styles.get(Role.SUBHEAD)));
                kind = FrameLine.Kind.SUBHEAD;
                align = FrameLine.Align.LEFT;
                justify = false;
                firstIndent = indent;
            } else if (b instanceof BodyBlock.Item) {
                // a list's line (a teaser): flush left, ragged
                spans.add(new Span(b.text(), body));
                kind = FrameLine.Kind.PARAGRAPH;
                align = FrameLine.Align.LEFT;
                justify = false;
                firstIndent = 0;
            } else {
                if (first && article.byline() != null) {
                    spans.add(new Span(article.byline(), styles.get(Role.BYLINE), true));
                    bylineBlock = block;
                }
                spans.add(new Span(b.text(), body));
                kind = FrameLine.Kind.PARAGRAPH;
                align = FrameLine.Align.JUSTIFY;
                justify = true;
                // the rest of a paragraph a jump cut goes on where it stopped: no new indent
                firstIndent = b instanceof BodyBlock.Continued ? 0 : indent;
                first = false;
            }
            add(lines, breaker.set(spans, measurePt, firstIndent, justify), kind, align, block++);
        }
        if (article.source() != null) {
            add(lines, breaker.set(List.of(new Span(layout.sourceLine(article.source()), styles.get(Role.SOURCE))), measurePt, 0, false),
                    FrameLine.Kind.SOURCE, FrameLine.Align.RIGHT, block);
        }
        return List.copyOf(lines);
    }

    private static void add(List<FrameLine> out, List<SetLine> set, FrameLine.Kind kind, FrameLine.Align align, int block) {
        for (int i = 0; i < set.size(); i++) {
            out.add(new FrameLine(set.get(i), kind, align, block, i == 0, i == set.size() - 1));
        }
    }

    /** Characters of body copy (byline, paragraphs, subheads, source line), spaces excluded. */
    int contentChars() {
        return bodyLines.stream().mapToInt(l -> l.line().characters()).sum();
    }

    /**
     * The head set across {@code widthPt}: kicker, headline, subheadline. The headline takes the
     * size of the article's rank, smaller when it would need more than three lines; null when it
     * does not fit even at the smallest size.
     */
    Head head(double widthPt) {
        return heads.computeIfAbsent(widthPt, this::setHead);
    }

    private final java.util.Map<Double, Head> heads = new java.util.HashMap<>();
    private final java.util.Map<Double, java.util.Optional<Head>> longerHeads = new java.util.HashMap<>();

    /**
     * The head across {@code widthPt} with its headline a line longer at the size {@link #head}
     * gives it, broken as evenly and only where that one may break; null when the headline has
     * no such place, would take more than {@link #MAX_HEADLINE_LINES}, or the article's head
     * does not grow.
     */
    Head longerHead(double widthPt) {
        return longerHeads.computeIfAbsent(widthPt, w -> java.util.Optional.ofNullable(setLongerHead(w))).orElse(null);
    }

    private Head setLongerHead(double widthPt) {
        Head head = head(widthPt);
        if (!headGrows || head == null) {
            return null;
        }
        int first = head.roles().indexOf(HeadLine.Role.HEADLINE);
        long lines = head.roles().stream().filter(r -> r == HeadLine.Role.HEADLINE).count();
        if (first < 0 || lines + 1 > MAX_HEADLINE_LINES) {
            return null;
        }
        TextStyle style = head.styles().get(first);
        DisplayBreaker.Display longer = display.setLonger(headlineText(), style, widthPt, 1);
        return longer == null ? null : assemble(longer.lines(), style, widthPt);
    }
    private final java.util.Map<Integer, java.util.Optional<Head>> verticalHeads = new java.util.HashMap<>();

    /** True when the article's headline stands vertical at a side of its module. */
    boolean vertical() {
        return article.vertical() != null;
    }

    /** The vertical head set in a module {@code span} columns by {@code lines} grid lines tall; null when it cannot be. */
    Head verticalHead(PageGrid grid, int span, int lines) {
        return verticalHeads.computeIfAbsent(lines * 100 + span, k -> { // span < 100: one key per module size
            VerticalHeadSet set = VerticalHeadSet.of(article, rank, styles, grid, lines * grid.leadingPt(), span);
            if (set == null) {
                return java.util.Optional.empty();
            }
            List<HeadLine.Role> roles = new ArrayList<>();
            List<SetLine> columnLines = new ArrayList<>();
            List<TextStyle> used = new ArrayList<>();
            for (VerticalHeadSet.Column c : set.columns()) {
                roles.add(c.role());
                used.add(c.style());
                columnLines.add(new SetLine(List.of(new Span(c.text(), c.style())), 0, c.lengthPt(), 0, false));
            }
            return java.util.Optional.of(new Head(roles, columnLines, used, 0, set));
        }).orElse(null);
    }

    private final java.util.Map<RowsKey, List<Shape.Row>> rows = new java.util.HashMap<>();

    /**
     * What photo rows are worked out for; its equality written out, as the planner asks for rows in
     * its inner loop (a key made as text spelled the scale out each time, a record's generated
     * methods are slower to start).
     */
    private record RowsKey(int span, double scale, int wider) {
        @Override
        public boolean equals(Object o) {
            return o instanceof RowsKey k && k.span == span && Double.compare(k.scale, scale) == 0 && k.wider == wider;
        }

        @Override
        public int hashCode() {
            return (31 * span + Double.hashCode(scale)) * 31 + wider;
        }
    }

    /** Photo rows for a module width, photo scale and widening (columns past a photo's usual span), worked out once. */
    List<Shape.Row> rows(int span, double scale, int wider, java.util.function.Supplier<List<Shape.Row>> make) {
        return rows.computeIfAbsent(new RowsKey(span, scale, wider), k -> make.get());
    }

    private final java.util.Map<Integer, List<List<Shape.RowPlan>>> arrangements = new java.util.HashMap<>();

    /** The ways several photos can be set in rows at a body width ({@link Shape#arrangements}), worked out once. */
    List<List<Shape.RowPlan>> arrangements(int span, java.util.function.Supplier<List<List<Shape.RowPlan>>> make) {
        return arrangements.computeIfAbsent(span, k -> make.get());
    }

    private Head setHead(double widthPt) {
        // a continuation opens under its jump head, at the smallest headline size
        int from = part == Part.CONTINUES ? Role.HEADLINES.size() - 1 : Math.min(sizeRank, Role.HEADLINES.size() - 1);
        for (int s = from; s < Role.HEADLINES.size(); s++) {
            TextStyle style = styles.get(Role.HEADLINES.get(s));
            DisplayBreaker.Display set = display.set(headlineText(), style, widthPt);
            List<SetLine> lines = set.lines();
            boolean last = s == Role.HEADLINES.size() - 1;
            // a smaller size before a break inside a word: only the smallest may break one
            if (set.breaksInsideWords() == 0 && lines.size() <= (s == from ? 2 : MAX_HEADLINE_LINES)
                    || last && lines.size() <= MAX_HEADLINE_LINES) {
                return assemble(lines, style, widthPt);
            }
        }
        return null;
    }

    private Head assemble(List<SetLine> headline, TextStyle headlineStyle, double widthPt) {
        List<HeadLine.Role> roles = new ArrayList<>();
        List<SetLine> lines = new ArrayList<>();
        List<TextStyle> used = new ArrayList<>();
        if (article.kicker() != null && part != Part.CONTINUES) {
            TextStyle k = styles.get(Role.KICKER);
            add(HeadLine.Role.KICKER, display.set(kickerText(), k, widthPt).lines(), k, roles, lines, used);
        }
        add(HeadLine.Role.HEADLINE, headline, headlineStyle, roles, lines, used);
        if (article.subheadline() != null && part != Part.CONTINUES) {
            TextStyle sub = styles.get(Role.SUBHEADLINE);
            add(HeadLine.Role.SUBHEADLINE, display.set(subheadlineText(), sub, widthPt).lines(), sub, roles, lines, used);
        }
        double height = used.stream().mapToDouble(TextStyle::leadingPt).sum();
        return new Head(roles, lines, used, height);
    }

    private static void add(HeadLine.Role role, List<SetLine> set, TextStyle style, List<HeadLine.Role> roles,
                            List<SetLine> lines, List<TextStyle> used) {
        for (SetLine l : set) {
            roles.add(role);
            lines.add(l);
            used.add(style);
        }
    }

    private DisplayBreaker.Text headlineText;
    private DisplayBreaker.Text kickerText;
    private DisplayBreaker.Text subheadlineText;

    /** The headline as written (its {@code |} marks force breaks), its words found once. */
    private DisplayBreaker.Text headlineText() {
        if (headlineText == null) {
            headlineText = DisplayBreaker.text(article.headlineAsWritten());
        }
        return headlineText;
    }

    private DisplayBreaker.Text kickerText() {
        if (kickerText == null) {
            kickerText = DisplayBreaker.text(article.kicker());
        }
        return kickerText;
    }

    private DisplayBreaker.Text subheadlineText() {
        if (subheadlineText == null) {
            subheadlineText = DisplayBreaker.text(article.subheadline());
        }
        return subheadlineText;
    }
}
