package newsprint.check;

import java.util.Locale;

/**
 * One thing the preflight found: how serious it is, where (the article's id and the field, as
 * the page file names them; both null for the page as a whole), what kind of thing it is, and
 * what exactly, in words.
 */
public record Finding(Severity severity, String articleId, String field, Code code, String message) {
    /** An error stops the render; a warning is for the desk to judge. */
    public enum Severity {
        ERROR, WARNING;

        /** {@code error} or {@code warning}, as the command line prints it. */
        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** The kinds of finding, each with its severity; {@link #id()} is stable for scripts. */
    public enum Code {
        GLYPH_MISSING(Severity.ERROR),
        GLYPH_BLANK(Severity.ERROR),
        GLYPH_FALLBACK(Severity.WARNING),
        LOOKALIKE_CHARACTER(Severity.WARNING),
        PHOTO_UNREADABLE(Severity.ERROR),
        PHOTO_TOO_LARGE(Severity.ERROR),
        PHOTO_RESOLUTION(Severity.WARNING),
        PHOTO_ORIENTATION(Severity.WARNING),
        PHOTO_CROPPED(Severity.WARNING),
        PHOTO_CREDIT(Severity.WARNING),
        HEADLINE_EMPTY(Severity.ERROR),
        PARAGRAPH_DOUBLED(Severity.ERROR),
        PARAGRAPH_CUT(Severity.WARNING),
        PARAGRAPH_SHORT(Severity.WARNING),
        LATIN_WORD(Severity.WARNING),
        HALF_WIDTH_PUNCTUATION(Severity.WARNING),
        AD_UNREADABLE(Severity.ERROR),
        AD_ENCRYPTED(Severity.ERROR),
        AD_FONT_NOT_EMBEDDED(Severity.ERROR),
        AD_SIZE(Severity.ERROR),
        AD_COLOUR(Severity.ERROR),
        AD_RGB(Severity.WARNING),
        AD_RESOLUTION(Severity.WARNING),
        AD_DROPPED(Severity.WARNING),
        AD_PAGES(Severity.WARNING),
        INK_ON_COLOUR_PLATES(Severity.ERROR),
        INK_LIMIT(Severity.WARNING),
        SIMPLIFIED_CHARACTER(Severity.WARNING),
        TRADITIONAL_CHARACTER(Severity.WARNING),
        COMPOSITION(Severity.ERROR);

        private final Severity severity;

        Code(Severity severity) {
            this.severity = severity;
        }

        public Severity severity() {
            return severity;
        }

        /** {@code paragraph-doubled}: the name in JSON and in the README. */
        public String id() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        /** An error about a glyph no font draws: render stops with a missing glyph. */
        boolean isGlyph() {
            return this == GLYPH_MISSING || this == GLYPH_BLANK;
        }

        /** An error about a photo or ad file the renderer cannot use: render stops with a missing resource. */
        boolean isFile() {
            return this == PHOTO_UNREADABLE || this == PHOTO_TOO_LARGE || this == AD_UNREADABLE;
        }
    }

    /** A finding of {@code code}'s severity. */
    static Finding of(Code code, String articleId, String field, String message) {
        return new Finding(code.severity(), articleId, field, code, message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** Where and what, the way every newsprint message says it: {@code article 'lead': body[3]: …}. */
    public String describe() {
        StringBuilder sb = new StringBuilder();
        if (articleId != null) {
            sb.append("article '").append(articleId).append("': ");
        }
        if (field != null) {
            sb.append(field).append(": ");
        }
        return sb.append(message).toString();
    }
}
