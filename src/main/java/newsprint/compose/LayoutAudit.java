package newsprint.compose;

import java.util.ArrayList;
import java.util.List;
import newsprint.type.SetLine;
import newsprint.type.WordBreaks;

/**
 * The page-level faults a layout desk sends a page back for, counted on a composed page (issue
 * 12, rules 4, 5, 7 and 8): display lines broken inside a word, a paragraph's last line alone at
 * the top of a column or its first line alone at the foot of one, a story set lower than a
 * story of lower priority beside it, equal priorities under unequal headlines, a lead photo
 * smaller than a lesser story's, and the grid left empty. Each fault is also listed in words.
 */
public record LayoutAudit(
        int headBreaksInsideWords,
        int captionBreaksInsideWords,
        int columnWidows,
        int columnOrphans,
        int hierarchyInversions,
        int headlineSizeMismatches,
        int headlineBaselineMismatches,
        int leadPhotoSmaller,
        double emptyGridPercent,
        int emptyGridChars,
        List<String> faults) {

    /** More of the grid than this left empty is worth a warning: the page looks unfinished. */
    public static final double EMPTY_GRID_WARNING_PERCENT = 5.0;
    /** Side-by-side headlines whose baselines differ by more than this are not aligned. */
    static final double BASELINE_TOLERANCE_PT = 0.5;

    public LayoutAudit {
        faults = List.copyOf(faults);
    }

    /** True when more than {@link #EMPTY_GRID_WARNING_PERCENT} of the grid is left empty. */
    public boolean underset() {
        return emptyGridPercent > EMPTY_GRID_WARNING_PERCENT;
    }

    /** The warning an underset page gets, naming how much copy would fill it; null when the page is full enough. */
    public String undersetWarning(String page) {
        String warning = undersetWarning(emptyGridPercent, emptyGridChars);
        return warning == null ? null : page + ": " + warning;
    }

    /**
     * The same warning for a composed page without the rest of its audit (an edition's pages),
     * not naming the page: {@code 5.4% of the grid is empty (more than 5%): about 440 characters
     * of copy would fill it}; null when the page is full enough.
     */
    public static String undersetWarning(ComposedPage page) {
        CopyFitReport fit = CopyFitReport.of(page);
        return undersetWarning(fit.freePercent(), fit.freeChars());
    }

    private static String undersetWarning(double emptyGridPercent, int emptyGridChars) {
        return emptyGridPercent <= EMPTY_GRID_WARNING_PERCENT ? null : String.format(java.util.Locale.ROOT,
                "%.1f%% of the grid is empty (more than %.0f%%): about %d characters of copy would fill it",
                emptyGridPercent, EMPTY_GRID_WARNING_PERCENT, emptyGridChars);
    }

    public static LayoutAudit of(ComposedPage page) {
        List<String> faults = new ArrayList<>();
        int heads = 0;
        int captions = 0;
        int widows = 0;
        int orphans = 0;
        var continued = page.prepared().flow().continuesFrom();
        String teasers = page.prepared().flow().teasersId();
        for (Module m : page.modules()) {
            String id = m.article().id();
            for (HeadLine.Role role : HeadLine.Role.values()) {
                List<String> lines = m.head().stream().filter(h -> h.role() == role && h.turn() == HeadLine.Turn.ACROSS)
                        .map(h -> h.line().text()).toList();
                String text = switch (role) {
                    case KICKER -> m.article().kicker();
                    case HEADLINE -> m.article().headline();
                    case SUBHEADLINE -> m.article().subheadline();
                };
                for (String at : insideWords(text, lines)) {
                    heads++;
                    faults.add("article '" + id + "': " + role.name().toLowerCase(java.util.Locale.ROOT) + " broken inside a word: " + at);
                }
            }
            for (Figure f : m.figures()) {
                // each line's caption part: a credit set right on the last line, run in, or on a line of its own is not the caption's
                List<String> lines = f.caption().stream().map(Captions::captionText).filter(t -> !t.isBlank()).toList();
                for (String at : insideWords(f.photo().caption(), lines)) {
                    captions++;
                    faults.add("article '" + id + "': caption of " + f.photo().file() + " broken inside a word: " + at);
                }
            }
            List<TextFrame> filled = m.frames().stream().filter(f -> !f.lines().isEmpty()).toList();
            for (int c = 0; c < filled.size(); c++) {
                List<FrameLine> lines = filled.get(c).lines();
                FrameLine first = lines.get(0);
                FrameLine last = lines.get(lines.size() - 1);
                if (c > 0 && first.kind() == FrameLine.Kind.PARAGRAPH && first.blockEnd() && !first.blockStart()) {
                    widows++;
                    faults.add("article '" + id + "': a paragraph's last line alone at the top of column " + (c + 1) + ": "
                            + first.line().text());
                }
                if (c < filled.size() - 1 && last.kind() == FrameLine.Kind.PARAGRAPH && last.blockStart() && !last.blockEnd()) {
                    orphans++;
                    faults.add("article '" + id + "': a paragraph's first line alone at the foot of column " + (c + 1) + ": "
                            + last.line().text());
                }
            }
        }
        int inversions = 0;
        int sizes = 0;
        int baselines = 0;
        List<Module> ms = page.modules();
        // a page whose articles all share one priority was given no hierarchy: file order ranks them
        boolean ranked = ms.stream().map(m -> m.article().priority()).distinct().count() > 1;
        for (int i = 0; i < ms.size(); i++) {
            for (int j = 0; j < ms.size(); j++) {
                Module a = ms.get(i);
                Module b = ms.get(j);
                if (beside(a, b) && a.article().priority() < b.article().priority() && a.line() > b.line()) {
                    inversions++;
                    faults.add("article '" + a.article().id() + "' (priority " + a.article().priority() + ") stands lower than '"
                            + b.article().id() + "' (priority " + b.article().priority() + ") beside it");
                }
                // a continuation's jump head is small by design, and the 导读 box's title is no story's headline
                if (j <= i || !ranked || a.article().priority() != b.article().priority() || continued.containsKey(a.article().id())
                        || continued.containsKey(b.article().id()) || a.article().id().equals(teasers) || b.article().id().equals(teasers)) {
                    continue;
                }
                HeadLine ha = firstHeadline(a);
                HeadLine hb = firstHeadline(b);
                if (ha == null || hb == null) {
                    continue;
                }
                if (ha.style().sizePt() != hb.style().sizePt()) {
                    sizes++;
                    faults.add("articles '" + a.article().id() + "' and '" + b.article().id() + "' (priority " + a.article().priority()
                            + ") have headlines of " + ha.style().sizePt() + " and " + hb.style().sizePt() + " pt");
                } else if (beside(a, b) && a.line() == b.line()
                        && Math.abs(ha.rect().bottomPt() - hb.rect().bottomPt()) > BASELINE_TOLERANCE_PT) {
                    baselines++;
                    faults.add("articles '" + a.article().id() + "' and '" + b.article().id() + "' side by side: headline baselines "
                            + String.format(java.util.Locale.ROOT, "%.1f", Math.abs(ha.rect().bottomPt() - hb.rect().bottomPt())) + " pt apart");
                }
            }
        }
        int leadPhoto = leadPhotoSmaller(ms, faults);
        CopyFitReport fit = CopyFitReport.of(page);
        return new LayoutAudit(heads, captions, widows, orphans, inversions, sizes, baselines, leadPhoto, fit.freePercent(),
                fit.freeChars(), faults);
    }

    /** Side by side: in different columns, sharing some lines. */
    static boolean beside(Module a, Module b) {
        boolean columnsApart = a.column() + a.span() <= b.column() || b.column() + b.span() <= a.column();
        boolean linesShared = a.line() < b.line() + b.lines() && b.line() < a.line() + a.lines();
        return a != b && columnsApart && linesShared;
    }

    private static HeadLine firstHeadline(Module m) {
        return m.head().stream().filter(h -> h.role() == HeadLine.Role.HEADLINE && h.turn() == HeadLine.Turn.ACROSS)
                .findFirst().orElse(null);
    }

    /** Photos of the page's first-priority stories smaller than a photo of a lesser story. */
    private static int leadPhotoSmaller(List<Module> ms, List<String> faults) {
        int top = ms.stream().mapToInt(m -> m.article().priority()).min().orElse(0);
        int n = 0;
        for (Module lead : ms) {
            if (lead.article().priority() != top || lead.figures().isEmpty()) {
                continue;
            }
            double leadArea = lead.figures().stream().mapToDouble(f -> f.frame().widthPt() * f.frame().heightPt()).max().orElse(0);
            for (Module other : ms) {
                if (other.article().priority() <= top) {
                    continue;
                }
                for (Figure f : other.figures()) {
                    if (f.frame().widthPt() * f.frame().heightPt() > leadArea + 1) {
                        n++;
                        faults.add("article '" + lead.article().id() + "': its photo is smaller than one of '" + other.article().id()
                                + "' (priority " + other.article().priority() + ")");
                    }
                }
            }
        }
        return n;
    }

    /**
     * The breaks between consecutive {@code lines} of {@code text} that fall inside a word,
     * each shown as {@code 新闻|中心}.
     */
    static List<String> insideWords(String text, List<String> lines) {
        List<String> out = new ArrayList<>();
        if (text == null || lines.size() < 2) {
            return out;
        }
        WordBreaks.Breaks breaks = WordBreaks.of(text);
        int at = 0;
        for (int k = 0; k < lines.size(); k++) {
            int found = text.indexOf(lines.get(k), at);
            if (found < 0) {
                return out; // the line is not the text as written (it cannot be placed in it): nothing to judge
            }
            if (k > 0 && !breaks.betweenWords(found)) {
                int from = Math.max(0, found - 4);
                int to = Math.min(text.length(), found + 4);
                out.add(text.substring(from, found) + "|" + text.substring(found, to));
            }
            at = found + lines.get(k).length();
        }
        return out;
    }
}
