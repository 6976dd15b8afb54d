package newsprint.compose;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import newsprint.type.Byline;
import newsprint.type.Punctuation;
import newsprint.type.SetLine;
import newsprint.type.Span;
import newsprint.type.TextStyle;

/**
 * Counts, on a composed page, the faults a Chinese layout desk sends a page back for, line by
 * line as the page prints them (the glyph positions the filler paints): adjacent marks wider
 * than 1.5 em, opening marks at a line start at full width, justification space inside a unit
 * (7月24日, 5G), justified lines with gaps of 0.2 em or more, paragraphs and captions ending on
 * one Han character (务。), bylines and credits broken inside a name or a date, and byline
 * lines letter-spaced. Each rule is a named count (its key), with a finding per fault naming the
 * article and the line: other rules add their keys beside these.
 */
public final class TypographyAudit {
    /** Two adjacent marks take at most this many em (W3C clreq 3.1.6.2). */
    static final double PAIR_MAX_EM = 1.5;
    /** A justified line whose characters stand this many em apart or more has visible gaps. */
    static final double WIDE_GAP_EM = 0.2;
    /** Rounding in the fonts' advances: far below anything an eye sees. */
    private static final double EPSILON_EM = 0.01;

    public static final String PUNCTUATION_PAIRS = "punctuation-pairs";
    public static final String OPENING_AT_LINE_START = "opening-mark-at-line-start";
    public static final String UNITS_SPREAD = "units-spread";
    public static final String WIDE_GAPS = "wide-gaps";
    public static final String WIDOW_CHARACTERS = "widow-characters";
    public static final String BYLINES_BROKEN = "bylines-broken";
    public static final String BYLINES_SPREAD = "bylines-spread";

    /** The rules this audit counts, in report order. */
    public static final List<String> RULES = List.of(PUNCTUATION_PAIRS, OPENING_AT_LINE_START, UNITS_SPREAD, WIDE_GAPS,
            WIDOW_CHARACTERS, BYLINES_BROKEN, BYLINES_SPREAD);

    /** One fault: its rule, the article, where in it (a field) and the line's text. */
    public record Finding(String rule, String article, String where, String line) {
    }

    /** A page's counts by rule (every rule present, 0 when clean) and its findings. */
    public record Report(Map<String, Integer> counts, List<Finding> findings) {
        public Report {
            counts = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(counts));
            findings = List.copyOf(findings);
        }

