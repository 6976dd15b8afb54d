package newsprint.model;

/** One block of an article's body: a paragraph or a subhead (小标题). */
public sealed interface BodyBlock {
    String text();

    record Paragraph(String text) implements BodyBlock {
    }

    record Subhead(String text) implements BodyBlock {
    }
}
