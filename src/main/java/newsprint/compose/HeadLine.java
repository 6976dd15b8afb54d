package newsprint.compose;

import newsprint.type.SetLine;
import newsprint.type.TextStyle;

/** One line of a module's head (kicker, headline or subheadline), placed and centred. */
public record HeadLine(Role role, SetLine line, TextStyle style, Rect rect) {
    public enum Role { KICKER, HEADLINE, SUBHEADLINE }
}
