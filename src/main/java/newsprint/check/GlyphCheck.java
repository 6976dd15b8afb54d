package newsprint.check;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import newsprint.layout.Role;
import newsprint.model.Article;
import newsprint.model.BodyBlock;
import newsprint.model.Photo;
import newsprint.prepare.PreparedPage;
import newsprint.type.Face;
import newsprint.type.Styles;
import newsprint.type.TextStyle;

/**
 * Makes sure every character of the page has a glyph that draws it in the face that will set it:
 * the style's own face or one of the layout's fallback faces (embedded like the others). A
 * character no face has would print as a blank or a box, or be drawn by a font the PDF does not
 * embed; a glyph without an outline (a damaged font) prints blank. The check reads the text as
 * printed, each field's distinct characters once, so its time grows with the text, not faster.
 */
final class GlyphCheck {
    private GlyphCheck() {
    }

    /**
     * One character a style's face cannot draw, and where it is ({@code articleId} is null for the
     * folio's fields). {@code drawnBy} is the fallback face that sets it instead, or null when no
     * face of the layout that could set it has it; {@code blank} when the face that has it draws
     * nothing (its glyph has no outline).
     */
    record Missing(String articleId, String field, int codePoint, String face, String drawnBy, boolean blank) {
        /** The character and its code point, as messages show it: {@code '𰻝' (U+30EDD)}. */
        String character() {
            return "'" + new String(Character.toChars(codePoint)) + "' (U+" + String.format("%04X", codePoint) + ")";
        }
    }

    /** Every character a style's own face lacks or draws blank, whether a fallback face draws it or not. */
    static List<Missing> find(PreparedPage page) {
        List<Missing> missing = new ArrayList<>();
        Set<Missing> seen = new HashSet<>();
        fields(page, (articleId, field, text, style) -> check(missing, seen, articleId, field, text, style));
        return missing;
    }

    /**
     * A character of the copy that its face draws with the very glyph of another, more usual
     * character it is a compatibility form of: the KangXi radical ⼀ (U+2F00) for the ideograph
     * 一, a CJK compatibility ideograph for its unified one. They come with text copied out of PDFs
     * and converted files; the page looks right, but the archive's text holds the odd character
     * (a search for 一次 misses ⼀次), and a PDF can give only one of the two for the glyph.
     */
    record Lookalike(String articleId, String field, int codePoint, int usual, String face) {
        String character() {
            return "'" + Character.toString(codePoint) + "' (U+" + String.format("%04X", codePoint) + " "
                    + Character.getName(codePoint) + ")";
        }

        String usualCharacter() {
            return "'" + Character.toString(usual) + "' (U+" + String.format("%04X", usual) + ")";
        }
    }

    /** The lookalike characters of the page's text, each once per field. */
    static List<Lookalike> lookalikes(PreparedPage page) {
        List<Lookalike> out = new ArrayList<>();
        Set<List<Object>> seen = new HashSet<>(); // a headline is checked in each headline style: reported once
        fields(page, (articleId, field, text, style) -> {
            if (text == null) {
                return;
            }
            Face face = style.face();
            text.codePoints().distinct().forEach(cp -> {
                if (cp < 0x2E80 || !face.hasGlyph(cp)) {
                    return; // below the CJK radicals nothing is a lookalike of an ideograph
                }
                String usual = java.text.Normalizer.normalize(Character.toString(cp), java.text.Normalizer.Form.NFKC);
                if (usual.codePointCount(0, usual.length()) == 1 && usual.codePointAt(0) != cp
                        && face.glyph(usual.codePointAt(0)) == face.glyph(cp) && seen.add(java.util.Arrays.asList(articleId, field, cp))) {
                    out.add(new Lookalike(articleId, field, cp, usual.codePointAt(0), face.name()));
                }
            });
        });
        return out;
    }

    /** What {@link #fields} hands over: a field's text and the style that sets it. */
    private interface FieldText {
        void accept(String articleId, String field, String text, TextStyle style);
    }

