package newsprint.model;

/** One block of an article's body: a paragraph or a subhead (小标题). */
public sealed interface BodyBlock {
    String text();

    /** The same kind of block with its text passed through {@code f}. */
    default BodyBlock withText(java.util.function.UnaryOperator<String> f) {
        return this instanceof Subhead ? new Subhead(f.apply(text())) : new Paragraph(f.apply(text()));
    }

    record Paragraph(String text) implements BodyBlock {
    }

    record Subhead(String text) implements BodyBlock {
    }
}
