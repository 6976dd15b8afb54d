package newsprint.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import newsprint.NewsprintException;
import picocli.CommandLine;

/** The one place where kinds of failure become exit codes. The table is printed in {@code --help}. */
public final class ExitCodes implements CommandLine.IExitCodeExceptionMapper {
    public static final int OK = 0;
    public static final int INTERNAL = 1;
    public static final int USAGE = 2;
    public static final int BAD_INPUT = 3;
    public static final int MISSING_RESOURCE = 4;
    public static final int OVERSET = 5;
    public static final int MISSING_GLYPH = 6;
    public static final int RENDER_FAILURE = 7;
    public static final int PREFLIGHT = 8;
    public static final int NOT_SIGNED_OFF = 9;

    /** Exit code → meaning, in order, for the help text and the README. */
    public static Map<String, String> table() {
        Map<String, String> t = new LinkedHashMap<>();
        t.put(Integer.toString(OK), "success");
        t.put(Integer.toString(INTERNAL), "internal error (a bug: run with --verbose and report it), or not enough memory");
        t.put(Integer.toString(USAGE), "usage error: unknown option, missing argument, a number out of range, an output that is not "
                + "a regular file or is a file the run reads");
        t.put(Integer.toString(BAD_INPUT), "bad page file: not UTF-8, malformed YAML/JSON, a YAML anchor, alias, merge key or tag, "
                + "unknown field, wrong type or value, over a limit");
        t.put(Integer.toString(MISSING_RESOURCE), "a file is missing, unreadable or invalid: page file, photo (or one that is damaged, "
                + "not JPEG/PNG, over 80 megapixels, taller than the page at any width), layout (layout.yaml, page.html, page.css) or font "
                + "(or one whose licence forbids embedding it)");
        t.put(Integer.toString(OVERSET), "the articles do not fit the page (see 'newsprint fit'; --allow-overset renders anyway)");
        t.put(Integer.toString(MISSING_GLYPH), "a character has no glyph in the layout's fonts");
        t.put(Integer.toString(RENDER_FAILURE), "the PDF could not be made or written");
        t.put(Integer.toString(PREFLIGHT), "the preflight found an error: a doubled paragraph, an empty headline (see 'newsprint check')");
        t.put(Integer.toString(NOT_SIGNED_OFF), "edition --signed-only: a page is not signed off in its current state (see 'newsprint serve')");
        return t;
    }

    @Override
    public int getExitCode(Throwable t) {
        return of(t);
    }

    /** Each kind of failure and its code (no kind is a subtype of another). */
    private static final Map<Class<? extends Throwable>, Integer> CODES = Map.of(
            NewsprintException.BadInput.class, BAD_INPUT,
            NewsprintException.MissingResource.class, MISSING_RESOURCE,
            NewsprintException.Overset.class, OVERSET,
            NewsprintException.MissingGlyph.class, MISSING_GLYPH,
            NewsprintException.RenderFailure.class, RENDER_FAILURE,
            NewsprintException.PreflightFailed.class, PREFLIGHT,
            NewsprintException.BadArgument.class, USAGE,
            NewsprintException.NotEnoughMemory.class, INTERNAL,
            NewsprintException.NotSignedOff.class, NOT_SIGNED_OFF,
            CommandLine.ParameterException.class, USAGE);

    public static int of(Throwable t) {
        return CODES.entrySet().stream().filter(e -> e.getKey().isInstance(t)).map(Map.Entry::getValue)
                .findFirst().orElse(INTERNAL);
    }
}
