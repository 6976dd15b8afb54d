package newsprint.layout;

import java.util.List;
import java.util.Map;
import newsprint.model.Language;

/**
 * The grid data of one layout, as its {@code layout.yaml} gives it. Geometry lives here and only
 * here: the composer measures with it and the filler writes it into the page's CSS, so a
 * template cannot disagree with the composer about where a line breaks.
 */
public record Layout(
        String name,
        String description,
        Trim trim,
        Margins margins,
        Grid grid,
        Folio folio,
        Map<String, FontRef> fonts,
        List<String> fallback,
        Map<String, Style> styles,
        Options options,
        Masthead masthead,
        Language lang) {

    /**
     * {@code fallback} names fonts of {@link #fonts}, in order, that draw a character a style's own
     * font lacks (a rare character in a name, say); empty when the layout gives none. {@code lang}
     * is the script the fonts are made for ({@code zh-Hans} or {@code zh-Hant}): a page's language
     * must be written in it.
     */
    public Layout {
        fallback = fallback == null ? List.of() : List.copyOf(fallback);
        lang = lang == null ? Language.DEFAULT : lang.script();
    }

    /** A layout for Simplified Chinese. */
    public Layout(String name, String description, Trim trim, Margins margins, Grid grid, Folio folio, Map<String, FontRef> fonts,
            List<String> fallback, Map<String, Style> styles, Options options) {
        this(name, description, trim, margins, grid, folio, fonts, fallback, styles, options, null, Language.DEFAULT);
    }

    /** The width of the type area: the columns and the gutters between them, measured in body characters. */
    public double typeWidthPt() {
        double body = styles.get("body").sizePt();
        return grid.columns() * (grid.columnChars() * body) + (grid.columns() - 1) * (grid.gutterChars() * body);
    }

    /** The whole body lines that fit between the folio and the bottom margin. */
    public int bodyLines() {
        double available = Units.mmToPt(trim.heightMm()) - Units.mmToPt(margins.topMm()) - Units.mmToPt(folio.heightMm())
                - Units.mmToPt(margins.bottomMm());
        return (int) Math.floor(available / styles.get("body").leadingPt() + 1e-9);
    }

    /** The trimmed page size (成品尺寸). */
    public record Trim(double widthMm, double heightMm) {
    }

    /** Top and bottom margins; the side margins follow from the grid, centred on the page. */
    public record Margins(double topMm, double bottomMm) {
    }

    /**
     * The column grid in body characters (字格): each column holds {@code columnChars} body
     * characters, gutters are {@code gutterChars} wide.
     */
    public record Grid(int columns, int columnChars, double gutterChars) {
    }

    /** The folio band (报眉) above the type area. */
    public record Folio(double heightMm) {
        /** The folio's line is this much lower than the band, leaving room for the rule beneath it. */
        public static final double RULE_ROOM_PT = 4;
    }

    /** A TrueType file and the CSS family and weight the renderer registers it under. */
    public record FontRef(String file, String family, int weight) {
    }

    /** A text style: a font of {@link #fonts}, a size and the leading it is set on. */
    public record Style(String font, double sizePt, double leadingPt) {
    }

    /**
     * A front page's masthead band (报头), at the top of the type area across the page: the
     * paper's name and the edition's facts in the first {@code columns} columns, the ear (报眼)
     * in the rest. The name is {@code artwork} (a PNG or JPEG beside layout.yaml) when given,
     * else set in {@code font}. Null on an inside page's layout.
     */
    public record Masthead(int lines, int columns, String font, String artwork) {
    }

    /**
     * Switches: {@code fullWidthPunctuation} turns half-width marks in Han text full-width;
     * {@code punctuation} is how the fonts draw the marks, which 标点挤压 follows; {@code credit}
     * where a photo's credit goes: run in after the caption, or set right on its last line.
     */
    public record Options(boolean fullWidthPunctuation, PunctuationStyle punctuation, CreditPlacement credit) {
        public Options {
            punctuation = punctuation == null ? PunctuationStyle.MAINLAND : punctuation;
            credit = credit == null ? CreditPlacement.RIGHT : credit;
        }

        public Options(boolean fullWidthPunctuation) {
            this(fullWidthPunctuation, PunctuationStyle.MAINLAND, CreditPlacement.RIGHT);
        }
    }

    /** Where a photo's credit stands: {@code run-in} after the caption's last word, or {@code right}, set right on the caption's last line. */
    public enum CreditPlacement { RUN_IN, RIGHT }

    /** The style that sets text of {@code role} (every layout defines one per role; the library checks it). */
    public Style style(Role role) {
        return styles.get(role.key());
    }

    /** The style names every layout defines, no more and no fewer: one per {@link Role}. */
    public static final java.util.List<String> REQUIRED_STYLES =
            java.util.Arrays.stream(Role.values()).map(Role::key).toList();
}
