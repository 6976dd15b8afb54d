package newsprint.archive;

/** An article on a page of an edition: the page's place in the edition (from 0) and the article's id on that page. */
public record ArticleRef(int page, String articleId) {
}
