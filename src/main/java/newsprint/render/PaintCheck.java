package newsprint.render;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import newsprint.NewsprintException.RenderFailure;
import newsprint.compose.ComposedPage;
import newsprint.compose.Figure;
import newsprint.compose.FrameLine;
import newsprint.compose.HeadLine;
import newsprint.compose.Module;
import newsprint.compose.Rect;
import newsprint.compose.TextFrame;
import newsprint.type.Face;
import newsprint.type.SetLine;
import newsprint.type.Span;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.color.PDColor;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceCMYK;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.pdmodel.graphics.state.PDGraphicsState;
import org.apache.pdfbox.pdmodel.graphics.state.PDTextState;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;

/**
 * Checks that the page was painted as it was set: every line the composer placed is in the PDF,
 * each of its characters drawn in the face that set it, at its size, inside the line's box, in
 * 100% black ink, visible (not clipped away, not transparent, not an invisible rendering mode).
 * A layout's stylesheet can hide, whiten, move or shrink text the composer counted as printed;
 * the page would then say "fits" with text missing. Reads the content stream the renderer
 * wrote, glyph by glyph (the glyph ids, since the fonts map back to text only once subset).
 */
final class PaintCheck {
    /** How far, in points, a glyph may sit from its line's box: rounding in the engine, never a line's worth. */
    static final double TOLERANCE_PT = 1.0;
    /** How far a glyph's size may differ from the style's, in points. */
    static final double SIZE_TOLERANCE_PT = 0.05;

    /** One glyph as painted: where (page coordinates, y down), what and how. */
    private record Painted(double x, double y, String font, int gid, double sizePt, String problem) {
    }

    /** One line as set: its box and the glyph ids it must show, with their face and size. */
    private record Expected(String articleId, String what, String text, Rect box, List<Glyph> glyphs, boolean vertical) {
        Expected(String articleId, String what, String text, Rect box, List<Glyph> glyphs) {
            this(articleId, what, text, box, glyphs, false);
        }
    }

    private record Glyph(String font, int gid, double sizePt) {
    }

    private PaintCheck() {
    }

    /**
     * Throws {@link RenderFailure} naming the first line of {@code page} that {@code pdfPage} does not
     * show as set; {@code faces} are the faces the renderer registered, {@code fonts} their PDF fonts.
     * Returns the pictures the page draws, found on the same walk (see {@link Placement}).
     */
    static java.util.Map<org.apache.pdfbox.cos.COSBase, Double> verify(ComposedPage page, PDPage pdfPage, java.util.Collection<Face> faces,
                                                                      java.util.Collection<? extends PDFont> fonts) throws IOException {
        Recorder recorder = new Recorder(pdfPage, faces, fonts);
        recorder.processPage(pdfPage);
        // the glyphs by baseline, so each line finds its own by a search, not by a walk over all of them
        List<Painted> painted = new ArrayList<>(recorder.painted);
        painted.sort((a, b) -> Double.compare(a.y(), b.y()));
        double[] ys = painted.stream().mapToDouble(Painted::y).toArray();
        boolean[] used = new boolean[painted.size()];
        for (Expected line : expected(page)) {
            List<Integer> inBox = new ArrayList<>();
            int from = lowerBound(ys, line.box().yPt() - TOLERANCE_PT);
            for (int i = from; i < painted.size() && ys[i] <= line.box().bottomPt() + TOLERANCE_PT; i++) {
                if (!used[i] && inside(painted.get(i), line.box())) {
                    inBox.add(i);
                }
            }
            String problem = compare(line, painted, inBox);
            if (problem != null) {
                throw new RenderFailure(page.page().file() + ": article '" + line.articleId() + "': " + line.what() + " '"
                        + excerpt(line.text()) + "' is not printed as set: " + problem,
                        "the layout's page.css or page.html changes how text is drawn (colour, visibility, size, position, "
                                + "clipping, opacity); it may style rules and details only", null);
            }
            inBox.forEach(i -> used[i] = true);
        }
        return recorder.placed;
    }

