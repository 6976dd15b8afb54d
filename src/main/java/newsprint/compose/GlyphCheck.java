package newsprint.compose;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import newsprint.NewsprintException.MissingGlyph;
import newsprint.model.Article;
import newsprint.model.BodyBlock;
import newsprint.model.PageFile;
import newsprint.model.Photo;
import newsprint.type.Punctuation;
import newsprint.type.TextStyle;

/**
 * Makes sure every character of the page has a glyph in the face that will set it: the style's
 * own face or one of the layout's fallback faces (embedded like the others). A character no face
 * has would print as a blank or a box, or be drawn by a font the PDF does not embed; newsprint
 * stops instead and names the article, the field and the code point.
 */
public final class GlyphCheck {
    private GlyphCheck() {
    }

    /**
     * One character a style's face cannot draw, and where it is ({@code articleId} is null for the
     * folio's fields). {@code drawnBy} is the fallback face that sets it instead, or null when no
     * face of the layout that could set it has it.
     */
    public record Missing(String articleId, String field, int codePoint, String face, String drawnBy) {
        /** The character and its code point, as messages show it: {@code '𰻝' (U+30EDD)}. */
        public String character() {
            return "'" + new String(Character.toChars(codePoint)) + "' (U+" + String.format("%04X", codePoint) + ")";
        }

        public String describe() {
            return (articleId == null ? "" : "article '" + articleId + "': ") + field + ": " + character() + " is not in font " + face
                    + (drawnBy == null ? "" : "; fallback font " + drawnBy + " draws it");
        }
    }

    /** Every character a style's own face lacks, whether a fallback face draws it or not. */
    public static List<Missing> find(PageFile page, Styles styles, boolean fullWidth) {
        List<Missing> missing = new ArrayList<>();
        // the folio is set by the renderer in the template's folio font, not by the line breaker: no fallback reaches it
        TextStyle folio = new TextStyle(styles.get("folio").face(), 0, 0);
        check(missing, null, "edition.paper", page.edition().paper(), folio, false);
        check(missing, null, "page.section", page.page().section(), folio, false);
        check(missing, null, "page.editor", page.page().editor(), folio, false);
        for (Article a : page.articles()) {
            check(missing, a.id(), "kicker", a.kicker(), styles.get("kicker"), fullWidth);
            for (String h : List.of("headline1", "headline2", "headline3")) {
                check(missing, a.id(), "headline", a.headline(), styles.get(h), fullWidth);
            }
            check(missing, a.id(), "subheadline", a.subheadline(), styles.get("subheadline"), fullWidth);
            check(missing, a.id(), "byline", a.byline(), styles.get("byline"), fullWidth);
            for (int i = 0; i < a.body().size(); i++) {
                BodyBlock b = a.body().get(i);
                boolean sub = b instanceof BodyBlock.Subhead;
                check(missing, a.id(), "body[" + (i + 1) + "]" + (sub ? ".subhead" : ""), b.text(), styles.get(sub ? "subhead" : "body"), fullWidth);
            }
            check(missing, a.id(), "source", a.source() == null ? null : "（）" + a.source(), styles.get("source"), fullWidth);
            for (int i = 0; i < a.photos().size(); i++) {
                Photo p = a.photos().get(i);
                check(missing, a.id(), "photos[" + (i + 1) + "].caption", p.caption(), styles.get("caption"), fullWidth);
                check(missing, a.id(), "photos[" + (i + 1) + "].credit", p.credit(), styles.get("credit"), fullWidth);
            }
        }
        return missing;
    }

    /** Throws {@link MissingGlyph} naming every character no font has. */
    public static void require(PageFile page, Styles styles, boolean fullWidth) {
        List<Missing> missing = find(page, styles, fullWidth).stream().filter(m -> m.drawnBy() == null).toList();
        if (!missing.isEmpty()) {
            StringBuilder sb = new StringBuilder(page.file() + ": " + missing.get(0).describe());
            if (missing.size() > 1) {
                sb.append(" (and ").append(missing.size() - 1).append(" more: ");
                sb.append(String.join("; ", missing.subList(1, Math.min(missing.size(), 6)).stream().map(Missing::describe).toList()));
                sb.append(missing.size() > 6 ? "; …)" : ")");
            }
            throw new MissingGlyph(sb.toString(), "add a font that has the character to the layout, or replace it in the copy");
        }
    }

    private static void check(List<Missing> out, String articleId, String field, String text, TextStyle style, boolean fullWidth) {
        if (text == null) {
            return;
        }
        String t = fullWidth ? Punctuation.normalize(text) : text;
        Set<Integer> seen = new LinkedHashSet<>();
        t.codePoints().filter(cp -> !Character.isWhitespace(cp)).forEach(seen::add);
        for (int cp : seen) {
            if (!style.face().hasGlyph(cp)) {
                var by = style.faceFor(cp);
                Missing m = new Missing(articleId, field, cp, style.face().name(), by == null ? null : by.name());
                if (!out.contains(m)) {
                    out.add(m);
                }
            }
        }
    }
}
