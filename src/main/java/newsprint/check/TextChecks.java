package newsprint.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import newsprint.check.Finding.Code;
import newsprint.model.Article;
import newsprint.model.BodyBlock;
import newsprint.model.PageFile;
import newsprint.type.Punctuation;

/**
 * What a sub-editor catches reading the copy: a headline without words and a paragraph printed
 * twice (errors: both would print), and, for the desk to judge, a paragraph that looks cut where
 * a column ended, a short unpunctuated line in the body (a caption or credit that slipped in),
 * an English word inside Han text, half-width punctuation between Han characters.
 */
final class TextChecks {
    /** Marks a finished paragraph ends on: stops, closing quotes and brackets, and the colon or semicolon of a list. */
    private static final String CLOSING = "。！？…．”’）」』】》〕!?.\"')；;：:";
    /** Marks a new paragraph may begin with: opening quotes and brackets. */
    private static final String OPENING = "“‘（「『【《〔([\"'";
    /** Lowercase Latin words that belong in Han text: units of measure. */
    private static final Set<String> UNITS = Set.of("km", "cm", "mm", "nm", "kg", "mg", "ml", "kw", "kwh", "mw", "gw",
            "hz", "khz", "mhz", "ghz", "db", "ppm", "mah");
    private static final int EXCERPT = 12;

    private final Rules rules;

    TextChecks(Rules rules) {
        this.rules = rules;
    }

    void check(List<Finding> out, PageFile page, boolean fullWidth) {
        Map<String, Origin> firstSeen = new HashMap<>();
        for (Article a : page.articles()) {
            headline(out, a);
            for (TextField f : TextField.of(a)) {
                latinWords(out, a, f);
                halfWidth(out, a, f, fullWidth);
            }
            doubled(out, a, firstSeen);
            cuts(out, a);
        }
    }

    private static void headline(List<Finding> out, Article a) {
        if (a.headline().codePoints().noneMatch(Character::isLetterOrDigit)) {
            out.add(Finding.of(Code.HEADLINE_EMPTY, a.id(), "headline", "has no words, only '" + a.headline()
                    + "': the article would print without a headline"));
        }
    }

    /** Where a paragraph was first seen. */
    private record Origin(String articleId, String field) {
    }

    /** A paragraph that appears a second time, here or in an earlier article, word for word once spaces are ignored. */
    private void doubled(List<Finding> out, Article a, Map<String, Origin> firstSeen) {
        for (int i = 0; i < a.body().size(); i++) {
            BodyBlock b = a.body().get(i);
            String key = squash(Punctuation.normalize(b.text()));
            if (!(b instanceof BodyBlock.Paragraph) || key.codePointCount(0, key.length()) < rules.doubledParagraph()) {
                continue;
            }
            String field = TextField.bodyField(i, b);
            Origin first = firstSeen.putIfAbsent(key, new Origin(a.id(), field));
            if (first != null) {
                String where = first.articleId().equals(a.id()) ? first.field() : "article '" + first.articleId() + "' " + first.field();
                out.add(Finding.of(Code.PARAGRAPH_DOUBLED, a.id(), field, "repeats " + where + " ('" + start(b.text())
                        + "…'): it would print twice; keep one copy"));
            }
        }
    }

    /**
     * A paragraph that ends without closing punctuation: when short, a caption, credit or heading
     * that slipped into the body; otherwise, when the next paragraph does not open with a quote
     * or bracket, a paragraph cut in two where a column ended.
     */
    private void cuts(List<Finding> out, Article a) {
        List<BodyBlock> body = a.body();
        for (int i = 0; i < body.size(); i++) {
            if (!(body.get(i) instanceof BodyBlock.Paragraph p)) {
                continue;
            }
            String t = p.text().strip();
            if (CLOSING.indexOf(t.codePointBefore(t.length())) >= 0) {
                continue;
            }
            String field = TextField.bodyField(i, p);
            String visible = squash(t);
            if (visible.codePointCount(0, visible.length()) <= rules.shortParagraph()) {
                out.add(Finding.of(Code.PARAGRAPH_SHORT, a.id(), field, "'" + t + "' is a short line without closing "
                        + "punctuation: a caption, credit or heading that slipped into the body?"));
            } else if (i + 1 < body.size() && body.get(i + 1) instanceof BodyBlock.Paragraph next
                    && OPENING.indexOf(next.text().strip().codePointAt(0)) < 0) {
                out.add(Finding.of(Code.PARAGRAPH_CUT, a.id(), field, "ends '…" + end(t) + "' and "
                        + TextField.bodyField(i + 1, next) + " begins '" + start(next.text()) + "…' mid-sentence: "
                        + "one paragraph cut in two where a column ended? join them"));
            }
        }
    }

