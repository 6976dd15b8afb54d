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

    /** A newsprint instance on the chosen layouts; a --layouts that is no folder is a usage error, not "layout not found". */
    Newsprint newsprint() {
        if (layouts != null && !java.nio.file.Files.isDirectory(layouts)) {
            throw new newsprint.NewsprintException.BadArgument("--layouts " + layouts + ": "
                    + (java.nio.file.Files.exists(layouts) ? "not a folder" : "no such folder"),
                    "give the folder that holds the layouts' folders (tabloid/layout.yaml, …)");
        }
        return new Newsprint(layouts == null ? LayoutLibrary.bundled() : new LayoutLibrary(layouts));
    }
}
