package newsprint.compose;

import java.util.ArrayList;
import java.util.List;
import newsprint.compose.HeadLine.Turn;
import newsprint.type.SetLine;
import newsprint.type.Span;
import newsprint.type.TextStyle;

/**
 * Sets display text top to bottom (竖排) for a vertical head: each character upright in a square
 * cell one em tall; ，、。． moved to the top right of their cells, as their vertical forms stand;
 * brackets, quotes, dashes, the ellipsis and colons turned a quarter clockwise; a run of one or
 * two ASCII digits or letters set side by side across the line (纵中横), smaller if it is wider
 * than an em; a longer run turned, letter by letter. The text keeps its own code points, so the
 * PDF's text reads back as the page file has it (the fonts' vertical-form glyphs would read back
 * as the presentation forms U+FE10…, and newsprint turns the fonts' GSUB off).
 */
final class VerticalSetter {
    /** Marks that stand at the top right of a vertical cell. */
    static final String RAISED = "，、。．";
    /** Marks turned a quarter clockwise in vertical text. */
    static final String ROTATED = "（）［］｛｝【】〔〕〖〗《》〈〉「」『』“”‘’()[]{}<>\"'—–-―～~…‥：；:;_|／/";
    /** Marks that may not start a vertical line (避头), and units that stay with their number. */
    private static final String NO_START = "，、。．：；！？）】》〉」』”’…‥%％‰℃°";
    /** Marks that may not end a vertical line (避尾). */
    private static final String NO_END = "（【《〈「『“‘";
    /** A headline longer than this many ems goes into two vertical lines, as papers set their 竖题. */
    static final double LONGEST_LINE_EM = 12;
    /** The longest run of ASCII digits and letters set across the line; a longer one is turned. */
    static final int ACROSS_RUN = 2;

    private VerticalSetter() {
    }

    /** One cell of a vertical line: its text, style (size may be smaller for a pair), turn, and where it starts along the line. */
    record Cell(SetLine line, TextStyle style, Turn turn, double offsetPt, double lengthPt) {
    }

    /** A unit that is not broken: a cell, or a turned run's letters, and the space before it. */
    private record Unit(List<Cell> cells, double lengthPt, String first, String last) {
    }

    /**
     * {@code text} in at most {@code maxLines} vertical lines none longer than {@code maxLengthPt},
     * broken as evenly as the kinsoku rules allow; null when it does not fit.
     */
    static List<List<Cell>> set(String text, TextStyle style, double maxLengthPt, int maxLines) {
        List<Unit> units = units(text, style);
        double total = units.stream().mapToDouble(Unit::lengthPt).sum();
        // one line when it fits and reads at a glance; a longer headline in two even lines
        if (total <= maxLengthPt + 1e-6 && (maxLines < 2 || total <= LONGEST_LINE_EM * style.sizePt() + 1e-6)) {
            return List.of(place(units));
        }
        if (maxLines < 2) {
            return null;
        }
        int best = -1;
        double bestDiff = Double.MAX_VALUE;
        double first = 0;
        for (int i = 1; i < units.size(); i++) {
            first += units.get(i - 1).lengthPt();
            double second = total - first;
            if (first > maxLengthPt + 1e-6 || second > maxLengthPt + 1e-6) {
                continue;
            }
            if (NO_START.contains(units.get(i).first()) || NO_END.contains(units.get(i - 1).last())) {
                continue;
            }
            // the first line the longer when they cannot be equal: it is read first
            double diff = Math.abs(first - second) + (first < second ? 0.001 : 0);
            if (diff < bestDiff) {
                bestDiff = diff;
                best = i;
            }
        }
        if (best < 0) {
            return null;
        }
        return List.of(place(units.subList(0, best)), place(units.subList(best, units.size())));
    }

