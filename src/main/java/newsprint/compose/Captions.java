package newsprint.compose;

import java.util.ArrayList;
import java.util.List;
import newsprint.layout.Role;
import newsprint.model.Photo;
import newsprint.type.LineBreaker;
import newsprint.type.SetLine;
import newsprint.type.Span;
import newsprint.type.Styles;
import newsprint.type.TextStyle;

/** Sets photo captions (their text already as printed): the caption ragged, then the credit at the right of its last line, or on a line of its own. */
final class Captions {
    private final Styles styles;
    private final LineBreaker breaker;
    private final PageGrid grid;

    Captions(Styles styles, LineBreaker breaker, PageGrid grid) {
        this.styles = styles;
        this.breaker = breaker;
        this.grid = grid;
    }

    /** The caption's lines; a credit line is the last, marked by its style (credit). */
    List<SetLine> set(Photo photo, double widthPt) {
        List<SetLine> lines = new ArrayList<>();
        TextStyle caption = styles.get(Role.CAPTION);
        TextStyle credit = styles.get(Role.CREDIT);
        if (photo.caption() != null) {
            lines.addAll(breaker.set(List.of(new Span(photo.caption(), caption)), widthPt, 0, false));
        }
        if (photo.credit() != null) {
            lines.addAll(breaker.set(List.of(new Span(photo.credit(), credit)), widthPt, 0, false));
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
