package newsprint.model;

/**
 * The printed page: its number (第N版), its section name, the layout it is set in, its editor,
 * whether it prints in colour or in black only ({@link Colour#BLACK}: every photo and raster ad in
 * grey, nothing on the cyan, magenta and yellow plates), and the language it is written in
 * ({@code lang}, {@link Language#DEFAULT} unless the page file says).
 */
public record PageInfo(int number, String section, String layout, String editor, Colour colour, Language lang) {
    /** The inks a page prints in. */
    public enum Colour { COLOUR, BLACK }

    public PageInfo {
        colour = colour == null ? Colour.COLOUR : colour;
        lang = lang == null ? Language.DEFAULT : lang;
    }

    /** A page in colour, in {@code lang}. */
    public PageInfo(int number, String section, String layout, String editor, Language lang) {
        this(number, section, layout, editor, Colour.COLOUR, lang);
    }

    /** A page in colour, in Simplified Chinese. */
    public PageInfo(int number, String section, String layout, String editor) {
        this(number, section, layout, editor, Colour.COLOUR, Language.DEFAULT);
    }
}