    /** The cells of consecutive units, each at its offset from the line's top. */
    private static List<Cell> place(List<Unit> units) {
        List<Cell> out = new ArrayList<>();
        double at = 0;
        for (Unit u : units) {
            for (Cell c : u.cells()) {
                out.add(new Cell(c.line(), c.style(), c.turn(), at + c.offsetPt(), c.lengthPt()));
            }
            at += u.lengthPt();
        }
        return out;
    }

    private static List<Unit> units(String text, TextStyle style) {
        double em = style.sizePt();
        List<Unit> units = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            if (isAsciiAlnum(cp)) {
                int end = i;
                while (end < text.length() && isAsciiAlnum(text.charAt(end))) {
                    end++;
                }
                String run = text.substring(i, end);
                units.add(run.length() <= ACROSS_RUN ? across(run, style) : turnedRun(run, style));
                i = end;
                continue;
            }
            String ch = new String(Character.toChars(cp));
            i += Character.charCount(cp);
            if (cp == 0x3000) {
                units.add(new Unit(List.of(), em, ch, ch)); // an ideographic space: an empty cell
            } else if (Character.isWhitespace(cp)) {
                units.add(new Unit(List.of(), em / 2, ch, ch));
            } else {
                Turn turn = RAISED.contains(ch) ? Turn.RAISED : ROTATED.contains(ch) ? Turn.ROTATED : Turn.UPRIGHT;
                TextStyle in = style.forCodePoint(cp);
                double length = turn == Turn.ROTATED ? Math.max(in.widthPt(ch), em * 0.5) : em;
                units.add(new Unit(List.of(cell(ch, in, turn, length)), length, ch, ch));
            }
        }
        return units;
    }

    /** Up to two digits or letters side by side in one em cell, smaller when wider than the em (纵中横). */
    private static Unit across(String run, TextStyle style) {
        double em = style.sizePt();
        double width = style.widthPt(run);
        double size = width <= em ? em : em * em / width;
        TextStyle small = new TextStyle(style.face(), size, style.leadingPt(), style.fallback());
        List<Span> spans = new ArrayList<>();
        run.codePoints().forEach(cp -> spans.add(new Span(new String(Character.toChars(cp)), small.forCodePoint(cp))));
        SetLine line = new SetLine(merge(spans), 0, small.widthPt(run), 0, false);
        return new Unit(List.of(new Cell(line, small, Turn.UPRIGHT, 0, em)), em, run.substring(0, 1), run.substring(run.length() - 1));
    }

    /** A longer Latin run turned a quarter, letter by letter, each taking its advance along the line. */
    private static Unit turnedRun(String run, TextStyle style) {
        List<Cell> cells = new ArrayList<>();
        double at = 0;
        for (int i = 0; i < run.length(); i++) {
            String ch = run.substring(i, i + 1);
            TextStyle in = style.forCodePoint(ch.codePointAt(0));
            double length = in.widthPt(ch);
            cells.add(new Cell(line(ch, in), in, Turn.ROTATED, at, length));
            at += length;
        }
        return new Unit(cells, at, run.substring(0, 1), run.substring(run.length() - 1));
    }

    private static Cell cell(String ch, TextStyle style, Turn turn, double length) {
        return new Cell(line(ch, style), style, turn, 0, length);
    }

    private static SetLine line(String text, TextStyle style) {
        return new SetLine(List.of(new Span(text, style)), 0, style.widthPt(text), 0, false);
    }

    /** Neighbouring spans in one face become one. */
    private static List<Span> merge(List<Span> spans) {
        List<Span> out = new ArrayList<>();
        for (Span s : spans) {
            Span last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && last.style().face() == s.style().face() && last.style().sizePt() == s.style().sizePt()) {
                out.set(out.size() - 1, new Span(last.text() + s.text(), last.style()));
            } else {
                out.add(s);
            }
        }
        return out;
    }

    private static boolean isAsciiAlnum(int cp) {
        return cp < 128 && Character.isLetterOrDigit(cp);
    }
}
