package newsprint.fill;

import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import newsprint.NewsprintException.MissingResource;
import newsprint.compose.AdBox;
import newsprint.compose.ComposedPage;
import newsprint.compose.Figure;
import newsprint.compose.FrameLine;
import newsprint.compose.HeadLine;
import newsprint.compose.Module;
import newsprint.compose.Rect;
import newsprint.compose.TextFrame;
import newsprint.layout.Layout;
import newsprint.layout.Role;
import newsprint.model.Edition;
import newsprint.prepare.AdFile;
import newsprint.type.SetLine;
import newsprint.type.Span;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Writes a composed page into its layout's template: the folio fields, then one
 * {@code <article>} per module with its head, figures and column frames, every box placed
 * where the composer put it and every line as the line breaker set it. Article text is added
 * with {@link Element#text(String)}, so markup in the copy prints as the characters it is.
 */
public final class PageFiller {
    /** A paragraph part continued from the previous column carries this class. */
    public static final String CONTINUED = "cont";

    /**
     * CSS line-height at most this many em of the type size; the rest of the leading becomes
     * padding. OpenHTMLtoPDF 1.1.65, when tagging for PDF/UA, silently drops text whose
     * line-height exceeds the font's own height (about 1.45 em for Noto SC).
     */
    static final double MAX_LINE_HEIGHT_EM = 1.25;
    /**
     * Room, in em, to spare at the right of a left-set or justified line, so rounding in the
     * renderer can never wrap a line the composer set; its text starts at the left.
     */
    static final double LINE_SPARE_EM = 3;

    public Document fill(ComposedPage page) {
        String stylesheet = page.prepared().layout().stylesheet();
        Document doc = Jsoup.parse(page.prepared().layout().template());
        doc.outputSettings().prettyPrint(false);
        doc.select("link[rel=stylesheet], script, base, meta[http-equiv]").remove();
        doc.head().appendElement("style").attr("id", "newsprint-look").appendChild(new org.jsoup.nodes.DataNode(stylesheet));
        doc.head().appendElement("style").attr("id", "newsprint-geometry").appendChild(new org.jsoup.nodes.DataNode(geometry(page)));
        doc.head().appendElement("meta").attr("name", "subject").attr("content", page.page().page().section());
        doc.title(title(page));
        doc.selectFirst("html").attr("lang", page.page().page().lang().tag());

        Edition e = page.page().edition();
        fill(doc, "paper", e.paper());
        fill(doc, "date", EditionFacts.date(e.date()));
        fill(doc, "page", "第" + page.page().page().number() + "版");
        fill(doc, "section", page.page().page().section());
        String editor = page.page().page().editor();
        Element editorField = doc.selectFirst("[data-fill=editor]");
        if (editorField != null) {
            if (editor == null) {
                editorField.remove();
            } else {
                // the label in the page's script: a Traditional face has no 责 or 编
                editorField.text((page.page().page().lang().traditional() ? "責任編輯：" : "责任编辑：") + editor);
            }
        }
        Element area = doc.selectFirst("[data-fill=modules]");
        if (area == null) {
            throw new MissingResource("layout '" + page.layout().name() + "': page.html has no element with data-fill=\"modules\"",
                    "the template must mark where the modules go");
        }
        area.empty();
        Element folio = doc.selectFirst(".folio");
        if (folio != null) {
            if (page.masthead() != null) {
                folio.remove(); // a front page has its masthead instead
            } else {
                // the page number at the outer edge: left on an even (left-hand) page, right on an odd one
                folio.addClass(page.page().page().number() % 2 == 0 ? "even" : "odd");
            }
        }
        if (page.masthead() != null) {
            masthead(area, page);
        }
        for (Module m : page.modules()) {
            module(area, m, page.page().folder(), page.grid(), page.layout().style(Role.BODY).sizePt());
        }
        for (int i = 0; i < page.ads().size(); i++) {
            ad(area, page, page.ads().get(i), i);
        }
        if (page.imprint() != null) {
            Element imprint = area.appendElement("div").addClass("imprint");
            place(imprint, page.imprint());
            Layout.Style folioStyle = page.layout().style(Role.FOLIO);
            imprint.appendElement("span").addClass("ln").addClass("f-" + folioStyle.font()).addClass(sizeClass(folioStyle.sizePt()))
                    .attr("style", lineBox(page.grid().leadingPt(), folioStyle.sizePt()))
                    .text(EditionFacts.imprint(e));
        }
        return doc;
    }

    /** The file name the masthead artwork is served under, in the page's folder (the renderer serves it from memory). */
    public static final String MASTHEAD_ARTWORK = ".newsprint-masthead";

    /**
     * The masthead (报头): the paper's name across the top of its area, as the layout's artwork or
     * set in the masthead font as large as the area allows, and under it the edition's facts in
     * the folio's style (date and lunar date, issue numbers, registration numbers, page count).
     */
    private static void masthead(Element area, ComposedPage page) {
        Rect r = page.masthead();
        Layout.Masthead mast = page.layout().masthead();
        Layout.Style folioStyle = page.layout().style(Role.FOLIO);
        List<String> facts = EditionFacts.masthead(page.page().edition(), page.prepared().flow());
        double factsHeight = facts.size() * folioStyle.leadingPt();
        double nameHeight = r.heightPt() - factsHeight - page.grid().leadingPt();
        Element box = area.appendElement("div").addClass("masthead");
        place(box, r);
        var artwork = page.prepared().layout().artwork();
        String paper = page.page().edition().paper();
        if (artwork != null) {
            double scale = Math.min(r.widthPt() / artwork.shownWidthPx(), nameHeight / artwork.shownHeightPx());
            double w = artwork.shownWidthPx() * scale;
            double h = artwork.shownHeightPx() * scale;
            box.appendElement("img").addClass("masthead-name").attr("src", MASTHEAD_ARTWORK + "." + artwork.format()).attr("alt", paper)
                    .attr("style", "position:absolute;left:" + pt((r.widthPt() - w) / 2) + ";top:0;width:" + pt(w) + ";height:" + pt(h) + ";");
        } else {
            int chars = Math.max(1, paper.codePointCount(0, paper.length()));
            double size = Math.min(nameHeight * 0.8, r.widthPt() / (chars + 0.5));
            box.appendElement("div").addClass("masthead-name").addClass("f-" + mast.font())
                    .attr("style", "position:absolute;left:0;top:0;width:" + pt(r.widthPt()) + ";height:" + pt(nameHeight)
                            + ";font-size:" + pt(size) + ";line-height:" + pt(nameHeight) + ";text-align:center;white-space:nowrap;")
                    .text(paper);
        }
        Element info = box.appendElement("div").addClass("masthead-info");
        info.attr("style", "position:absolute;left:0;top:" + pt(r.heightPt() - factsHeight) + ";width:" + pt(r.widthPt()) + ";");
        for (String line : facts) {
            info.appendElement("span").addClass("ln").addClass("f-" + folioStyle.font()).addClass(sizeClass(folioStyle.sizePt()))
                    .attr("style", lineBox(folioStyle.leadingPt(), folioStyle.sizePt()) + "text-align:center;").text(line);
        }
    }

    /** The file name ad {@code index} of a page is served under, in the page's folder (the renderer serves it from memory). */
    public static String adFile(AdBox ad, int index) {
        return ".newsprint-ad-" + (index + 1) + "." + (ad.file().format() == AdFile.Format.PDF ? "pdf" : ad.file().image().format());
    }

    /** The 广告 label's type size: small, as the mark is (and always fits the half line between ad and news). */
    static final double AD_LABEL_PT = 6;

    /**
     * An ad: a box clipping to the booked area, holding the ad's file as a picture (a PDF is
     * drawn as vector artwork from it) whose alternative text names the advertiser, and the
     * 广告 mark in the slot's corner, in the space between the ad and the news.
     */
    private static void ad(Element area, ComposedPage page, AdBox ad, int index) {
        Rect booked = ad.booked();
        Element box = area.appendElement("div").addClass("ad").attr("id", "ad-" + ad.ad().id());
        place(box, booked);
        box.attr("style", box.attr("style") + "overflow:hidden;");
        Rect art = ad.art();
        box.appendElement("img").attr("src", adFile(ad, index)).attr("alt", "广告：" + ad.ad().advertiser())
                .attr("style", "position:absolute;left:" + pt(art.xPt() - booked.xPt()) + ";top:" + pt(art.yPt() - booked.yPt())
                        + ";width:" + pt(art.widthPt()) + ";height:" + pt(art.heightPt()) + ";");
        if (ad.ad().label()) {
            Rect slot = ad.slot();
            double leading = AD_LABEL_PT * 1.2;
            boolean above = booked.yPt() - slot.yPt() >= slot.bottomPt() - booked.bottomPt();
            double y = above ? booked.yPt() - leading : booked.bottomPt();
            Layout.Style folio = page.layout().style(Role.FOLIO);
            Element label = area.appendElement("div").addClass("ad-label").addClass("f-" + folio.font());
            place(label, new Rect(slot.xPt(), y, slot.widthPt(), leading));
            label.attr("style", label.attr("style") + "font-size:" + pt(AD_LABEL_PT) + ";line-height:" + pt(leading) + ";text-align:right;");
            label.text("广告");
        }
    }

    /** The document title: paper, date, page and section, as the archive indexes it. */
    public static String title(ComposedPage page) {
        Edition e = page.page().edition();
        return e.paper() + " " + e.date() + " 第" + page.page().page().number() + "版 " + page.page().page().section();
    }

    private static void fill(Document doc, String field, String value) {
        for (Element el : doc.select("[data-fill=" + field + "]")) {
            el.text(value);
        }
    }

    private void module(Element area, Module m, java.nio.file.Path folder, newsprint.compose.PageGrid grid, double bodySizePt) {
        double gutterPt = grid.gutterPt();
        Element article = area.appendElement("article").addClass("module").attr("id", "article-" + m.article().id());
        Rect r = m.rect();
        double top = m.separatorAbove() ? r.yPt() + 0.5 * lineHeight(m) : r.yPt();
        if (m.separatorAbove()) {
            place(article.appendElement("div").addClass("rule"), new Rect(r.xPt(), top, r.widthPt(), 0));
        }
        if (m.column() > 0) {
            // stories side by side are divided down the middle of the gutter at the module's left (page.css draws it, or not)
            place(article.appendElement("div").addClass("story-rule"), new Rect(r.xPt() - gutterPt / 2, top, 0, r.bottomPt() - top));
        }
        head(article, m.head());
        body(article, m.frames(), grid.leadingPt(), bodySizePt);
        for (Figure f : m.figures()) {
            figure(article, f, folder);
        }
    }

    private static double lineHeight(Module m) {
        return m.rect().heightPt() / m.lines();
    }

    /**
     * The head: a box placed across the module, holding the kicker, headline (h1) and
     * subheadline as ordinary blocks, so the archive's tags say what they are.
     */
    private void head(Element article, List<HeadLine> lines) {
        if (lines.isEmpty()) {
            return;
        }
        if (lines.get(0).turn() != HeadLine.Turn.ACROSS) {
            verticalHead(article, lines);
            return;
        }
        Rect first = lines.get(0).rect();
        Element box = article.appendElement("div").addClass("head");
        place(box, new Rect(first.xPt(), first.yPt(), first.widthPt(), 0));
        box.attr("style", box.attr("style") + "height:auto;");
        Element current = null;
        HeadLine.Role role = null;
        for (HeadLine l : lines) {
            if (l.role() != role) {
                role = l.role();
                String tag = switch (role) {
                    case HEADLINE -> "h1";
                    default -> "p";
                };
                current = box.appendElement(tag).addClass(role.name().toLowerCase(Locale.ROOT));
            }
            Element ln = current.appendElement("span").addClass("ln").addClass("s-" + styleName(l));
            ln.attr("style", lineBox(l.rect().heightPt(), l.style().sizePt()));
            spans(ln, l.line());
        }
    }

    /**
     * A vertical head (竖题): each vertical line a placed box holding its kicker, headline (h1) or
     * subheadline block, its cells stacked top to bottom inside as blocks, so the archive's tags
     * read the head in its order; a headline's second line continues its first ({@value #CONTINUED}),
     * joined again in the archive. Turned cells are laid out across and turned a quarter about
     * their centre; raised marks stand at the top right of their cells.
     */
    private void verticalHead(Element article, List<HeadLine> cells) {
        int from = 0;
        HeadLine.Role previous = null;
        while (from < cells.size()) {
            int to = from;
            while (to < cells.size() && Math.abs(cells.get(to).rect().xPt() - cells.get(from).rect().xPt()) < 0.01) {
                to++;
            }
            List<HeadLine> column = cells.subList(from, to);
            HeadLine first = column.get(0);
            double em = first.rect().widthPt();
            // the renderer sets the baseline one ascender below a box's top; a CJK face's em box
            // stands IDEOGRAPHIC_ASCENT_EM above the baseline: the line's box stands higher by the difference
            double raise = (first.style().face().ascentEm() - IDEOGRAPHIC_ASCENT_EM) * first.style().sizePt();
            double top = first.rect().yPt();
            Element box = article.appendElement("div").addClass("head").addClass("vertical");
            place(box, new Rect(first.rect().xPt(), top - raise, em, column.get(column.size() - 1).rect().bottomPt() - top));
            Element block = box.appendElement(first.role() == HeadLine.Role.HEADLINE ? "h1" : "p")
                    .addClass(first.role().name().toLowerCase(Locale.ROOT));
            if (first.role() == previous) {
                block.addClass(CONTINUED); // a headline's second vertical line
            }
            previous = first.role();
            double at = top;
            for (HeadLine c : column) {
                Element cell = block.appendElement("div").addClass("vc");
                double gap = c.rect().yPt() - at;
                double size = c.style().sizePt();
                double length = c.rect().heightPt();
                StringBuilder style = new StringBuilder("margin:0;white-space:nowrap;font-size:" + pt(size) + ";line-height:" + pt(em) + ";");
                switch (c.turn()) {
                    case ROTATED -> {
                        // across before the turn: as long as the cell is tall, one em high, about the cell's centre
                        style.append("height:").append(pt(length)).append(";margin-top:").append(pt(gap)).append(';');
                        Element turned = cell.appendElement("div");
                        turned.attr("style", "position:relative;left:" + pt((em - length) / 2) + ";top:" + pt((length - em) / 2)
                                + ";width:" + pt(length) + ";height:" + pt(em) + ";text-align:center;transform-origin:" + pt(length / 2)
                                + " " + pt(em / 2 + raise) + ";transform:rotate(90deg);");
                        spans(turned, c.line());
                    }
                    case RAISED -> {
                        style.append("height:").append(pt(em)).append(";margin-top:").append(pt(gap - RAISED_UP_EM * em))
                                .append(";margin-bottom:").append(pt(RAISED_UP_EM * em)).append(";padding-left:").append(pt(RAISED_ACROSS_EM * em))
                                .append(";text-align:left;");
                        spans(cell, c.line());
                    }
                    default -> {
                        style.append("height:").append(pt(length)).append(";margin-top:").append(pt(gap)).append(";text-align:center;");
                        spans(cell, c.line());
                    }
                }
                cell.attr("style", style.toString());
                at = c.rect().bottomPt();
            }
            from = to;
        }
    }

    /** The top of the ideographic em box above the baseline, in em (CJK fonts put the em box from -0.12 to 0.88). */
    static final double IDEOGRAPHIC_ASCENT_EM = 0.88;

    /** How far a vertical ，、。． moves: to the right and up by these fractions of the em, to the top right of its cell. */
    static final double RAISED_ACROSS_EM = 0.55;
    static final double RAISED_UP_EM = 0.6;

    private static String styleName(HeadLine l) {
        return switch (l.role()) {
            case KICKER -> "kicker";
            case SUBHEADLINE -> "subheadline";
            case HEADLINE -> "headline-" + pt(l.style().sizePt()).replace('.', '_');
        };
    }

    /**
     * The body: each column frame a placed box, holding its part of the article's paragraphs
     * as ordinary blocks. A paragraph that runs on into the next column continues in that
     * column's box with the class {@value #CONTINUED}; {@link newsprint.render.PdfRenderer}
     * joins the two parts again in the archive's structure tree.
     */
    private void body(Element article, List<TextFrame> frames, double leadingPt, double bodySizePt) {
        int previous = -1;
        double padPt = dots((leadingPt - Math.min(leadingPt, MAX_LINE_HEIGHT_EM * bodySizePt)) / 2);
        for (TextFrame f : frames) {
            if (f.lines().isEmpty()) {
                continue;
            }
            Element column = article.appendElement("div").addClass("column");
            place(column, f.rect());
            Element block = null;
            int k = 0;
            for (FrameLine fl : f.lines()) {
                if (block == null || fl.block() != previous) {
                    String cls = switch (fl.kind()) {
                        case PARAGRAPH -> "para";
                        case SUBHEAD -> "subhead";
                        case SOURCE -> "source";
                        case JUMP -> "jump";
                    };
                    block = column.appendElement(fl.kind() == FrameLine.Kind.SUBHEAD ? "h2" : "p").addClass(cls)
                            .attr("data-block", Integer.toString(fl.block()));
                    if (!fl.blockStart() && fl.block() == previous) {
                        block.addClass(CONTINUED);
                    }
                    previous = fl.block();
                }
                Element ln = block.appendElement("span").addClass("ln");
                StringBuilder style = new StringBuilder();
                // the renderer lays out in whole dots: each line as tall as keeps its baseline on the grid, never drifting
                double heightPt = dots((k + 1) * leadingPt) - dots(k * leadingPt);
                k++;
                if (Math.abs(heightPt - leadingPt) > 1e-9) {
                    style.append("height:").append(pt(heightPt - padPt)).append(';');
                }
                if (fl.line().indentPt() > 0) {
                    style.append("padding-left:").append(pt(fl.line().indentPt())).append(';');
                }
                switch (fl.align()) {
                    case RIGHT -> style.append("text-align:right;");
                    case CENTER -> style.append("text-align:center;");
                    default -> ln.addClass("ragged");
                }
                if (!style.isEmpty()) {
                    ln.attr("style", style.toString());
                }
                spans(ln, fl.line());
            }
        }
    }

    private void figure(Element article, Figure f, java.nio.file.Path folder) {
        Element figure = article.appendElement("figure");
        Rect frame = f.frame();
        Rect whole = new Rect(frame.xPt(), frame.yPt(), frame.widthPt(), f.captionRect().bottomPt() - frame.yPt());
        place(figure, whole);
        Element crop = figure.appendElement("div").addClass("crop");
        crop.attr("style", "position:absolute;left:0;top:0;overflow:hidden;width:" + pt(frame.widthPt()) + ";height:" + pt(frame.heightPt()) + ";");
        Rect img = f.image();
        // a photo on its side is laid out as stored (width and height swapped) around the same
        // centre, then turned and mirrored as its EXIF orientation asks
        boolean sideways = f.orientation() >= 5;
        double w = sideways ? img.heightPt() : img.widthPt();
        double h = sideways ? img.widthPt() : img.heightPt();
        double left = img.xPt() - frame.xPt() + (img.widthPt() - w) / 2;
        double top = img.yPt() - frame.yPt() + (img.heightPt() - h) / 2;
        String transform = switch (f.orientation()) {
            case 2 -> "scaleX(-1)";
            case 3 -> "rotate(180deg)";
            case 4 -> "scaleY(-1)";
            case 5 -> "scaleX(-1) rotate(90deg)";
            case 6 -> "rotate(90deg)";
            case 7 -> "scaleX(-1) rotate(-90deg)";
            case 8 -> "rotate(-90deg)";
            default -> null;
        };
        crop.appendElement("img")
                .attr("src", folder.toUri().relativize(f.photo().file().toUri()).toString())
                .attr("alt", altText(f))
                .attr("style", "position:absolute;left:" + pt(left) + ";top:" + pt(top) + ";width:" + pt(w) + ";height:" + pt(h) + ";"
                        + (transform == null ? "" : "transform-origin:50% 50%;transform:" + transform + ";"));
        if (f.caption().isEmpty()) {
            return;
        }
        Element caption = figure.appendElement("p").addClass("caption");
        caption.attr("style", "margin:0;padding-top:" + pt(f.captionRect().yPt() - frame.yPt()) + ";width:" + pt(frame.widthPt()) + ";");
        for (SetLine l : f.caption()) {
            Element ln = caption.appendElement("span").addClass("ln");
            double leading = l.spans().get(0).style().leadingPt();
            ln.attr("style", lineBox(leading, l.spans().get(0).style().sizePt()));
            spans(ln, l);
        }
    }

    /** A figure's alternative text for the archive: its caption, else its credit, else a plain description. */
    private static String altText(Figure f) {
        if (f.photo().caption() != null) {
            return f.photo().caption();
        }
        return f.photo().credit() != null ? "新闻照片，" + f.photo().credit() : "新闻照片";
    }

    /**
     * The line's characters, each in its face and size and where the line breaker set it: a run
     * of characters with the same space after each (the justification, less what 标点挤压 took
     * from a mark, less what joins the strokes of {@code ——}) is one element with that
     * letter-spacing; a line in one face with one spacing is a single element. An opening mark
     * that lost its blank half at the line start is drawn from a negative text-indent. The text
     * stays as written ({@code ——}, not the font's ligature, which would read back as ⸺).
     */
    private static void spans(Element line, SetLine l) {
        if (l.startPt() != 0) {
            String style = line.attr("style");
            line.attr("style", style + "text-indent:" + pt(l.startPt()) + ";");
        }
        int n = l.length();
        // the space after the last character moves nothing painted on a left-set or justified line; a
        // centred or right-set line has none after it (only a squeeze could be, and that is split off)
        boolean uniform = n < 2 || l.afterPt(0) >= 0;
        for (int i = 1; i + 1 < n && uniform; i++) {
            uniform = l.afterPt(i) == l.afterPt(0);
        }
        if (l.spans().size() == 1 && uniform) {
            Span s = l.spans().get(0);
            line.addClass(faceClass(s)).addClass(sizeClass(s.style().sizePt())).text(s.text());
            spacing(line, n > 1 ? l.afterPt(0) : 0);
            return;
        }
        int i = 0;
        for (Span s : l.spans()) {
            String text = s.text();
            int from = 0;
            int group = i;
            for (int j = 0; j < text.length(); ) {
                int next = j + Character.charCount(text.codePointAt(j));
                boolean ends = next >= text.length() || !sameGroup(l, group, i + 1);
                if (ends) {
                    line.appendElement("span").addClass(faceClass(s)).addClass(sizeClass(s.style().sizePt()))
                            .text(text.substring(from, next));
                    spacing(line.children().last(), group == n - 1 ? 0 : l.afterPt(group));
                    from = next;
                    group = i + 1;
                }
                i++;
                j = next;
            }
        }
    }

    /** Whether character {@code k} is painted with the letter-spacing of the group that starts at {@code group}. */
    private static boolean sameGroup(SetLine l, int group, int k) {
        if (k == l.length() - 1) {
            return l.afterPt(group) >= 0; // its own space is none: a group's positive spacing after it moves nothing
        }
        return l.afterPt(k) == l.afterPt(group);
    }

    /** Letter-spacing on an element, when it has any (an element without it takes the default, none). */
    private static void spacing(Element e, double pt) {
        if (pt != 0) {
            e.attr("style", e.attr("style") + "letter-spacing:" + pt(pt) + ";");
        }
    }

    /** The class that sets a span's face: {@code f-serif-bold}. */
    private static String faceClass(Span s) {
        return "f-" + s.style().face().name();
    }

    /** The class that sets a type size: {@code z-7_5} for 7.5 pt (the geometry stylesheet defines one per size of the layout). */
    static String sizeClass(double sizePt) {
        return "z-" + pt(sizePt).replace("pt", "").replace('.', '_');
    }

    private static void place(Element e, Rect r) {
        e.attr("style", "position:absolute;left:" + pt(r.xPt()) + ";top:" + pt(r.yPt()) + ";width:" + pt(r.widthPt())
                + ";height:" + pt(r.heightPt()) + ";");
    }

    /** A line box {@code leadingPt} tall for type of {@code sizePt}, its line-height at most {@link #MAX_LINE_HEIGHT_EM}. */
    static String lineBox(double leadingPt, double sizePt) {
        double lineHeight = dots(Math.min(leadingPt, MAX_LINE_HEIGHT_EM * sizePt));
        double pad = dots((leadingPt - Math.min(leadingPt, MAX_LINE_HEIGHT_EM * sizePt)) / 2);
        return "height:" + pt(leadingPt - pad) + ";padding-top:" + pt(pad) + ";line-height:" + pt(lineHeight) + ";";
    }

    /**
     * OpenHTMLtoPDF lays a page out in whole dots, 20 to a CSS pixel: 26⅔ to the point. A length
     * that is not a whole number of dots is rounded each time it is used, and line boxes stacked
     * down a column add up the rounding (14 pt is 373⅓ dots: 0.45 pt over 36 lines).
     */
    static final double DOTS_PER_POINT = 20 * 4 / 3.0;

    /** {@code pt} rounded to whole dots. */
    static double dots(double pt) {
        return Math.round(pt * DOTS_PER_POINT) / DOTS_PER_POINT;
    }

    /** Points with three decimals, the same on every machine (no locale, no float noise). */
    static String pt(double v) {
        return thousandths(v) + "pt";
    }

    /**
     * {@code v}'s exact value rounded half-even to three decimals, trailing zeros dropped, as
     * {@code new BigDecimal(v).setScale(3, HALF_EVEN).stripTrailingZeros().toPlainString()} gives
     * it. That expansion of the double's exact value was a quarter of filling a page (hundreds of
     * positions and sizes); a page's numbers are rounded from {@code v * 1000} instead, which is
     * within 1e-7 of the exact product for any {@code |v|} under a million, so it rounds the same
     * way unless the product lies within a millionth of a half. Those, and anything larger, take
     * the exact way.
     */
    static String thousandths(double v) {
        double scaled = v * 1000;
        if (!(Math.abs(v) < 1e6) || Math.abs(scaled - Math.floor(scaled) - 0.5) < 1e-6) {
            return new java.math.BigDecimal(v).setScale(3, java.math.RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString();
        }
        long r = Math.round(scaled);
        long whole = Math.abs(r) / 1000;
        int fraction = (int) (Math.abs(r) % 1000);
        StringBuilder out = new StringBuilder(16);
        if (r < 0) {
            out.append('-');
        }
        out.append(whole);
        if (fraction != 0) {
            out.append('.').append((char) ('0' + fraction / 100));
            if (fraction % 100 != 0) {
                out.append((char) ('0' + fraction / 10 % 10));
                if (fraction % 10 != 0) {
                    out.append((char) ('0' + fraction % 10));
                }
            }
        }
        return out.toString();
    }

    /**
     * The folio's font families: its style's face, then the faces of its fallback chain, so a
     * name the folio face lacks (a rare character in the editor's name) is drawn by the face that
     * has it, as in the article text; the glyph check checks the folio with the same chain.
     */
    private static String folioFamilies(ComposedPage page) {
        newsprint.type.TextStyle folio = page.styles().get(Role.FOLIO);
        java.util.LinkedHashSet<String> families = new java.util.LinkedHashSet<>();
        families.add(folio.face().cssFamily());
        folio.fallback().stream().filter(f -> f.cssWeight() == folio.face().cssWeight()).forEach(f -> families.add(f.cssFamily()));
        return String.join(", ", families.stream().map(f -> "'" + f + "'").toList());
    }

    private static String geometry(ComposedPage page) {
        Layout layout = page.layout();
        var g = page.grid();
        StringBuilder css = new StringBuilder();
        css.append("@page { size: ").append(pt(g.pageWidthPt())).append(' ').append(pt(g.pageHeightPt())).append("; margin: 0; }\n");
        css.append("html, body { margin: 0; padding: 0; }\n");
        css.append(".page { position: absolute; left: 0; top: 0; width: ").append(pt(g.pageWidthPt()))
                .append("; height: ").append(pt(g.pageHeightPt())).append("; }\n");
        Rect f = g.folio();
        Layout.Style folio = layout.style(Role.FOLIO);
        Layout.FontRef folioFont = layout.fonts().get(folio.font());
        css.append(".folio { position: fixed; left: ").append(pt(f.xPt())).append("; top: ").append(pt(f.yPt()))
                .append("; width: ").append(pt(f.widthPt())).append("; height: ").append(pt(f.heightPt() - Layout.Folio.RULE_ROOM_PT))
                .append("; font-family: ").append(folioFamilies(page)).append("; font-weight: ").append(folioFont.weight())
                .append("; font-size: ").append(pt(folio.sizePt())).append("; line-height: ").append(pt(f.heightPt() - Layout.Folio.RULE_ROOM_PT)).append("; }\n");
        Layout.Style body = layout.style(Role.BODY);
        css.append(".ln { display: block; white-space: nowrap; overflow: visible; ")
                .append(lineBox(g.leadingPt(), body.sizePt())).append(" }\n");
        css.append(".ln.ragged, .caption .ln { margin-right: -").append(LINE_SPARE_EM).append("em; }\n");
        css.append(".module .rule { height: 0; }\n");
        css.append(".module .story-rule { width: 0; }\n");
        layout.styles().values().stream().map(Layout.Style::sizePt).distinct().sorted()
                .forEach(size -> css.append('.').append(sizeClass(size)).append(" { font-size: ").append(pt(size)).append("; }\n"));
        layout.fonts().forEach((name, ref) -> css.append(".f-").append(name).append(" { font-family: '").append(ref.family())
                .append("'; font-weight: ").append(ref.weight()).append("; font-style: normal; }\n"));
        return css.toString();
    }
}
