package newsprint.cli;

import java.util.Locale;
import newsprint.NewsprintException.BadArgument;

/** What picocli does not check about option values: that numbers are finite and in their range (exit 2 otherwise). */
final class OptionChecks {
    private OptionChecks() {
    }

    /** Refuses {@code value} of {@code option} unless it is a finite number from {@code min} to {@code max}. */
    static void range(String option, double value, double min, double max, String unit) {
        if (!(value >= min && value <= max)) { // false for NaN too
            throw new BadArgument(String.format(Locale.ROOT, "%s must be a number from %s to %s %s, not %s", option, plain(min), plain(max),
                    unit, value), "for example " + option + " " + plain(min == 0 ? Math.min(3, max) : min));
        }
    }

    /** Refuses {@code value} of {@code option} unless it is a whole number from {@code min} to {@code max}. */
    static void range(String option, int value, int min, int max) {
        if (value < min || value > max) {
            throw new BadArgument(option + " must be a whole number from " + min + " to " + max + ", not " + value,
                    "for example " + option + " " + Math.max(min, Math.min(max, 5)));
        }
    }

    private static String plain(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }
}
