package newsprint;

/**
 * The one family of errors newsprint reports to its users. Each subtype is one kind of failure
 * with its own exit code (see {@code newsprint.cli.ExitCodes}); the message names the file,
 * article and field, and the hint says what to do about it.
 */
public abstract class NewsprintException extends RuntimeException {
    private final String hint;

    protected NewsprintException(String message, String hint, Throwable cause) {
        super(message, cause);
        this.hint = hint;
    }

    /** What the user can do about it, or null. */
    public String hint() {
        return hint;
    }

    /** The page file is unreadable, malformed or invalid: a wrong field, type or value. */
    public static final class BadInput extends NewsprintException {
        public BadInput(String message, String hint) {
            this(message, hint, null);
        }

        public BadInput(String message, String hint, Throwable cause) {
            super(message, hint, cause);
        }
    }

    /** A file the page needs (a photo, a layout, a font) is missing, unreadable or refused. */
    public static final class MissingResource extends NewsprintException {
        public MissingResource(String message, String hint) {
            this(message, hint, null);
        }

        public MissingResource(String message, String hint, Throwable cause) {
            super(message, hint, cause);
        }
    }

    /** The articles do not fit their space and the caller did not allow overset. */
    public static final class Overset extends NewsprintException {
        public Overset(String message, String hint) {
            super(message, hint, null);
        }
    }

    /** A character of the text has no glyph in any of the layout's fonts. */
    public static final class MissingGlyph extends NewsprintException {
        public MissingGlyph(String message, String hint) {
            super(message, hint, null);
        }
    }

    /**
     * The preflight found an error no other kind covers: a paragraph printed twice, a headline
     * with no words. {@code newsprint check} lists every finding; render stops at the first.
     */
    public static final class PreflightFailed extends NewsprintException {
        public PreflightFailed(String message, String hint) {
            super(message, hint, null);
        }
    }

    /**
     * A command-line argument the run cannot use: an option out of range or not a finite number,
     * an output that is not a regular file or would overwrite a file the run reads.
     */
    public static final class BadArgument extends NewsprintException {
        public BadArgument(String message, String hint) {
            this(message, hint, null);
        }

        public BadArgument(String message, String hint, Throwable cause) {
            super(message, hint, cause);
        }
    }

    /** The page needed more memory than the Java VM may use ({@code cause} is the {@link OutOfMemoryError}). */
    public static final class NotEnoughMemory extends NewsprintException {
        public NotEnoughMemory(String message, String hint, Throwable cause) {
            super(message, hint, cause);
        }
    }

    /** The PDF could not be made or written. */
    public static final class RenderFailure extends NewsprintException {
        public RenderFailure(String message, String hint, Throwable cause) {
            super(message, hint, cause);
        }
    }

    /**
     * Plates were asked for only of pages signed off (签版) in their current state, and some are
     * not: never signed off, or changed since. The message names every such page.
     */
    public static final class NotSignedOff extends NewsprintException {
        public NotSignedOff(String message, String hint) {
            super(message, hint, null);
        }
    }
}
