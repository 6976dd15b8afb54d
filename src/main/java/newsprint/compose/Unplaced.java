package newsprint.compose;

import newsprint.model.Article;

/**
 * An article the page has no module for: more articles than the grid can hold, or a headline too
 * long for any module. All its copy is overset, and every report names it.
 */
public record Unplaced(Article article, ArticleFit fit) {
}
