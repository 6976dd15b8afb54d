package newsprint.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import newsprint.check.Finding.Code;
import newsprint.model.Article;
import newsprint.model.Language;
import newsprint.model.PageFile;

/**
 * Characters of the other script: a Simplified-only character on a Traditional page (发 for
 * 發), or a Traditional-only one on a Simplified page, is usually copy pasted from the other
 * edition or a conversion gone half way. Warnings, since names and quotations may keep a form
 * on purpose; one finding per field, naming each character and its forms in the page's script.
 */
final class ScriptCheck {
    /** Characters named in one finding; the rest are counted. */
    private static final int LISTED = 8;

    private ScriptCheck() {
    }

    static void check(List<Finding> out, PageFile page) {
        Language lang = page.page().lang();
        field(out, lang, null, "edition.paper", page.edition().paper());
        field(out, lang, null, "page.section", page.page().section());
        field(out, lang, null, "page.editor", page.page().editor());
        for (Article a : page.articles()) {
            for (TextField f : TextField.of(a)) {
                field(out, lang, a.id(), f.field(), f.text());
            }
        }
    }

    private static void field(List<Finding> out, Language lang, String articleId, String field, String text) {
        if (text == null) {
            return;
        }
        ScriptTables tables = ScriptTables.get();
        Map<Integer, List<String>> strays = new LinkedHashMap<>();
        text.codePoints().forEach(cp -> {
            Optional<List<String>> forms = lang.traditional() ? tables.traditionalFormsOfSimplifiedOnly(cp)
                    : tables.simplifiedFormsOfTraditionalOnly(cp);
            forms.ifPresent(f -> strays.putIfAbsent(cp, f));
        });
        if (strays.isEmpty()) {
            return;
        }
        List<String> named = new ArrayList<>();
        strays.entrySet().stream().limit(LISTED)
                .forEach(e -> named.add(new String(Character.toChars(e.getKey())) + " (" + String.join("/", e.getValue()) + ")"));
        String more = strays.size() > LISTED ? " and " + (strays.size() - LISTED) + " more" : "";
        if (lang.traditional()) {
            out.add(Finding.of(Code.SIMPLIFIED_CHARACTER, articleId, field, "Simplified forms on a " + lang.tag() + " page: "
                    + String.join(", ", named) + more + "; the Traditional forms are in brackets"));
        } else {
            out.add(Finding.of(Code.TRADITIONAL_CHARACTER, articleId, field, "Traditional forms on a " + lang.tag() + " page: "
                    + String.join(", ", named) + more + "; the Simplified forms are in brackets (a Traditional page sets "
                    + "page.lang: zh-Hant)"));
        }
    }
}