        public int count(String rule) {
            return counts.getOrDefault(rule, 0);
        }
    }

    private final Map<String, Integer> counts = new LinkedHashMap<>();
    private final List<Finding> findings = new ArrayList<>();

    private TypographyAudit() {
        RULES.forEach(r -> counts.put(r, 0));
    }

    public static Report of(ComposedPage page) {
        TypographyAudit audit = new TypographyAudit();
        for (Module m : page.modules()) {
            audit.module(m, page.prepared().flow().continuesFrom().containsKey(m.article().id()));
        }
        return new Report(audit.counts, audit.findings);
    }

    private void module(Module m, boolean continued) {
        String id = m.article().id();
        for (HeadLine h : m.head()) {
            if (h.turn() == HeadLine.Turn.ACROSS) {
                line(id, h.role().name().toLowerCase(Locale.ROOT), h.line());
            }
        }
        List<SetLine> paragraph = new ArrayList<>();
        List<SetLine> firstParagraph = null;
        for (TextFrame f : m.frames()) {
            for (FrameLine fl : f.lines()) {
                line(id, "body", fl.line());
                if (fl.kind() != FrameLine.Kind.PARAGRAPH) {
                    continue;
                }
                if (fl.blockStart()) {
                    paragraph = new ArrayList<>();
                }
                paragraph.add(fl.line());
                if (fl.blockEnd()) {
                    widow(id, "body", paragraph);
                    if (firstParagraph == null) {
                        firstParagraph = paragraph;
                    }
                }
            }
        }
        if (m.article().byline() != null && firstParagraph != null && !continued) {
            byline(id, "byline", m.article().byline(), firstParagraph, true);
        }
        for (int p = 0; p < m.figures().size(); p++) {
            Figure fig = m.figures().get(p);
            String where = "photos[" + p + "].caption";
            List<SetLine> text = new ArrayList<>();
            for (SetLine l : fig.caption()) {
                line(id, where, l);
                if (!creditOnly(l, fig)) {
                    text.add(l);
                }
            }
            widow(id, where, text);
            if (fig.photo().credit() != null) {
                byline(id, "photos[" + p + "].credit", fig.photo().credit(), fig.caption(), false);
            }
        }
    }

    /** A line of the credit alone, set apart from the caption's text. */
    private static boolean creditOnly(SetLine l, Figure fig) {
        return fig.photo().credit() != null && l.text().strip().equals(fig.photo().credit().strip())
                && (fig.photo().caption() == null || !fig.photo().caption().strip().endsWith(l.text().strip()));
    }

    /** The rules of one line: pairs, the opening mark, units, gaps. */
    private void line(String id, String where, SetLine l) {
        int[] cps = l.text().codePoints().toArray();
        if (cps.length == 0) {
            return;
        }
        TextStyle[] styles = styles(l);
        double[] pen = l.penPt();
        boolean pair = false;
        boolean unit = false;
        for (int i = 0; i < cps.length; i++) {
            double em = styles[i].sizePt();
            double justification = l.afterPt(i) - l.squeezePt(i);
            if (i + 1 < cps.length) {
                if (Punctuation.isAdjustable(cps[i]) && Punctuation.isAdjustable(cps[i + 1])
                        && !(Punctuation.isOpening(cps[i]) && !Punctuation.isOpening(cps[i + 1]))) {
                    // an opening mark before a closing one or a stop (（；) has no blank between them to give up
                    double advance = styles[i + 1].face().advanceEm(cps[i + 1]) * styles[i + 1].sizePt();
                    double width = pen[i + 1] - pen[i] + advance;
                    if (width > (PAIR_MAX_EM + EPSILON_EM) * em) {
                        pair = true;
                    }
                }
                if (justification > EPSILON_EM * em && Punctuation.isUnitPart(cps[i]) && Punctuation.isUnitPart(cps[i + 1])) {
                    unit = true;
                }
            }
        }
        if (pair) {
            add(PUNCTUATION_PAIRS, id, where, l);
        }
        if (Punctuation.isOpening(cps[0]) && l.startPt() > -0.25 * styles[0].sizePt()) {
            add(OPENING_AT_LINE_START, id, where, l);
        }
        if (unit) {
            add(UNITS_SPREAD, id, where, l);
        }
        // a justified line's gaps (a paragraph's last line has none; a credit set right stands apart on purpose)
        if (!l.paragraphEnd() && l.letterSpacingPt() >= (WIDE_GAP_EM - EPSILON_EM / 10) * styles[0].sizePt()) {
            add(WIDE_GAPS, id, where, l);
        }
    }

    /** A paragraph of two lines or more whose last line holds one Han character, with or without its marks. */
    private void widow(String id, String where, List<SetLine> paragraph) {
        if (paragraph.size() < 2) {
            return;
        }
        SetLine last = paragraph.get(paragraph.size() - 1);
        int letters = 0;
        boolean han = false;
        for (int cp : last.text().codePoints().toArray()) {
            if (Character.isLetterOrDigit(cp)) {
                letters++;
                han = Punctuation.isHan(cp);
            }
        }
        if (letters == 1 && han) {
            add(WIDOW_CHARACTERS, id, where, last);
        }
    }

    /**
     * Where the lines break inside the byline (or credit) {@code text}, which opens the first line
     * of {@code lines} ({@code atStart}) or closes the last: each break must be one {@link Byline}
     * allows; a line that holds byline characters only and is letter-spaced is spread.
     */
    private void byline(String id, String where, String text, List<SetLine> lines, boolean atStart) {
        int[] cps = text.codePoints().toArray();
        boolean[] ok = Byline.breaks(cps);
        // the byline's characters, spaces aside, with the line each is printed on
        List<int[]> printed = new ArrayList<>(); // {code point, line, index in line}
        for (int k = 0; k < lines.size(); k++) {
            int[] lc = lines.get(k).text().codePoints().toArray();
            for (int i = 0; i < lc.length; i++) {
                if (lc[i] != ' ') {
                    printed.add(new int[] {lc[i], k, i});
                }
            }
        }
        List<Integer> own = new ArrayList<>();
        for (int i = 0; i < cps.length; i++) {
            if (cps[i] != ' ') {
                own.add(i);
            }
        }
        int offset = atStart ? 0 : printed.size() - own.size();
        if (offset < 0 || own.size() > printed.size()) {
            return;
        }
        for (int j = 0; j < own.size(); j++) {
            if (printed.get(offset + j)[0] != cps[own.get(j)]) {
                return; // not printed as one piece here (a credit run into its caption is matched from the end)
            }
        }
        boolean broken = false;
        boolean spread = false;
        for (int j = 0; j < own.size(); j++) {
            int[] p = printed.get(offset + j);
            SetLine line = lines.get(p[1]);
            if (j > 0 && printed.get(offset + j - 1)[1] != p[1] && !ok[own.get(j)]) {
                broken = true;
            }
            boolean nextSameLine = j + 1 < own.size() && printed.get(offset + j + 1)[1] == p[1];
            if (nextSameLine && line.afterPt(p[2]) - line.squeezePt(p[2]) > EPSILON_EM * styles(line)[p[2]].sizePt()) {
                spread = true;
            }
        }
        SetLine first = lines.get(printed.get(offset)[1]);
        if (broken) {
            add(BYLINES_BROKEN, id, where, first);
        }
        if (spread) {
            add(BYLINES_SPREAD, id, where, first);
        }
    }

    private static TextStyle[] styles(SetLine l) {
        TextStyle[] out = new TextStyle[l.length()];
        int i = 0;
        for (Span s : l.spans()) {
            for (int j = 0; j < s.text().length(); ) {
                int cp = s.text().codePointAt(j);
                out[i++] = s.style().forCodePoint(cp);
                j += Character.charCount(cp);
            }
        }
        return out;
    }

    private void add(String rule, String id, String where, SetLine l) {
        counts.merge(rule, 1, Integer::sum);
        findings.add(new Finding(rule, id, where, l.text()));
    }
}
