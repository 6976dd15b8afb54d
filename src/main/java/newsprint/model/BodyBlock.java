package newsprint.model;

/** One block of an article's body: a paragraph, a subhead (小标题), or a paragraph's rest continued from another page. */
public sealed interface BodyBlock {
    String text();

    /** The same kind of block with its text passed through {@code f}. */
    default BodyBlock withText(java.util.function.UnaryOperator<String> f) {
        if (this instanceof Subhead) {
            return new Subhead(f.apply(text()));
        }
        if (this instanceof Item) {
            return new Item(f.apply(text()));
        }
        return this instanceof Continued ? new Continued(f.apply(text())) : new Paragraph(f.apply(text()));
    }

    record Paragraph(String text) implements BodyBlock {
    }

    record Subhead(String text) implements BodyBlock {
    }

    /** A line of a list (a teaser in the front page's 导读 box): set flush left, not justified. */
    record Item(String text) implements BodyBlock {
    }

    /** The rest of a paragraph a jump cut (上接): it opens a continuation, set without the first-line indent. */
    record Continued(String text) implements BodyBlock {
    }
}
