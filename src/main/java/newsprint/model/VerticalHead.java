package newsprint.model;

/**
 * A headline set top to bottom (竖题) in one or two vertical lines at the module's right or left
 * edge, the body beside it; the page file asks for it with {@code headline: {text: …, vertical: true}}.
 */
public record VerticalHead(Side side) {
    /** The module edge the head stands at. */
    public enum Side {
        RIGHT, LEFT;

        /** {@code right} or {@code left}, as the page file writes it. */
        public String word() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
