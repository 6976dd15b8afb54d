package newsprint.cli;

import java.nio.file.Path;
import newsprint.finish.Press;
import newsprint.finish.PressProfile;
import picocli.CommandLine.Option;

/** The press's options (a picocli mixin): its profile, its ink limit, and whether it takes RGB photos itself. */
final class PressOptions {
    @Option(names = "--ink-limit", paramLabel = "PERCENT", defaultValue = "240",
            description = "plates: the most total ink at one spot, 100 to 400 (default: ${DEFAULT-VALUE}, coldset newsprint)")
    int inkLimit;

    @Option(names = "--keep-rgb", description = "plates: keep RGB photos as sRGB for a plant that converts them itself")
    boolean keepRgb;

    @Option(names = "--profile", paramLabel = "FILE.icc",
            description = "plates: the plant's CMYK output profile instead of the bundled newsprint one (output intent and conversions)")
    Path profile;

    /** True when no option was given: the bundled profile, 240 %, RGB converted. */
    boolean isDefault() {
        return profile == null && inkLimit == 240 && !keepRgb;
    }

    /** The press these options describe. */
    Press press() {
        return new Press(profile == null ? PressProfile.bundled() : PressProfile.of(profile), inkLimit, keepRgb);
    }
}
