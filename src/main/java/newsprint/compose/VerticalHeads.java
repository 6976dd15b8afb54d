package newsprint.compose;

import java.util.ArrayList;
import java.util.List;

/**
 * Places a vertical head's cells in its strip: the vertical lines side by side from the right,
 * as they are read, centred across the strip, from the top of the module down; each character
 * centred across its line.
 */
final class VerticalHeads {
    private VerticalHeads() {
    }

    /** Every cell of {@code set} as a head line in page coordinates, in reading order. */
    static List<HeadLine> place(VerticalHeadSet set, Rect strip) {
        List<HeadLine> out = new ArrayList<>();
        double right = strip.xPt() + (strip.widthPt() + set.widthPt()) / 2;
        for (VerticalHeadSet.Column c : set.columns()) {
            double x = right - c.pitchPt();
            double em = c.style().sizePt();
            for (VerticalSetter.Cell cell : c.cells()) {
                double cellX = x + (c.pitchPt() - em) / 2;
                out.add(new HeadLine(c.role(), cell.line(), cell.style(), new Rect(cellX, strip.yPt() + cell.offsetPt(), em, cell.lengthPt()),
                        cell.turn()));
            }
            right = x;
        }
        return out;
    }
}
