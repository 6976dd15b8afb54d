package newsprint.type;

/** A piece of text set in one style: the unit a line is made of. */
public record Span(String text, TextStyle style) {
}
