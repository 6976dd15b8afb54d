package newsprint.model;

import java.util.List;

/**
 * One article as the page file gives it. Optional parts are null (or empty lists); text is kept
 * exactly as written, the typography happens later.
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
        VerticalHead vertical) {

    /** {@code vertical} is null for a headline across the module (the usual head), else where the vertical head stands. */
    public Article {
        body = List.copyOf(body);
        photos = List.copyOf(photos);
    }

    /** An article whose headline runs across its module. */
    public Article(String id, String kicker, String headline, String subheadline, String byline, List<BodyBlock> body,
            List<Photo> photos, String source, int priority, Integer span, Place place) {
        this(id, kicker, headline, subheadline, byline, body, photos, source, priority, span, place, null);
    }

    /** This article with every text it prints passed through {@code f} (kicker, headline, body, captions …); ids and numbers kept. */
    public Article withText(java.util.function.UnaryOperator<String> f) {
        java.util.function.UnaryOperator<String> g = s -> s == null ? null : f.apply(s);
        return new Article(id, g.apply(kicker), g.apply(headline), g.apply(subheadline), g.apply(byline),
                body.stream().map(b -> b.withText(g)).toList(), photos.stream().map(p -> p.withText(g)).toList(),
                g.apply(source), priority, span, place, vertical);
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
