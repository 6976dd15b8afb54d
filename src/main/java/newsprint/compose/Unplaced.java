package newsprint.compose;

import newsprint.model.Article;

/**
 * An article the page has no module for: more articles than the grid can hold, or a headline too
 * long for any module. All its copy is overset, and every report names it and {@code why}, in
 * words that follow "not placed:" ({@link #NO_ROOM}, or what of the article no module can hold).
 */
public record Unplaced(Article article, ArticleFit fit, String why) {
    /** The usual reason: the articles before it took the page. */
    public static final String NO_ROOM = "the page has no room for it";
}
