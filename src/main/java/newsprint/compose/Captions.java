package newsprint.compose;

import java.util.ArrayList;
import java.util.List;
import newsprint.model.Photo;
import newsprint.type.LineBreaker;
import newsprint.type.SetLine;
import newsprint.type.Span;
import newsprint.type.TextStyle;

/** Sets photo captions: the caption ragged, then the credit at the right of its last line, or on a line of its own. */
final class Captions {
    private final Styles styles;
    private final LineBreaker breaker;
    private final PageGrid grid;
    private final java.util.function.UnaryOperator<String> text;

    Captions(Styles styles, LineBreaker breaker, PageGrid grid, java.util.function.UnaryOperator<String> text) {
        this.styles = styles;
        this.breaker = breaker;
        this.grid = grid;
        this.text = text;
    }

    /** The caption's lines; a credit line is the last, marked by its style (credit). */
    List<SetLine> set(Photo photo, double widthPt) {
        List<SetLine> lines = new ArrayList<>();
        TextStyle caption = styles.get("caption");
        TextStyle credit = styles.get("credit");
        if (photo.caption() != null) {
            lines.addAll(breaker.set(List.of(new Span(text.apply(photo.caption()), caption)), widthPt, 0, false));
        }
        if (photo.credit() != null) {
            lines.addAll(breaker.set(List.of(new Span(text.apply(photo.credit()), credit)), widthPt, 0, false));
        }
        return lines;
    }

    /** Grid lines the caption block takes under a photo {@code widthPt} wide. */
    int lines(Photo photo, double widthPt) {
        return grid.linesFor(heightPt(set(photo, widthPt)));
    }

    double heightPt(List<SetLine> lines) {
        double h = 0;
        for (SetLine l : lines) {
            h += l.spans().get(0).style().leadingPt();
        }
        return h;
    }
}
