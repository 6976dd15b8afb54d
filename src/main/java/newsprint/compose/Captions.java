package newsprint.compose;

import java.util.ArrayList;
import java.util.List;
import newsprint.layout.Layout;
import newsprint.layout.Role;
import newsprint.model.Photo;
import newsprint.type.LineBreaker;
import newsprint.type.SetLine;
import newsprint.type.Span;
import newsprint.type.Styles;
import newsprint.type.TextStyle;

/**
 * Sets photo captions (their text already as printed): justified like the body, never ending on a
 * 孤字, with the credit as the layout places it: set right on the caption's last line when there
 * is room for it there ({@code credit: right}, the default), else, or with {@code credit: run-in},
 * run in after the caption's last word; set right it takes a line of its own only when running
 * it in would put it alone on a line, or open gaps of 0.2 em in a short caption.
 */
final class Captions {
    /** Between the caption's last word and a credit set right: at least one caption character. */
    static final double CREDIT_GAP_EM = 1;

    private final Styles styles;
    private final LineBreaker breaker;
    private final PageGrid grid;
    private final Layout.CreditPlacement placement;

    Captions(Styles styles, LineBreaker breaker, PageGrid grid, Layout.CreditPlacement placement) {
        this.styles = styles;
        this.breaker = breaker;
        this.grid = grid;
        this.placement = placement;
    }

    /** The caption's lines, its credit on the last. */
    List<SetLine> set(Photo photo, double widthPt) {
        TextStyle caption = styles.get(Role.CAPTION);
        TextStyle credit = styles.get(Role.CREDIT);
        if (photo.caption() == null) {
            return photo.credit() == null ? List.of()
                    : breaker.set(List.of(new Span(photo.credit(), credit, true)), widthPt, 0, false).stream().map(l -> right(l, widthPt)).toList();
        }
        List<SetLine> lines = new ArrayList<>(breaker.set(List.of(new Span(photo.caption(), caption)), widthPt, 0, true));
        if (photo.credit() == null) {
            return lines;
        }
        if (placement == Layout.CreditPlacement.RIGHT) {
            SetLine last = lines.get(lines.size() - 1);
            double creditPt = credit.widthPt(photo.credit());
            double lastPt = last.penPt()[last.length()];
            double gapPt = widthPt - lastPt - creditPt;
            if (gapPt >= CREDIT_GAP_EM * caption.sizePt() - 1e-9) {
                lines.set(lines.size() - 1, withCredit(last, photo.credit(), credit, gapPt, lastPt + gapPt + creditPt));
                return lines;
            }
        }
        // run in: the caption and the credit one paragraph, a space between them
        List<SetLine> runIn = breaker.set(List.of(new Span(photo.caption(), caption), new Span(" " + photo.credit(), credit, true)),
                widthPt, 0, true);
        boolean gaps = runIn.stream().anyMatch(l -> l.letterSpacingPt() >= LineBreaker.WIDE_GAP_EM * caption.sizePt());
        boolean alone = runIn.get(runIn.size() - 1).text().strip().equals(photo.credit().strip());
        if (placement == Layout.CreditPlacement.RIGHT && (gaps || alone)) {
            // the credit would start a line of its own at the left, or open gaps in a short caption: set right below
            lines.addAll(breaker.set(List.of(new Span(photo.credit(), credit, true)), widthPt, 0, false).stream()
                    .map(l -> right(l, widthPt)).toList());
            return lines;
        }
        return runIn;
    }

    /** A credit without a caption, set right: its line starts where its end meets the right edge. */
    private static SetLine right(SetLine l, double widthPt) {
        double[] after = new double[l.length()];
        double[] squeeze = new double[l.length()];
        for (int i = 0; i < l.length(); i++) {
            after[i] = l.afterPt(i);
            squeeze[i] = l.squeezePt(i);
        }
        double start = Math.max(0, widthPt - (l.penPt()[l.length()] - l.startPt()));
        return new SetLine(l.spans(), l.indentPt(), l.naturalWidthPt(), 0, l.paragraphEnd(), after, squeeze, start);
    }

    /** The caption's last line with the credit set right after {@code gapPt} of space: one line, its characters where they print. */
    private static SetLine withCredit(SetLine last, String creditText, TextStyle credit, double gapPt, double widthPt) {
        List<Span> spans = new ArrayList<>(last.spans());
        spans.add(new Span(creditText, credit, true));
        int n = last.length();
        int m = creditText.codePointCount(0, creditText.length());
        double[] after = new double[n + m];
        double[] squeeze = new double[n + m];
        for (int i = 0; i < n; i++) {
            after[i] = last.afterPt(i);
            squeeze[i] = last.squeezePt(i);
        }
        after[n - 1] = gapPt;
        return new SetLine(spans, last.indentPt(), widthPt, 0, true, after, squeeze, last.startPt());
    }

    /** Grid lines the caption block takes under a photo {@code widthPt} wide, set once per photo and width. */
    int lines(Photo photo, double widthPt) {
        return lines.computeIfAbsent(new Measure(photo, widthPt), m -> grid.linesFor(heightPt(set(photo, widthPt))));
    }

    /** A caption set at a width: the planner asks for each photo at every width and scale it tries. */
    private record Measure(Photo photo, double widthPt) {
    }

    private final java.util.Map<Measure, Integer> lines = new java.util.HashMap<>();

    double heightPt(List<SetLine> lines) {
        double h = 0;
        for (SetLine l : lines) {
            h += l.spans().get(0).style().leadingPt();
        }
        return h;
    }
}
