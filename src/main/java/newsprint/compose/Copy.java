package newsprint.compose;

import java.util.ArrayList;
import java.util.List;
import newsprint.model.Article;
import newsprint.model.BodyBlock;
import newsprint.type.LineBreaker;
import newsprint.type.Punctuation;
import newsprint.type.SetLine;
import newsprint.type.Span;
import newsprint.type.TextStyle;

/**
 * An article's text set once at the column measure: the body as lines, ready to be dealt into
 * any module's frames, since every frame is one column wide. Heads are set per module width.
 */
final class Copy {
    /** A head set for one module width: its lines and its height in points. */
    record Head(List<HeadLine.Role> roles, List<SetLine> lines, List<TextStyle> styles, double heightPt) {
    }

    private static final String[] HEADLINE_STYLES = {"headline1", "headline2", "headline3"};
    private static final int MAX_HEADLINE_LINES = 3;

    final Article article;
    final int rank;
    final List<FrameLine> bodyLines;
    final List<PhotoInfo> photos;
    private final Styles styles;
    private final LineBreaker breaker;
    private final boolean fullWidth;

    Copy(Article article, int rank, Styles styles, PageGrid grid, LineBreaker breaker, boolean fullWidth,
         List<PhotoInfo> photos) {
        this.article = article;
        this.rank = rank;
        this.styles = styles;
        this.breaker = breaker;
        this.fullWidth = fullWidth;
        this.photos = List.copyOf(photos);
        this.bodyLines = setBody(grid.columnWidthPt());
    }

    String text(String s) {
        return s == null ? null : fullWidth ? Punctuation.normalize(s) : s;
    }

    private List<FrameLine> setBody(double measurePt) {
        TextStyle body = styles.get("body");
        double indent = 2 * body.sizePt();
        List<FrameLine> lines = new ArrayList<>();
        int block = 0;
        boolean first = true;
        for (BodyBlock b : article.body()) {
            List<Span> spans = new ArrayList<>();
            FrameLine.Kind kind;
            FrameLine.Align align;
            boolean justify;
            double firstIndent;
            if (b instanceof BodyBlock.Subhead) {
                spans.add(new Span(text(b.text()), styles.get("subhead")));
                kind = FrameLine.Kind.SUBHEAD;
                align = FrameLine.Align.LEFT;
                justify = false;
                firstIndent = indent;
            } else {
                if (first && article.byline() != null) {
                    spans.add(new Span(text(article.byline()), styles.get("byline")));
                }
                spans.add(new Span(text(b.text()), body));
                kind = FrameLine.Kind.PARAGRAPH;
                align = FrameLine.Align.JUSTIFY;
                justify = true;
                firstIndent = indent;
                first = false;
            }
            add(lines, breaker.set(spans, measurePt, firstIndent, justify), kind, align, block++);
        }
        if (article.source() != null) {
            String source = "（" + article.source() + "）";
            if (!fullWidth) {
                source = "(" + article.source() + ")";
            }
            add(lines, breaker.set(List.of(new Span(source, styles.get("source"))), measurePt, 0, false),
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
    private final java.util.Map<String, List<Shape.Row>> rows = new java.util.HashMap<>();

    /** Photo rows for a module width and photo scale, worked out once. */
    List<Shape.Row> rows(int span, double scale, java.util.function.Supplier<List<Shape.Row>> make) {
        return rows.computeIfAbsent(span + "@" + scale, k -> make.get());
    }

    private Head setHead(double widthPt) {
        int from = Math.min(rank, HEADLINE_STYLES.length - 1);
        for (int s = from; s < HEADLINE_STYLES.length; s++) {
            TextStyle style = styles.get(HEADLINE_STYLES[s]);
            List<SetLine> lines = balanced(text(article.headline()), style, widthPt);
            if (lines.size() <= (s == from ? 2 : MAX_HEADLINE_LINES) || s == HEADLINE_STYLES.length - 1 && lines.size() <= MAX_HEADLINE_LINES) {
                return assemble(lines, style, widthPt);
            }
        }
        return null;
    }

    private Head assemble(List<SetLine> headline, TextStyle headlineStyle, double widthPt) {
        List<HeadLine.Role> roles = new ArrayList<>();
        List<SetLine> lines = new ArrayList<>();
        List<TextStyle> used = new ArrayList<>();
        if (article.kicker() != null) {
            TextStyle k = styles.get("kicker");
            add(HeadLine.Role.KICKER, balanced(text(article.kicker()), k, widthPt), k, roles, lines, used);
        }
        add(HeadLine.Role.HEADLINE, headline, headlineStyle, roles, lines, used);
        if (article.subheadline() != null) {
            TextStyle sub = styles.get("subheadline");
            add(HeadLine.Role.SUBHEADLINE, balanced(text(article.subheadline()), sub, widthPt), sub, roles, lines, used);
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

    /** Sets a display line ragged, then narrows the measure while the line count holds, so the lines come out even. */
    private List<SetLine> balanced(String text, TextStyle style, double widthPt) {
        List<Span> spans = List.of(new Span(text, style));
        List<SetLine> lines = breaker.set(spans, widthPt, 0, false);
        if (lines.size() < 2) {
            return lines;
        }
        double lo = widthPt / lines.size();
        double hi = widthPt;
        List<SetLine> best = lines;
        for (int i = 0; i < 12; i++) {
            double mid = (lo + hi) / 2;
            List<SetLine> trial = breaker.set(spans, mid, 0, false);
            if (trial.size() == lines.size()) {
                best = trial;
                hi = mid;
            } else {
                lo = mid;
            }
        }
        return best;
    }
}
