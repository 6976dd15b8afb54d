package newsprint.layout;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import newsprint.NewsprintException.MissingResource;
import newsprint.model.Language;
import newsprint.read.Spelling;

/**
 * Validates a {@code layout.yaml} tree (read by {@link newsprint.read.LiteralTree}) into a
 * {@link Layout}, as strictly as a page file: a layout is a designer's input. Every error names
 * the file and the field. Numbers are plain decimals in a range that makes sense for a printed
 * page (no zero, negative, {@code .nan} or {@code .inf} size); names that end up in the
 * generated CSS are plain names, so no value can break out of it; the grid must fit the trim.
 */
final class LayoutReader {
    /** PDF's largest page side, 200 inches: no trim, margin or folio is longer. */
    static final double MAX_MM = 5080;
    /** Type sizes and leadings, in points. */
    static final double MIN_PT = 1;
    static final double MAX_PT = 1000;
    /** The page file pins and spans articles on columns 1–24 and rows 1–999. */
    static final int MAX_COLUMNS = 24;
    static final int MAX_LINES = 999;
    /** A grid shorter than this leaves no room for a headline and a paragraph. */
    static final int MIN_LINES = 10;
    static final int MAX_COLUMN_CHARS = 200;
    static final double MAX_GUTTER_CHARS = 100;
    static final int MAX_FONTS = 32;

    /** A CSS family name newsprint can write between quotes: letters, digits, spaces, - and _. */
    static final String FAMILY = "[A-Za-z0-9](?:[A-Za-z0-9 _-]{0,62}[A-Za-z0-9_-])?";
    /** A TrueType file beside the layout or in fonts/: a plain file name, no folder. */
    static final String FONT_FILE = "[A-Za-z0-9_-][A-Za-z0-9_.-]{0,99}\\.(ttf|TTF)";
    /** Layout, font and style names: they become CSS class names ({@code .f-serif-bold}). */
    static final String NAME = "[A-Za-z0-9_-]{1,64}";

    private static final Set<String> TOP = Set.of("name", "description", "trim", "margins", "grid", "folio", "fonts",
            "fallback", "styles", "options", "masthead", "lang");
    private static final Set<String> MASTHEAD = Set.of("lines", "columns", "font", "artwork");
    /** A masthead's artwork: a PNG or JPEG beside layout.yaml, a plain file name. */
    static final String ARTWORK_FILE = "[A-Za-z0-9_-][A-Za-z0-9_.-]{0,99}\\.(png|PNG|jpg|JPG|jpeg|JPEG)";
    private static final Set<String> TRIM = Set.of("widthMm", "heightMm");
    private static final Set<String> MARGINS = Set.of("topMm", "bottomMm");
    private static final Set<String> GRID = Set.of("columns", "columnChars", "gutterChars");
    private static final Set<String> FOLIO = Set.of("heightMm");
    private static final Set<String> FONT = Set.of("file", "family", "weight");
    private static final Set<String> STYLE = Set.of("font", "sizePt", "leadingPt");
    private static final Set<String> OPTIONS = Set.of("fullWidthPunctuation", "punctuation", "credit");

    private final String file;
    private final String name;

    /** Reads the layout {@code name}; messages name {@code file}. */
    LayoutReader(String file, String name) {
        this.file = file;
        this.name = name;
    }

    Layout read(JsonNode root) {
        if (root == null || root.isNull()) {
            throw bad("", "the file is empty");
        }
        mapping(root, "the file");
        known(root, TOP, "");
        String given = optionalText(root.get("name"), "name");
        if (given != null && !given.equals(name)) {
            throw bad("name", "is '" + shown(given) + "' but the layout's folder is '" + name + "': they must be the same");
        }
        String description = optionalText(root.get("description"), "description");
        JsonNode t = section(root, "trim", TRIM);
        Layout.Trim trim = new Layout.Trim(millimetres(t, "trim.widthMm"), millimetres(t, "trim.heightMm"));
        JsonNode m = section(root, "margins", MARGINS);
        Layout.Margins margins = new Layout.Margins(millimetres(m, "margins.topMm"), millimetres(m, "margins.bottomMm"));
        JsonNode g = section(root, "grid", GRID);
        Layout.Grid grid = new Layout.Grid(whole(g, "grid.columns", 1, MAX_COLUMNS), whole(g, "grid.columnChars", 1, MAX_COLUMN_CHARS),
                decimal(required(g, "grid.gutterChars"), "grid.gutterChars", 0, MAX_GUTTER_CHARS, "body characters"));
        Layout.Folio folio = new Layout.Folio(millimetres(section(root, "folio", FOLIO), "folio.heightMm"));
        Map<String, Layout.FontRef> fonts = fonts(required(root, "fonts"));
        List<String> fallback = fallback(root.get("fallback"), fonts);
        Map<String, Layout.Style> styles = styles(required(root, "styles"), fonts);
        Layout.Options options = new Layout.Options(options(root.get("options")), choice(root.get("options"), "punctuation",
                PunctuationStyle.class), choice(root.get("options"), "credit", Layout.CreditPlacement.class));
        Layout layout = new Layout(name, description, trim, margins, grid, folio, fonts, fallback, styles, options,
                masthead(root.get("masthead"), fonts, grid), language(root.get("lang")));
        requireGridFits(layout);
        if (layout.masthead() != null && layout.masthead().lines() + MIN_LINES > layout.bodyLines()) {
            throw bad("masthead.lines", "leaves " + (layout.bodyLines() - layout.masthead().lines()) + " of the grid's "
                    + layout.bodyLines() + " lines for the page: at least " + MIN_LINES + " must stay for the articles");
        }
        return layout;
    }

