package newsprint.compose;

import java.util.List;
import newsprint.model.Article;

/**
 * One article placed on the page: its grid area ({@code column}, {@code span}, {@code line},
 * {@code lines}), its rectangle, its head, figures and body frames, and its copy-fit; for an
 * article that jumps, {@code rest}: the body that runs on, as it will open the continuation.
 */
public record Module(Article article, int column, int span, int line, int lines, Rect rect, boolean separatorAbove,
                     List<HeadLine> head, List<Figure> figures, List<TextFrame> frames, ArticleFit fit,
                     List<newsprint.model.BodyBlock> rest) {
    public Module {
        head = List.copyOf(head);
        figures = List.copyOf(figures);
        frames = List.copyOf(frames);
        rest = List.copyOf(rest);
    }

    /** True when the article runs on to another page ({@link #rest} is what runs on, as printed). */
    public boolean jumps() {
        return fit.continuesOn() > 0;
    }
}
