package newsprint.model;

import java.util.List;

/**
 * One article as the page file gives it. Optional parts are null (or empty lists); text is kept
 * exactly as written, the typography happens later. In an edition, {@code teaser} (导读) lists
 * the article on the front page in those words, and {@code jump} continues it on another page.
 */
public record Article(
        String id,
        String kicker,
        String headline,
        String subheadline,
        String byline,
        List<BodyBlock> body,
        List<Photo> photos,
        String source,
        int priority,
        Integer span,
        Place place,
        String teaser,
        Jump jump,
        VerticalHead vertical) {

    /** {@code vertical} is null for a headline across the module (the usual head), else where the vertical head stands. */
    public Article {
        body = List.copyOf(body);
        photos = List.copyOf(photos);
    }

    /** An article that is not a teaser (导读), does not jump and has its headline across its module. */
    public Article(String id, String kicker, String headline, String subheadline, String byline, List<BodyBlock> body,
                   List<Photo> photos, String source, int priority, Integer span, Place place) {
        this(id, kicker, headline, subheadline, byline, body, photos, source, priority, span, place, null, null, null);
    }

    /** An article whose headline runs across its module. */
    public Article(String id, String kicker, String headline, String subheadline, String byline, List<BodyBlock> body,
                   List<Photo> photos, String source, int priority, Integer span, Place place, String teaser, Jump jump) {
        this(id, kicker, headline, subheadline, byline, body, photos, source, priority, span, place, teaser, jump, null);
    }

    /** The headline as printed: without the {@code |} marks that force its breaks. */
    @Override
    public String headline() {
        return BreakMarks.printed(headline);
    }

    /** The headline as the page file wrote it, with any {@code |} that forces a break: what the head is set from. */
    public String headlineAsWritten() {
        return headline;
    }

    /** The same article with another body (a continuation's rest of the copy, say). */
    public Article withBody(List<BodyBlock> other) {
        return new Article(id, kicker, headline, subheadline, byline, other, photos, source, priority, span, place, teaser, jump, vertical);
    }

    /** This article with every text it prints passed through {@code f} (kicker, headline, body, captions …); ids and numbers kept. */
    public Article withText(java.util.function.UnaryOperator<String> f) {
        java.util.function.UnaryOperator<String> g = s -> s == null ? null : f.apply(s);
        return new Article(id, g.apply(kicker), g.apply(headline), g.apply(subheadline), g.apply(byline),
                body.stream().map(b -> b.withText(g)).toList(), photos.stream().map(p -> p.withText(g)).toList(),
                g.apply(source), priority, span, place, g.apply(teaser),
                jump == null || jump.head() == null ? jump : new Jump(jump.file(), jump.page(), g.apply(jump.head())), vertical);
    }

    /** The number of characters of body text, byline and source line: what copy-fitting counts. */
    public int bodyCharacters() {
        int n = byline == null ? 0 : byline.codePointCount(0, byline.length());
        for (BodyBlock b : body) {
            n += b.text().codePointCount(0, b.text().length());
        }
        return n + (source == null ? 0 : source.codePointCount(0, source.length()) + 2);
    }
}
