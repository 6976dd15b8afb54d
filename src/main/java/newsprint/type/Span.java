package newsprint.type;

/**
 * A piece of text set in one style: the unit a line is made of. A {@code byline} span (a byline
 * or a photo's credit) breaks only between its names and units, never inside a name, a date or
 * the 电 unit, and takes no justification space (see {@link Byline}).
 */
public record Span(String text, TextStyle style, boolean byline) {
    public Span(String text, TextStyle style) {
        this(text, style, false);
    }
}