    /** A front page's masthead (报头) band: optional; its lines, the columns the name takes (the ear the rest), its font. */
    private Layout.Masthead masthead(JsonNode n, Map<String, Layout.FontRef> fonts, Layout.Grid grid) {
        if (n == null || n.isNull()) {
            return null;
        }
        mapping(n, "masthead");
        known(n, MASTHEAD, "masthead.");
        int lines = whole(n, "masthead.lines", 4, MAX_LINES);
        int columns = whole(n, "masthead.columns", 1, grid.columns());
        String font = text(required(n, "masthead.font"), "masthead.font");
        if (!fonts.containsKey(font)) {
            throw bad("masthead.font", "names the unknown font '" + shown(font) + "'; the layout's fonts are " + new TreeSet<>(fonts.keySet()));
        }
        String artwork = optionalText(n.get("artwork"), "masthead.artwork");
        if (artwork != null && !artwork.matches(ARTWORK_FILE)) {
            throw bad("masthead.artwork", "'" + shown(artwork) + "' is not a PNG or JPEG file name beside layout.yaml (a plain name, no folder)");
        }
        return new Layout.Masthead(lines, columns, font, artwork);
    }

    private Map<String, Layout.FontRef> fonts(JsonNode n) {
        mapping(n, "fonts");
        if (n.isEmpty() || n.size() > MAX_FONTS) {
            throw bad("fonts", "must name 1 to " + MAX_FONTS + " fonts, not " + n.size());
        }
        Map<String, Layout.FontRef> fonts = new LinkedHashMap<>();
        for (var it = n.fields(); it.hasNext(); ) {
            var e = it.next();
            String font = e.getKey();
            String at = "fonts." + shown(font);
            if (!font.matches(NAME)) {
                throw bad(at, "is not a font name: letters, digits, - and _ (it becomes a CSS class name)");
            }
            mapping(e.getValue(), at);
            known(e.getValue(), FONT, at + ".");
            String fileName = text(required(e.getValue(), at + ".file"), at + ".file");
            if (!fileName.matches(FONT_FILE)) {
                throw bad(at + ".file", "'" + shown(fileName) + "' is not a TrueType file name: a plain name ending in .ttf, "
                        + "no folder (the file lies beside layout.yaml or in fonts/)");
            }
            String family = text(required(e.getValue(), at + ".family"), at + ".family");
            if (!family.matches(FAMILY)) {
                throw bad(at + ".family", "'" + shown(family) + "' is not a plain family name: letters, digits, spaces, - and _ "
                        + "(it is written into the page's CSS)");
            }
            int weight = whole(e.getValue(), at + ".weight", 100, 900);
            if (weight % 100 != 0) {
                throw bad(at + ".weight", "must be a CSS weight, a multiple of 100 from 100 to 900, not " + weight);
            }
            fonts.put(font, new Layout.FontRef(fileName, family, weight));
        }
        return fonts;
    }

    private List<String> fallback(JsonNode n, Map<String, Layout.FontRef> fonts) {
        List<String> fallback = new ArrayList<>();
        if (n == null || n.isNull()) {
            return fallback;
        }
        if (!n.isArray()) {
            throw bad("fallback", "must be a list of the layout's font names, not " + kind(n));
        }
        for (int i = 0; i < n.size(); i++) {
            String font = text(n.get(i), "fallback[" + (i + 1) + "]");
            if (!fonts.containsKey(font)) {
                throw bad("fallback[" + (i + 1) + "]", "names the unknown font '" + shown(font) + "'; the layout's fonts are "
                        + String.join(", ", new TreeSet<>(fonts.keySet())));
            }
            fallback.add(font);
        }
        return fallback;
    }