    /** A lowercase Latin word of two letters or more with Han text on both sides: {@code 讲话精神 and 全会}. */
    private static void latinWords(List<Finding> out, Article a, TextField f) {
        int[] cps = f.text().codePoints().toArray();
        for (int i = 0; i < cps.length; ) {
            if (!isAsciiLetter(cps[i])) {
                i++;
                continue;
            }
            int j = i;
            while (j < cps.length && isAsciiLetter(cps[j])) {
                j++;
            }
            String word = new String(cps, i, j - i);
            if (word.length() >= 2 && word.equals(word.toLowerCase(Locale.ROOT)) && !UNITS.contains(word)
                    && isCjk(neighbour(cps, i, -1)) && isCjk(neighbour(cps, j - 1, +1))) {
                out.add(Finding.of(Code.LATIN_WORD, a.id(), f.field(), "the English word '" + word + "' stands in Han text ('"
                        + context(cps, i, j) + "'): a stray word?"));
            }
            i = j;
        }
    }

    /** Half-width {@code , ( ) : ; ! ?} that the typography would turn full-width: one finding per field. */
    private static void halfWidth(List<Finding> out, Article a, TextField f, boolean fullWidth) {
        int[] raw = f.text().codePoints().toArray();
        int[] set = Punctuation.normalize(f.text()).codePoints().toArray();
        Set<String> marks = new LinkedHashSet<>();
        Set<String> full = new LinkedHashSet<>();
        int count = 0;
        int first = -1;
        for (int k = 0; k < raw.length && k < set.length; k++) {
            if (raw[k] != set[k]) {
                count++;
                first = first < 0 ? k : first;
                marks.add(new String(Character.toChars(raw[k])));
                full.add(new String(Character.toChars(set[k])));
            }
        }
        if (count == 0) {
            return;
        }
        String what = count + " half-width mark" + (count == 1 ? "" : "s") + " " + String.join(" ", marks)
                + " between Han characters (first: '" + context(raw, first, first + 1) + "')";
        out.add(Finding.of(Code.HALF_WIDTH_PUNCTUATION, a.id(), f.field(), fullWidth
                ? what + "; the layout prints them full-width (" + String.join("", full) + "), the page file keeps them as written"
                : what + "; this layout prints them as written (options.fullWidthPunctuation is off): type "
                        + String.join("", full) + " instead"));
    }

    private static boolean isAsciiLetter(int cp) {
        return cp >= 'a' && cp <= 'z' || cp >= 'A' && cp <= 'Z';
    }

    private static boolean isCjk(int cp) {
        return cp >= 0 && (Punctuation.isHan(cp) || Punctuation.isCjkPunctuation(cp));
    }

    /** The nearest code point from {@code i} in direction {@code step}, spaces skipped; -1 at either end. */
    private static int neighbour(int[] cps, int i, int step) {
        for (int j = i + step; j >= 0 && j < cps.length; j += step) {
            if (!Character.isWhitespace(cps[j]) && cps[j] != 0x3000 && cps[j] != 0xA0) {
                return cps[j];
            }
        }
        return -1;
    }

    /** Up to four characters either side of {@code [from, to)}. */
    private static String context(int[] cps, int from, int to) {
        int a = Math.max(0, from - 4);
        int b = Math.min(cps.length, to + 4);
        return new String(cps, a, b - a);
    }

    private static String start(String text) {
        String t = text.strip();
        return t.codePointCount(0, t.length()) <= EXCERPT ? t : t.substring(0, t.offsetByCodePoints(0, EXCERPT));
    }

    private static String end(String t) {
        int n = t.codePointCount(0, t.length());
        return n <= EXCERPT ? t : t.substring(t.offsetByCodePoints(0, n - EXCERPT));
    }

    /** The text without any whitespace, for comparing paragraphs however they were broken or spaced. */
    static String squash(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        s.codePoints().filter(cp -> !Character.isWhitespace(cp) && cp != 0x3000 && cp != 0xA0).forEach(sb::appendCodePoint);
        return sb.toString();
    }
}
