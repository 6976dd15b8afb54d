package newsprint.model;

/**
 * A pin: the article's module must have its top-left corner at this grid column and line
 * (both counted from 1, lines from the top of the type area). The composer arranges the other
 * articles around it.
 */
public record Place(int column, int row) {
}
