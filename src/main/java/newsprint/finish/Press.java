package newsprint.finish;

import newsprint.NewsprintException.BadArgument;

/**
 * How the plant prints: its CMYK profile (the output intent), the most ink its presses lay down
 * at one spot (total area coverage, in percent; 240 for coldset newsprint), and whether it takes
 * RGB photos as they are ({@code keepRgb}: declared sRGB, for plants that convert themselves)
 * instead of plates in CMYK.
 */
public record Press(PressProfile profile, int inkLimit, boolean keepRgb) {
    /** The total ink newsprint takes: SNAP's 240 % for coldset. */
    public static final int NEWSPRINT_INK_LIMIT = 240;

    public Press {
        if (inkLimit < 100 || inkLimit > 400) {
            throw new BadArgument("--ink-limit " + inkLimit + ": must be 100 to 400 (percent of total ink)", "newsprint takes 240");
        }
    }

    /** Starts making the photos' conversion for these plates in the background (nothing to make when RGB is kept). */
    public void prefetch() {
        if (!keepRgb) {
            profile.prefetch(inkLimit);
        }
    }

    /** The bundled newsprint profile, 240 %, RGB converted. */
    public static Press newsprint() {
        return new Press(PressProfile.bundled(), NEWSPRINT_INK_LIMIT, false);
    }
}
