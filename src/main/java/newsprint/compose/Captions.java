package newsprint.compose;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import newsprint.layout.Layout;
import newsprint.layout.Role;
import newsprint.model.Photo;
import newsprint.type.LineBreaker;
import newsprint.type.SetLine;
import newsprint.type.Span;
import newsprint.type.Styles;
import newsprint.type.TextStyle;

/**
 * Sets photo captions (their text already as printed): justified like the body, broken between
 * words wherever no gap of 0.2 em comes of it, never ending on a 孤字, with the credit as the layout places it: set right on the caption's last line when there
 * is room for it there ({@code credit: right}, the default), else, or with {@code credit: run-in},
 * run in after the caption's last word; set right it takes a line of its own only when running
 * it in would put it alone on a line, open gaps of 0.2 em in a short caption, or break a word in
 * as many lines as the caption and a credit line below take.
 */
final class Captions {
    /** Between the caption's last word and a credit set right: at least one caption character. */
    static final double CREDIT_GAP_EM = 1;
    /** A caption's lines end between words wherever a justified line can without a wide gap (issue 12 rule 5). */
    private static final LineBreaker.Breaking BY_MEANING = LineBreaker.Breaking.BETWEEN_WORDS;

    private final Styles styles;
    private final LineBreaker breaker;
    private final PageGrid grid;
    private final Layout.CreditPlacement placement;
    /**
     * The lines set so far, by photo and width: the planner asks for a caption's lines at each
     * width it tries (about 90 times a page), and breaking by meaning segments the caption each time.
     */
    private final Map<Setting, List<SetLine>> set = new HashMap<>();

    private record Setting(Photo photo, double widthPt) {
    }

    Captions(Styles styles, LineBreaker breaker, PageGrid grid, Layout.CreditPlacement placement) {
        this.styles = styles;
        this.breaker = breaker;
        this.grid = grid;
        this.placement = placement;
    }

    /** The caption's lines, its credit on the last. */
    List<SetLine> set(Photo photo, double widthPt) {
        return set.computeIfAbsent(new Setting(photo, widthPt), k -> List.copyOf(setLines(photo, widthPt)));
    }

    private List<SetLine> setLines(Photo photo, double widthPt) {
        TextStyle caption = styles.get(Role.CAPTION);
        TextStyle credit = styles.get(Role.CREDIT);
        if (photo.caption() == null) {
            return photo.credit() == null ? List.of()
                    : breaker.set(List.of(new Span(photo.credit(), credit, true)), widthPt, 0, false).stream().map(l -> right(l, widthPt)).toList();
        }
        List<SetLine> lines = new ArrayList<>(breaker.set(List.of(new Span(photo.caption(), caption)), widthPt, 0, true, BY_MEANING));
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
                widthPt, 0, true, BY_MEANING);
        boolean gaps = runIn.stream().anyMatch(l -> l.letterSpacingPt() >= LineBreaker.WIDE_GAP_EM * caption.sizePt());
        boolean alone = runIn.get(runIn.size() - 1).text().strip().equals(photo.credit().strip());
        // running in may break a word the caption alone breaks between words, in as many lines as the credit set below takes
        boolean breaksWord = runIn.size() > lines.size() && breaksInsideWords(photo.caption(), runIn) > breaksInsideWords(photo.caption(), lines);
        // a credit is read as one unit (记者 孙悦 摄): split over two lines, its title and its name part
        boolean splitsCredit = runIn.stream().filter(l -> l.spans().stream().anyMatch(sp -> sp.byline() && !sp.text().isBlank())).count() > 1;
        if (placement == Layout.CreditPlacement.RIGHT && (gaps || alone || breaksWord || splitsCredit)) {
            // the credit would start a line of its own at the left, open gaps in a short caption, break a word or be
            // split itself: set right below
            lines.addAll(breaker.set(List.of(new Span(photo.credit(), credit, true)), widthPt, 0, false).stream()
                    .map(l -> right(l, widthPt)).toList());
            return lines;
        }
        return runIn;
    }

    /** How many of the breaks between the caption's {@code lines} fall inside a word of {@code caption}. */
    static int breaksInsideWords(String caption, List<SetLine> lines) {
        return LayoutAudit.insideWords(caption, lines.stream().map(Captions::captionText).filter(t -> !t.isBlank()).toList()).size();
    }

    /** The caption's text on a caption line: its spans less the credit's (a byline span), the spaces at its ends stripped. */
    static String captionText(SetLine line) {
        StringBuilder sb = new StringBuilder();
        for (Span s : line.spans()) {
            if (!s.byline()) {
                sb.append(s.text());
            }
        }
        return sb.toString().strip();
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

    /** Grid lines the caption block takes under a photo {@code widthPt} wide (its setting is kept, see {@link #set}). */
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
