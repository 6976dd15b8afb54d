package newsprint.prepare;

import newsprint.layout.Layout;
import newsprint.type.Punctuation;
import newsprint.type.Styles;

/**
 * A layout ready to set pages in, worked out once per process: its grid data, its text styles
 * with their faces loaded, its HTML template and stylesheet, and how it prints text (whether
 * half-width marks in Han text turn full-width), decided here and nowhere else.
 */
public record PreparedLayout(Layout layout, Styles styles, String template, String stylesheet) {
    public String name() {
        return layout.name();
    }

    /** {@code text} as this layout prints it: with full-width punctuation in Han text when the layout asks for it. */
    public String printed(String text) {
        return text == null || !layout.options().fullWidthPunctuation() ? text : Punctuation.normalize(text);
    }

    /** The line that closes an article with its source: {@code （佛山市科协）}, or {@code (…)} when marks stay as written. */
    public String sourceLine(String source) {
        return layout.options().fullWidthPunctuation() ? "（" + source + "）" : "(" + source + ")";
    }
}
