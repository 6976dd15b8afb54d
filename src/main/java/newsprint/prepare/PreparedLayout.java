package newsprint.prepare;

import newsprint.layout.Layout;
import newsprint.type.Punctuation;
import newsprint.type.Styles;

/**
 * A layout ready to set pages in, worked out once per process: its grid data, its text styles
 * with their faces loaded, its HTML template and stylesheet, and how it prints text (whether
 * half-width marks in Han text turn full-width), decided here and nowhere else. A front page's
 * layout may have masthead {@code artwork}, read and inspected like a photo (null: none).
 */
public record PreparedLayout(Layout layout, Styles styles, String template, String stylesheet, PhotoFile artwork) {
    public String name() {
        return layout.name();
    }

    /** {@code text} as this layout prints it: with full-width punctuation in Han text when the layout asks for it. */
    public String printed(String text) {
        return text == null || !layout.options().fullWidthPunctuation() ? text : Punctuation.normalize(text);
    }

    /** The line that closes an article with its source: {@code （佛山市科协）}, or {@code (…)} when marks stay as written. */
    public String sourceLine(String source) {
        return bracketed(source);
    }

    /** The line that closes the part of a jumping article on its own page: {@code （下转第4版）}. */
    public String jumpTo(int page) {
        return bracketed("下转第" + page + "版");
    }

    /** The line that opens a continuation: {@code （上接第1版）}. */
    public String jumpFrom(int page) {
        return bracketed("上接第" + page + "版");
    }

    private String bracketed(String text) {
        return layout.options().fullWidthPunctuation() ? "（" + text + "）" : "(" + text + ")";
    }
}
