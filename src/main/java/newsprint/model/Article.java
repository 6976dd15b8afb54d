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
        Place place) {

    public Article {
        body = List.copyOf(body);
        photos = List.copyOf(photos);
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
