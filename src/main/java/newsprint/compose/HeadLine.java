package newsprint.compose;

import newsprint.type.SetLine;
import newsprint.type.TextStyle;

/**
 * One line of a module's head (kicker, headline or subheadline), placed and centred; or, in a
 * vertical head (竖题), one cell of a vertical line: a character, a pair set across the line
 * (纵中横), or a mark turned or moved for vertical setting, in {@code rect}.
 */
public record HeadLine(Role role, SetLine line, TextStyle style, Rect rect, Turn turn) {
    public enum Role { KICKER, HEADLINE, SUBHEADLINE }

    /** How the text of {@code rect} is drawn. */
    public enum Turn {
        /** A line of a head across the module. */
        ACROSS,
        /** Upright in a vertical line: a Han character, ！？, or up to two digits or letters side by side (纵中横). */
        UPRIGHT,
        /** Turned a quarter clockwise: brackets, quotes, dashes, the ellipsis, colons, and longer Latin runs letter by letter. */
        ROTATED,
        /** Moved to the top right of its cell, as the vertical forms of ，、。． stand. */
        RAISED
    }

    /** A line of a head across the module. */
    public HeadLine(Role role, SetLine line, TextStyle style, Rect rect) {
        this(role, line, style, rect, Turn.ACROSS);
    }
}