    /** The first index of sorted {@code ys} at or above {@code y}. */
    private static int lowerBound(double[] ys, double y) {
        int lo = 0;
        int hi = ys.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (ys[mid] < y) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static String compare(Expected line, List<Painted> painted, List<Integer> inBox) {
        List<Painted> drawn = new ArrayList<>();
        for (int i : inBox) {
            drawn.add(painted.get(i));
        }
        drawn.sort(line.vertical() ? (a, b) -> Double.compare(a.y(), b.y()) : (a, b) -> Double.compare(a.x(), b.x()));
        int j = 0;
        for (Glyph want : line.glyphs()) {
            while (j < drawn.size() && !(drawn.get(j).gid() == want.gid() && drawn.get(j).font().equals(want.font()))) {
                j++;
            }
            if (j == drawn.size()) {
                Painted elsewhere = painted.stream().filter(p -> p.gid() == want.gid() && p.font().equals(want.font())).findFirst().orElse(null);
                return elsewhere == null ? "a character is not drawn at all (hidden)"
                        : String.format(Locale.ROOT, "a character is drawn away from its line (at %.1f, %.1f pt instead of within %.1f–%.1f, %.1f–%.1f)",
                                elsewhere.x(), elsewhere.y(), line.box().xPt(), line.box().rightPt(), line.box().yPt(), line.box().bottomPt());
            }
            Painted p = drawn.get(j++);
            if (p.problem() != null) {
                return p.problem();
            }
            if (Math.abs(p.sizePt() - want.sizePt()) > SIZE_TOLERANCE_PT) {
                return String.format(Locale.ROOT, "drawn at %.2f pt instead of %.2f pt", p.sizePt(), want.sizePt());
            }
        }
        return null;
    }

    private static boolean inside(Painted p, Rect box) {
        return p.x() >= box.xPt() - TOLERANCE_PT && p.x() <= box.rightPt() + TOLERANCE_PT
                && p.y() >= box.yPt() - TOLERANCE_PT && p.y() <= box.bottomPt() + TOLERANCE_PT;
    }

    /** Every line the composer placed, with the box its baseline must fall in. */
    private static List<Expected> expected(ComposedPage page) {
        List<Expected> out = new ArrayList<>();
        double leading = page.grid().leadingPt();
        for (Module m : page.modules()) {
            String id = m.article().id();
            List<HeadLine> column = new ArrayList<>();
            for (HeadLine h : m.head()) {
                if (h.turn() == HeadLine.Turn.ACROSS) {
                    out.add(line(id, h.role().name().toLowerCase(Locale.ROOT), h.line(), h.rect()));
                    continue;
                }
                // a vertical head: one expectation per vertical line, its glyphs top to bottom
                if (!column.isEmpty() && Math.abs(column.get(0).rect().xPt() - h.rect().xPt()) > 0.01) {
                    out.add(verticalLine(id, column));
                    column.clear();
                }
                column.add(h);
            }
            if (!column.isEmpty()) {
                out.add(verticalLine(id, column));
            }
            for (TextFrame f : m.frames()) {
                for (int i = 0; i < f.lines().size(); i++) {
                    FrameLine fl = f.lines().get(i);
                    Rect box = new Rect(f.rect().xPt(), f.rect().yPt() + i * leading, f.rect().widthPt(), leading);
                    out.add(line(id, fl.kind() == FrameLine.Kind.SUBHEAD ? "subhead" : "body line", fl.line(), box));
                }
            }
            for (Figure fig : m.figures()) {
                double y = fig.captionRect().yPt();
                for (SetLine l : fig.caption()) {
                    double lineHeight = l.spans().get(0).style().leadingPt();
                    out.add(line(id, "caption", l, new Rect(fig.captionRect().xPt(), y, fig.captionRect().widthPt(), lineHeight)));
                    y += lineHeight;
                }
            }
        }
        return out;
    }

    private static Expected verticalLine(String id, List<HeadLine> cells) {
        List<Glyph> glyphs = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        double top = Double.MAX_VALUE;
        double bottom = -Double.MAX_VALUE;
        for (HeadLine c : cells) {
            Expected one = line(id, "", c.line(), c.rect());
            glyphs.addAll(one.glyphs());
            text.append(c.line().text());
            top = Math.min(top, c.rect().yPt());
            bottom = Math.max(bottom, c.rect().bottomPt());
        }
        Rect first = cells.get(0).rect();
        return new Expected(id, "vertical " + cells.get(0).role().name().toLowerCase(Locale.ROOT), text.toString(),
                new Rect(first.xPt(), top, first.widthPt(), bottom - top), glyphs, true);
    }

    private static Expected line(String id, String what, SetLine line, Rect box) {
        List<Glyph> glyphs = new ArrayList<>();
        for (Span s : line.spans()) {
            Face face = s.style().face();
            String font = fontName(face);
            s.text().codePoints().filter(cp -> !Character.isWhitespace(cp) && !Character.isSpaceChar(cp))
                    .forEach(cp -> glyphs.add(new Glyph(font, face.glyph(cp), s.style().sizePt())));
        }
        // an opening mark that lost its blank half at the line start is drawn that much left of the line's box
        double lead = Math.min(0, line.startPt());
        return new Expected(id, what, line.text(), new Rect(box.xPt() + lead, box.yPt(), box.widthPt() - lead, box.heightPt()), glyphs);
    }

    private static String fontName(Face face) {
        try {
            return face.font().getName();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String excerpt(String text) {
        String t = text.strip();
        return t.codePointCount(0, t.length()) <= 12 ? t : t.substring(0, t.offsetByCodePoints(0, 12)) + "…";
    }

    /** Walks a page's content and records every glyph: its position, font, glyph id, size, and what is wrong with how it is drawn. */
    private static final class Recorder extends newsprint.prepare.ClippingWalker {
        private final List<Painted> painted = new ArrayList<>();
        /** The pictures drawn, by their objects, with their lowest resolution (see {@link Placement}). */
        private final java.util.Map<org.apache.pdfbox.cos.COSBase, Double> placed = new java.util.IdentityHashMap<>();
        private final double pageHeight;
        /** The layout's faces by their fonts' PostScript names, as the PDF's fonts are named (less the subset tag). */
        private final java.util.Map<String, Face> faces = new java.util.HashMap<>();

        /** The fonts the renderer loaded, by their dictionaries: used as they are (a font made again from its dictionary reads its 30,000 widths again). */
        private final java.util.Map<org.apache.pdfbox.cos.COSDictionary, PDFont> loaded = new java.util.IdentityHashMap<>();

        Recorder(PDPage page, java.util.Collection<Face> faces, java.util.Collection<? extends PDFont> fonts) {
            super(page);
            faces.forEach(f -> this.faces.put(fontName(f), f));
            fonts.forEach(f -> loaded.put(f.getCOSObject(), f));
            addOperator(new org.apache.pdfbox.contentstream.operator.OperatorProcessor(this) {
                @Override
                public void process(org.apache.pdfbox.contentstream.operator.Operator operator, List<org.apache.pdfbox.cos.COSBase> operands)
                        throws IOException {
                    if (operands.size() < 2 || !(operands.get(0) instanceof org.apache.pdfbox.cos.COSName name)
                            || !(operands.get(1) instanceof org.apache.pdfbox.cos.COSNumber size)) {
                        return;
                    }
                    org.apache.pdfbox.cos.COSDictionary fonts = getResources().getCOSObject()
                            .getCOSDictionary(org.apache.pdfbox.cos.COSName.FONT);
                    org.apache.pdfbox.cos.COSDictionary dict = fonts == null ? null : fonts.getCOSDictionary(name);
                    PDFont font = dict == null ? null : loaded.get(dict);
                    getGraphicsState().getTextState().setFont(font != null ? font : getResources().getFont(name));
                    getGraphicsState().getTextState().setFontSize(size.floatValue());
                }

                @Override
                public String getName() {
                    return org.apache.pdfbox.contentstream.operator.OperatorName.SET_FONT_AND_SIZE;
                }
            });
            this.pageHeight = page.getMediaBox().getUpperRightY();
        }

        /**
         * Walks a string of codes as PDFBox does, but takes each glyph's advance from the face's
         * own metrics: PDFBox would read the whole font's width array (30,000 glyphs) again.
         */
        @Override
        protected void showText(byte[] string) throws IOException {
            PDGraphicsState state = getGraphicsState();
            PDTextState text = state.getTextState();
            PDFont font = text.getFont();
            Face face = font == null ? null : faces.get(font.getName().substring(font.getName().indexOf('+') + 1));
            if (face == null || !(font instanceof PageFont t0)) {
                super.showText(string);
                return;
            }
            float size = text.getFontSize();
            float scaling = text.getHorizontalScaling() / 100f;
            Matrix parameters = new Matrix(size * scaling, 0, 0, size, 0, text.getRise());
            java.io.ByteArrayInputStream in = new java.io.ByteArrayInputStream(string);
            while (in.available() > 0) {
                int before = in.available();
                int code = t0.readCode(in);
                int length = before - in.available();
                Matrix trm = parameters.multiply(getTextMatrix()).multiply(state.getCurrentTransformationMatrix());
                int gid = t0.codeToGlyph(code);
                showGlyph(trm, font, code, null);
                float advance = (float) (face.advanceOfGlyphEm(gid) * size);
                float wordSpacing = length == 1 && code == 32 ? text.getWordSpacing() : 0;
                float tx = (advance + text.getCharacterSpacing() + wordSpacing) * scaling;
                getTextMatrix().concatenate(Matrix.getTranslateInstance(tx, 0));
            }
        }

        @Override
        protected void showGlyph(Matrix trm, PDFont font, int code, Vector displacement) throws IOException {
            if (!(font instanceof PageFont t0)) {
                painted.add(new Painted(trm.getTranslateX(), pageHeight - trm.getTranslateY(), font.getName(), -1, 0,
                        "drawn in a font that is not the layout's (" + font.getName() + ")"));
                return;
            }
            PDGraphicsState state = getGraphicsState();
            String name = font.getName().substring(font.getName().indexOf('+') + 1);
            double size = Math.hypot(trm.getScaleX(), trm.getShearY());
            painted.add(new Painted(trm.getTranslateX(), pageHeight - trm.getTranslateY(), name, t0.codeToGlyph(code), size, problem(state, trm)));
        }

        /** What makes a glyph drawn this way not print as 100% black, or null. */
        private static String problem(PDGraphicsState state, Matrix trm) {
            RenderingMode mode = state.getTextState().getRenderingMode();
            if (!mode.isFill()) {
                return "drawn in the invisible text rendering mode " + mode;
            }
            if (state.getNonStrokeAlphaConstant() < 1) {
                return String.format(Locale.ROOT, "drawn transparent (opacity %.2f)", state.getNonStrokeAlphaConstant());
            }
            PDColor c = state.getNonStrokingColor();
            float[] k = c.getComponents();
            if (!(c.getColorSpace() instanceof PDDeviceCMYK) || k.length != 4 || k[0] != 0 || k[1] != 0 || k[2] != 0 || k[3] != 1) {
                return "drawn in " + c.getColorSpace().getName() + " " + java.util.Arrays.toString(k) + ", not in 100% black (0 0 0 1 k)";
            }
            Rectangle2D clip = state.getCurrentClippingPath().getBounds2D();
            if (!clip.contains(trm.getTranslateX(), trm.getTranslateY() + 0.01) && !clip.contains(trm.getTranslateX() + 0.01, trm.getTranslateY() + 0.01)) {
                return "clipped away (outside the area the page draws)";
            }
            return null;
        }

        @Override
        public void drawImage(PDImage pdImage) {
            Placement.record(placed, pdImage, getGraphicsState().getCurrentTransformationMatrix());
        }

        @Override
        public void shadingFill(org.apache.pdfbox.cos.COSName shadingName) {
        }
    }
}
