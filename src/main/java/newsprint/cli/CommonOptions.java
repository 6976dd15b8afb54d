package newsprint.cli;

import java.nio.file.Path;
import newsprint.Newsprint;
import newsprint.layout.LayoutLibrary;
import picocli.CommandLine.Option;

/** The options every page command shares (a picocli mixin): where the layouts come from, and --verbose. */
final class CommonOptions {
    @Option(names = "--layouts", paramLabel = "DIR", description = "read layouts from this folder instead of the bundled ones")
    Path layouts;

    /** Read by {@link ErrorHandler} from the parse result; declared here so every command accepts it. */
    @Option(names = "--verbose", description = "print stack traces of errors")
    boolean verbose;

    /** A newsprint instance on the chosen layouts. */
    Newsprint newsprint() {
        return new Newsprint(layouts == null ? LayoutLibrary.bundled() : new LayoutLibrary(layouts));
    }
}