    /** Every text field of the page, as printed, with the style that sets it (null texts included). */
    private static void fields(PreparedPage page, FieldText check) {
        Styles styles = page.layout().styles();
        // the folio is set by the renderer in the template's folio font, then in the faces of its fallback chain
        // of the same weight (the filler lists them as its font families)
        TextStyle style = styles.get(Role.FOLIO);
        TextStyle folio = new TextStyle(style.face(), 0, 0,
                style.fallback().stream().filter(f -> f.cssWeight() == style.face().cssWeight()).toList());
        check.accept(null, "edition.paper", page.file().edition().paper(), folio);
        check.accept(null, "page.section", page.file().page().section(), folio);
        check.accept(null, "page.editor", page.file().page().editor(), folio);
        var mast = page.layout().layout().masthead();
        if (mast != null && page.layout().artwork() == null) {
            check.accept(null, "edition.paper", page.file().edition().paper(),
                    new TextStyle(styles.faces().get(mast.font()), 0, 0));
        }
        if (page.flow().last() && page.flow().inEdition()) {
            check.accept(null, "edition.printer", page.file().edition().printer(), folio);
            check.accept(null, "edition.address", page.file().edition().address(), folio);
            check.accept(null, "edition.price", page.file().edition().price(), folio);
        }
        for (Article a : page.articles()) {
            check.accept(a.id(), "kicker", a.kicker(), styles.get(Role.KICKER));
            for (Role h : Role.HEADLINES) {
                check.accept(a.id(), "headline", a.headline(), styles.get(h));
            }
            check.accept(a.id(), "subheadline", a.subheadline(), styles.get(Role.SUBHEADLINE));
            check.accept(a.id(), "byline", a.byline(), styles.get(Role.BYLINE));
            for (int i = 0; i < a.body().size(); i++) {
                BodyBlock b = a.body().get(i);
                boolean sub = b instanceof BodyBlock.Subhead;
                check.accept(a.id(), TextField.bodyField(i, b), b.text(), styles.get(sub ? Role.SUBHEAD : Role.BODY));
            }
            check.accept(a.id(), "source", a.source() == null ? null : page.layout().sourceLine(a.source()),
                    styles.get(Role.SOURCE));
            for (int i = 0; i < a.photos().size(); i++) {
                Photo p = a.photos().get(i);
                check.accept(a.id(), "photos[" + (i + 1) + "].caption", p.caption(), styles.get(Role.CAPTION));
                check.accept(a.id(), "photos[" + (i + 1) + "].credit", p.credit(), styles.get(Role.CREDIT));
            }
        }
    }

    /** The characters of {@code text} that {@code style}'s face lacks or draws blank, as {@link #find} reports them. */
    static List<Missing> inStyle(String text, TextStyle style) {
        List<Missing> out = new ArrayList<>();
        check(out, new HashSet<>(), null, "text", text, style);
        return out;
    }

    private static void check(List<Missing> out, Set<Missing> seen, String articleId, String field, String text, TextStyle style) {
        if (text == null) {
            return;
        }
        Set<Integer> distinct = new LinkedHashSet<>();
        text.codePoints().filter(cp -> !invisible(cp)).forEach(distinct::add);
        for (int cp : distinct) {
            Face own = style.face();
            if (own.hasGlyph(cp) && own.hasOutline(cp)) {
                continue;
            }
            Face by = own.hasGlyph(cp) ? own : style.faceFor(cp);
            boolean blank = by != null && !by.hasOutline(cp);
            Missing m = new Missing(articleId, field, cp, own.name(), by == null || by == own ? null : by.name(), blank);
            if (seen.add(m)) {
                out.add(m);
            }
        }
    }

    /** Spaces and format characters draw nothing by design. */
    private static boolean invisible(int cp) {
        int type = Character.getType(cp);
        return Character.isWhitespace(cp) || Character.isSpaceChar(cp) || type == Character.FORMAT || type == Character.CONTROL;
    }
}
