package newsprint.layout;

import java.util.List;
import java.util.Locale;

/**
 * What a piece of text is on the page, and so which of the layout's text styles sets it. Each
 * role is a style every layout defines, under the name {@link #key()} in its {@code styles}.
 */
public enum Role {
    BODY, BYLINE, SUBHEAD, SOURCE, CAPTION, CREDIT, KICKER, HEADLINE1, HEADLINE2, HEADLINE3, SUBHEADLINE, FOLIO;

    /** The headline sizes, largest first: the lead takes the first, the next story the second, the rest the third. */
    public static final List<Role> HEADLINES = List.of(HEADLINE1, HEADLINE2, HEADLINE3);

    /** The style's name in {@code layout.yaml}: {@code body}, {@code headline1}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
