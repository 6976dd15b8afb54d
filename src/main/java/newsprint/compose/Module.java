package newsprint.compose;

import java.util.List;
import newsprint.model.Article;

/**
 * One article placed on the page: its grid area ({@code column}, {@code span}, {@code line},
 * {@code lines}), its rectangle, its head, figures and body frames, and its copy-fit.
 */
public record Module(Article article, int column, int span, int line, int lines, Rect rect, boolean separatorAbove,
                     List<HeadLine> head, List<Figure> figures, List<TextFrame> frames, ArticleFit fit) {
    public Module {
        head = List.copyOf(head);
        figures = List.copyOf(figures);
        frames = List.copyOf(frames);
    }
}
