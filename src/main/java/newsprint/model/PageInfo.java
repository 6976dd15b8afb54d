package newsprint.model;

/**
 * The printed page: its number (第N版), its section name, the layout it is set in, its editor,
 * and whether it prints in colour or in black only ({@link Colour#BLACK}: every photo and raster
 * ad in grey, nothing on the cyan, magenta and yellow plates).
 */
public record PageInfo(int number, String section, String layout, String editor, Colour colour) {
    /** The inks a page prints in. */
    public enum Colour { COLOUR, BLACK }

    /** A page in colour. */
    public PageInfo(int number, String section, String layout, String editor) {
        this(number, section, layout, editor, Colour.COLOUR);
    }
}
