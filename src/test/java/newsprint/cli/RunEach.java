package newsprint.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Runs several {@code newsprint} commands one after another in one process, as {@link Main#main}
 * runs one (the fonts prefetched, the command line as configured): the arguments of each command
 * are separated by {@code ---}. Exits with the first non-zero exit code, else 0. A test that
 * needs a handful of renders made by another Java VM starts that VM once, not once a render.
 */
public final class RunEach {
    private RunEach() {
    }

    public static void main(String[] args) {
        newsprint.type.FontLibrary.fromSystemProperty().prefetchBundled();
        java.util.logging.Logger.getLogger("org.apache").setLevel(java.util.logging.Level.SEVERE);
        List<String> command = new ArrayList<>();
        for (String arg : args) {
            if (arg.equals("---")) {
                run(command);
                command.clear();
            } else {
                command.add(arg);
            }
        }
        run(command);
        System.exit(0);
    }

    private static void run(List<String> command) {
        if (command.isEmpty()) {
            return;
        }
        int code = Main.commandLine().execute(command.toArray(String[]::new));
        if (code != 0) {
            System.err.println("exit " + code + ": " + Arrays.toString(command.toArray()));
            System.exit(code);
        }
    }
}