    private Map<String, Layout.Style> styles(JsonNode n, Map<String, Layout.FontRef> fonts) {
        mapping(n, "styles");
        known(n, Set.copyOf(Layout.REQUIRED_STYLES), "styles.");
        Map<String, Layout.Style> styles = new LinkedHashMap<>();
        for (String style : Layout.REQUIRED_STYLES) {
            String at = "styles." + style;
            JsonNode s = n.get(style);
            if (s == null || s.isNull()) {
                throw bad(at, "is missing: every layout defines the styles " + String.join(", ", Layout.REQUIRED_STYLES));
            }
            mapping(s, at);
            known(s, STYLE, at + ".");
            String font = text(required(s, at + ".font"), at + ".font");
            if (!fonts.containsKey(font)) {
                throw bad(at + ".font", "names the unknown font '" + shown(font) + "'; the layout's fonts are "
                        + String.join(", ", new TreeSet<>(fonts.keySet())));
            }
            double size = decimal(required(s, at + ".sizePt"), at + ".sizePt", MIN_PT, MAX_PT, "pt");
            double leading = decimal(required(s, at + ".leadingPt"), at + ".leadingPt", MIN_PT, MAX_PT, "pt");
            if (leading < size) {
                throw bad(at + ".leadingPt", "is " + number(leading) + " pt, smaller than the size (" + number(size)
                        + " pt): lines would overlap");
            }
            styles.put(style, new Layout.Style(font, size, leading));
        }
        return styles;
    }

    /** The script the layout's fonts are for: zh-Hans (the default) or zh-Hant, no region. */
    private Language language(JsonNode n) {
        String tag = optionalText(n, "lang");
        if (tag == null) {
            return Language.DEFAULT;
        }
        return Language.of(tag).filter(l -> l == l.script())
                .orElseThrow(() -> bad("lang", "is '" + shown(tag) + "': a layout is made for zh-Hans or zh-Hant (the script "
                        + "its fonts are for; a page names its region)"));
    }

    private boolean options(JsonNode n) {
        if (n == null || n.isNull()) {
            return true;
        }
        mapping(n, "options");
        known(n, OPTIONS, "options.");
        JsonNode v = n.get("fullWidthPunctuation");
        if (v == null || v.isNull()) {
            return true;
        }
        String t = v.isTextual() ? v.asText().strip() : "";
        if (!t.equals("true") && !t.equals("false")) {
            throw bad("options.fullWidthPunctuation", "must be true or false, not " + describe(v));
        }
        return t.equals("true");
    }

