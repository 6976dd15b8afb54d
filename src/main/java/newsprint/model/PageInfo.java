package newsprint.model;

/** The printed page: its number (第N版), its section name, the layout it is set in, and its editor. */
public record PageInfo(int number, String section, String layout, String editor) {
}
