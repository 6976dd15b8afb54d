package newsprint.model;

/**
 * The printed page: its number (第N版), its section name, the layout it is set in, its editor,
 * and the language it is written in ({@code lang}, {@link Language#DEFAULT} unless the page file says).
 */
public record PageInfo(int number, String section, String layout, String editor, Language lang) {
    public PageInfo {
        lang = lang == null ? Language.DEFAULT : lang;
    }

    /** A page in Simplified Chinese. */
    public PageInfo(int number, String section, String layout, String editor) {
        this(number, section, layout, editor, Language.DEFAULT);
    }
}
