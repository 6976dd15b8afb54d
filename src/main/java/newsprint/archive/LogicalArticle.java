package newsprint.archive;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One article of an edition as a reader follows it: its parts, page by page (one part unless it
 * jumps), each the article as printed on that page.
 */
record LogicalArticle(List<Piece> pieces) {
    /** A part of the article: the page's place in the edition and the article as printed there. */
    record Piece(int page, PrintedPage.Part part) {
    }

    LogicalArticle {
        pieces = List.copyOf(pieces);
    }

    Piece first() {
        return pieces.get(0);
    }

    /** The edition's articles in reading order: page by page, each page in the composer's order; a continuation joins the article it continues. */
    static List<LogicalArticle> of(ArchiveEdition edition, List<PrintedPage> pages) {
        Map<ArticleRef, ArticleRef> next = new HashMap<>();
        Set<ArticleRef> continuations = new HashSet<>();
        for (ArchiveEdition.Jump j : edition.jumps()) {
            find(pages, j.from());
            find(pages, j.to());
            if (next.put(j.from(), j.to()) != null || !continuations.add(j.to())) {
                throw new IllegalArgumentException("an article jumps to one place and is continued from one: " + j);
            }
        }
        List<LogicalArticle> out = new ArrayList<>();
        for (int p = 0; p < pages.size(); p++) {
            for (PrintedPage.Part part : pages.get(p).articles()) {
                ArticleRef ref = new ArticleRef(p, part.article().id());
                if (continuations.contains(ref)) {
                    continue;
                }
                List<Piece> pieces = new ArrayList<>();
                for (ArticleRef r = ref; r != null; r = next.get(r)) {
                    if (pieces.size() > pages.size()) {
                        throw new IllegalArgumentException("the jumps from " + ref + " go round in a circle");
                    }
                    pieces.add(new Piece(r.page(), find(pages, r)));
                }
                out.add(new LogicalArticle(pieces));
            }
        }
        long placed = out.stream().mapToLong(a -> a.pieces().size()).sum();
        if (placed != pages.stream().mapToLong(p -> p.articles().size()).sum()) {
            throw new IllegalArgumentException("the jumps go round in a circle: some article is continued from itself");
        }
        return out;
    }

    private static PrintedPage.Part find(List<PrintedPage> pages, ArticleRef ref) {
        if (ref.page() < 0 || ref.page() >= pages.size()) {
            throw new IllegalArgumentException("no page " + ref.page() + " in the edition: " + ref);
        }
        return pages.get(ref.page()).articles().stream().filter(a -> a.article().id().equals(ref.articleId())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no article '" + ref.articleId() + "' on page " + ref.page()));
    }
}
