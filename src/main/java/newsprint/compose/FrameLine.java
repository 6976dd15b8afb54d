package newsprint.compose;

import newsprint.type.SetLine;

/**
 * One body line in a column frame, and which block of the article it belongs to: the filler
 * groups consecutive lines of one block into one paragraph element.
 */
public record FrameLine(SetLine line, Kind kind, Align align, int block, boolean blockStart, boolean blockEnd) {
    /** A paragraph's line, a subhead's, the source line's, or a jump line's ((下转第4版), (上接第1版)). */
    public enum Kind { PARAGRAPH, SUBHEAD, SOURCE, JUMP }

    public enum Align { JUSTIFY, LEFT, RIGHT, CENTER }
}
