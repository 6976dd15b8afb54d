package newsprint.archive;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import newsprint.compose.FrameLine;
import newsprint.compose.Rect;
import newsprint.type.Face;
import newsprint.type.SetLine;
import newsprint.type.Span;
import newsprint.type.TextStyle;

/**
 * Where a set line's glyphs fall, worked out as the filler has the renderer paint it: each
 * character where the line breaker set it ({@link SetLine#penPt()}: its advance plus the space
 * after it, justification and 标点挤压 both); the line starts at its indent, or is set right or
 * centred in its box; its baseline sits where CSS puts it in a line box of the line's leading
 * (half the leading, plus half the face's ascent less its descent, below the box's top).
 */
final class PrintedLines {
    private PrintedLines() {
    }

    /**
     * The first characters of a paragraph that belong to its run-in byline, consumed line by line.
     * A space of the byline that a line break dropped is skipped.
     */
    static final class Prefix {
        private final int[] text;
        private int at;

        Prefix(String text) {
            this.text = text.codePoints().toArray();
        }

        /** Whether {@code cp}, the next character printed, is the byline's (and takes it). */
        boolean take(int cp) {
            while (at < text.length && text[at] != cp && Character.isWhitespace(text[at])) {
                at++;
            }
            if (at < text.length && text[at] == cp) {
                at++;
                return true;
            }
            at = text.length; // the byline has ended
            return false;
        }
    }

    /** The line {@code line} set in {@code box} (its grid line box: leading tall) with {@code align}; its byline part taken from {@code byline}. */
    static PrintedPage.Line line(PrintedPage.Ids ids, SetLine line, Rect box, FrameLine.Align align, Prefix byline) {
        record Glyph(int cp, TextStyle style, double xPt, double advancePt, boolean byline) {
        }
        List<Glyph> glyphs = new ArrayList<>();
        double[] pen = line.penPt();
        int k = 0;
        for (Span s : line.spans()) {
            for (int j = 0; j < s.text().length(); ) {
                int cp = s.text().codePointAt(j);
                TextStyle style = s.style();
                double advance = style.forCodePoint(cp).face().advanceEm(cp) * style.sizePt();
                // a space separates words and belongs to neither
                boolean isByline = byline != null && !Character.isWhitespace(cp) && byline.take(cp);
                glyphs.add(new Glyph(cp, style, pen[k], advance, isByline));
                k++;
                j += Character.charCount(cp);
            }
        }
        double widthPt = pen[pen.length - 1];
        double startPt = switch (align) {
            case RIGHT -> box.rightPt() - widthPt;
            case CENTER -> box.xPt() + (box.widthPt() - widthPt) / 2;
            default -> box.xPt() + line.indentPt();
        };
        TextStyle first = line.spans().get(0).style();
        double ascentPt = ascentEm(first.face()) * first.sizePt();
        double descentPt = descentEm(first.face()) * first.sizePt();
        double baselinePt = box.yPt() + box.heightPt() / 2 + (ascentPt - descentPt) / 2;

        List<PrintedPage.Word> words = new ArrayList<>();
        String lineId = ids.next("TL");
        int from = 0;
        for (int i = 0; i <= glyphs.size(); i++) {
            boolean end = i == glyphs.size() || space(glyphs.get(i).cp())
                    || i > from && (glyphs.get(i).style() != glyphs.get(i - 1).style() || glyphs.get(i).byline() != glyphs.get(i - 1).byline());
            if (!end) {
                continue;
            }
            if (i > from) {
                Glyph a = glyphs.get(from);
                Glyph b = glyphs.get(i - 1);
                StringBuilder text = new StringBuilder();
                glyphs.subList(from, i).forEach(g -> text.appendCodePoint(g.cp()));
                boolean space = i < glyphs.size() && space(glyphs.get(i).cp());
                words.add(new PrintedPage.Word(ids.next("S"), text.toString(), a.style(), startPt + a.xPt(), b.xPt() + b.advancePt() - a.xPt(),
                        a.byline(), space));
            }
            from = i < glyphs.size() && space(glyphs.get(i).cp()) ? i + 1 : i;
        }
        double left = startPt + glyphs.get(0).xPt();
        return new PrintedPage.Line(lineId, left, baselinePt - ascentPt, widthPt - glyphs.get(0).xPt(), ascentPt + descentPt, baselinePt, words);
    }

    /** A space of any width (an ideographic space too) separates words; ALTO writes it as an SP. */
    private static boolean space(int cp) {
        return Character.isWhitespace(cp) || Character.isSpaceChar(cp);
    }

    private static double ascentEm(Face face) {
        try {
            return face.font().getHorizontalHeader().getAscender() / (double) face.font().getHeader().getUnitsPerEm();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static double descentEm(Face face) {
        try {
            return -face.font().getHorizontalHeader().getDescender() / (double) face.font().getHeader().getUnitsPerEm();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