    /** An option spelled as one of {@code type}'s constants in lower case with '-' ({@code run-in}); null when not given. */
    private <E extends Enum<E>> E choice(JsonNode options, String field, Class<E> type) {
        JsonNode v = options == null || options.isNull() ? null : options.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        String t = v.isTextual() ? v.asText().strip() : "";
        for (E e : type.getEnumConstants()) {
            if (e.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-').equals(t)) {
                return e;
            }
        }
        throw bad("options." + field, "must be one of " + String.join(", ", java.util.Arrays.stream(type.getEnumConstants())
                .map(e -> e.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-')).toList()) + ", not " + describe(v));
    }

    /** The type area inside the trim, the folio's line inside the folio, and a grid of 10 to 999 lines. */
    private void requireGridFits(Layout layout) {
        double typeWidth = layout.typeWidthPt();
        double trimWidth = Units.mmToPt(layout.trim().widthMm());
        if (typeWidth > trimWidth) {
            throw new MissingResource(file + ": grid: the grid does not fit the trim: the type area is "
                    + Math.round(Units.ptToMm(typeWidth)) + " mm wide (columns × columnChars + gutters, in body characters "
                    + "of " + number(layout.styles().get("body").sizePt()) + " pt) and the trim " + number(layout.trim().widthMm())
                    + " mm", "reduce grid.columns, grid.columnChars, grid.gutterChars or styles.body.sizePt");
        }
        double folioLinePt = Units.mmToPt(layout.folio().heightMm()) - Layout.Folio.RULE_ROOM_PT;
        if (folioLinePt < layout.styles().get("folio").leadingPt()) {
            throw bad("folio.heightMm", "is " + number(layout.folio().heightMm()) + " mm, too low for the folio's line ("
                    + number(layout.styles().get("folio").leadingPt()) + " pt leading and a 4 pt rule)");
        }
        int lines = layout.bodyLines();
        if (lines < MIN_LINES || lines > MAX_LINES) {
            throw new MissingResource(file + ": grid: the grid does not fit the trim: " + lines + " lines of "
                    + number(layout.styles().get("body").leadingPt()) + " pt between the folio and the bottom margin (a page has "
                    + MIN_LINES + " to " + MAX_LINES + ")", "check trim.heightMm, margins, folio.heightMm and styles.body.leadingPt");
        }
    }

    private JsonNode section(JsonNode root, String field, Set<String> fields) {
        JsonNode n = required(root, field);
        mapping(n, field);
        known(n, fields, field + ".");
        return n;
    }

    private double millimetres(JsonNode section, String field) {
        return decimal(required(section, field), field, Double.MIN_VALUE, MAX_MM, "mm");
    }

    /** A plain decimal ({@code 9}, {@code 7.5}) from {@code min} to {@code max}: no sign, exponent, {@code .nan} or {@code .inf}. */
    private double decimal(JsonNode n, String field, double min, double max, String unit) {
        String t = n.isTextual() ? n.asText().strip() : "";
        if (!t.matches("[0-9]{1,6}(\\.[0-9]{1,6})?") || Double.parseDouble(t) < min || Double.parseDouble(t) > max
                || Double.parseDouble(t) == 0) {
            String from = min <= Double.MIN_VALUE ? "greater than 0" : "from " + number(min);
            throw bad(field, "must be a number " + from + " to " + number(max) + " " + unit + ", written as a decimal, not "
                    + describe(n));
        }
        return Double.parseDouble(t);
    }

    private int whole(JsonNode section, String field, int min, int max) {
        JsonNode n = required(section, field);
        String t = n.isTextual() ? n.asText().strip() : "";
        if (!t.matches("[0-9]{1,6}") || Integer.parseInt(t) < min || Integer.parseInt(t) > max) {
            throw bad(field, "must be a whole number from " + min + " to " + max + ", not " + describe(n));
        }
        return Integer.parseInt(t);
    }

    private String text(JsonNode n, String field) {
        if (n.isNull() || n.isTextual() && n.asText().isBlank()) {
            throw bad(field, "is empty");
        }
        if (!n.isTextual()) {
            throw bad(field, "must be text, not " + kind(n));
        }
        String s = n.asText().strip();
        if (s.length() > 500) {
            throw bad(field, "is longer than 500 characters");
        }
        return s;
    }

    private String optionalText(JsonNode n, String field) {
        return n == null || n.isNull() ? null : text(n, field);
    }

    /** The value of {@code field} (a dotted path whose last part is the key in {@code n}); null or missing is an error. */
    private JsonNode required(JsonNode n, String field) {
        JsonNode v = n.get(field.substring(field.lastIndexOf('.') + 1));
        if (v == null || v.isNull()) {
            throw bad(field, "is missing");
        }
        return v;
    }

    private void mapping(JsonNode n, String what) {
        if (!n.isObject()) {
            throw bad(what.equals("the file") ? "" : what, (what.equals("the file") ? "must be a mapping of fields" : "must be a mapping")
                    + ", not " + kind(n));
        }
    }

    private void known(JsonNode n, Set<String> allowed, String prefix) {
        for (var it = n.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!allowed.contains(f)) {
                String near = f.length() > 64 ? null : Spelling.nearest(f, allowed);
                throw new MissingResource(file + ": " + prefix + shown(f) + ": unknown field",
                        (near == null ? "" : "did you mean '" + near + "'? ") + "known here: " + String.join(", ", new TreeSet<>(allowed)));
            }
        }
    }

    private MissingResource bad(String field, String problem) {
        return new MissingResource(file + ": " + (field.isEmpty() ? "" : field + " ") + problem,
                "see README.md, 'Layouts', for what layout.yaml holds");
    }

    private static String kind(JsonNode n) {
        return n.isArray() ? "a list" : n.isObject() ? "a mapping" : describe(n);
    }

    private static String describe(JsonNode n) {
        if (n.isTextual()) {
            return "'" + shown(n.asText()) + "'";
        }
        return n.isNull() ? "nothing" : n.isArray() ? "a list" : n.isObject() ? "a mapping" : n.toString();
    }

    private static String shown(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }

    private static String number(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e9 ? Long.toString((long) v) : String.format(Locale.ROOT, "%s", v);
    }
}
