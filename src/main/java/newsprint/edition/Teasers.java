package newsprint.edition;

import java.util.ArrayList;
import java.util.List;
import newsprint.model.Article;
import newsprint.model.BodyBlock;
import newsprint.model.EditionFile;
import newsprint.model.PageFile;

/**
 * The front page's 导读 box: every article of an inside page marked {@code teaser} listed in its
 * words (or its headline) with the page it is on, in page order. The page numbers come from the
 * edition, so reordering the pages reorders and renumbers the box.
 */
final class Teasers {
    /** The box's headline. */
    static final String HEADLINE = "导读";
    /** The box's priority: right after the lead story. */
    static final int PRIORITY = 2;

    private Teasers() {
    }

    /**
     * The box as an article for page 1 (text as written: the front page prints it), or null when
     * no inside page has a teaser. Its id is {@code teasers}, or {@code teasers-1}, … when page 1
     * uses that id already.
     */
    static Article box(EditionFile edition) {
        List<BodyBlock> items = new ArrayList<>();
        for (int n = 2; n <= edition.pages().size(); n++) {
            for (Article a : edition.page(n).articles()) {
                if (a.teaser() != null) {
                    items.add(new BodyBlock.Item(a.teaser() + "（第" + n + "版）"));
                }
            }
        }
        if (items.isEmpty()) {
            return null;
        }
        return new Article(id(edition.page(1)), null, HEADLINE, null, null, items, List.of(), null, PRIORITY, null, null);
    }

    private static String id(PageFile front) {
        java.util.Set<String> ids = new java.util.HashSet<>();
        front.articles().forEach(a -> ids.add(a.id()));
        String id = "teasers";
        for (int i = 1; ids.contains(id); i++) {
            id = "teasers-" + i;
        }
        return id;
    }
}
