package newsprint.cli;

import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code newsprint}: the command line. */
@Command(name = "newsprint",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = "Turns structured news articles into print-ready newspaper pages.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {})
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** FontBox warns on every CJK font about a cmap subtable it skips (variation selectors); users need not see it. */
    private static final java.util.logging.Logger PDFBOX_LOG = java.util.logging.Logger.getLogger("org.apache");

    /** The commands that set pages, for which the fonts are parsed from the start. */
    private static final java.util.Set<String> PAGE_COMMANDS = java.util.Set.of("render", "edition", "preview", "serve", "fit", "check", "bench");

    /** The commands that render a page: the libraries are warmed up beside reading and composing it ({@link newsprint.Newsprint#warmUp()}). */
    private static final java.util.Set<String> RENDER_COMMANDS = java.util.Set.of("render", "edition", "preview", "serve", "check");

    public static void main(String[] args) {
        MemoryGuard.reserve();
        // the fonts are the largest fixed cost of a page's run: parsing starts now, beside reading the page
        if (args.length > 0 && PAGE_COMMANDS.contains(args[0])) {
            newsprint.type.FontLibrary.fromSystemProperty().prefetchBundled();
        }
        if (args.length > 0 && RENDER_COMMANDS.contains(args[0])) {
            newsprint.Newsprint.warmUp();
        }
        PDFBOX_LOG.setLevel(java.util.logging.Level.SEVERE);
        int code;
        try {
            code = commandLine(args.length > 0 ? args[0] : null).execute(args);
        } catch (RuntimeException | Error e) {
            // in setting up the command line, before the command's own guard (MemoryGuard) is in place
            OutOfMemoryError oom = MemoryGuard.outOfMemoryIn(e);
            if (oom == null) {
                throw e;
            }
            MemoryGuard.release();
            newsprint.NewsprintException.NotEnoughMemory error = MemoryGuard.notEnoughMemory(oom);
            System.err.println("error: " + error.getMessage());
            System.err.println("hint: " + error.hint());
            if (java.util.Arrays.asList(args).contains("--verbose")) {
                e.printStackTrace();
            }
            code = ExitCodes.of(error);
        }
        System.exit(code);
    }

    /** The subcommands, in the order the usage lists them. */
    private static final java.util.List<Class<?>> COMMANDS = java.util.List.of(RenderCommand.class, EditionCommand.class, PreviewCommand.class,
            ServeCommand.class, CheckCommand.class, FitCommand.class, BenchCommand.class, CommandLine.HelpCommand.class);

    /** The configured command line with every subcommand, for tests and the usage. */
    public static CommandLine commandLine() {
        return commandLine(null);
    }

    /**
     * The configured command line for a run whose first argument is {@code first}: when it names
     * a subcommand, only that one is built (picocli reads each command's annotations by
     * reflection, about a tenth of a cold page's run for all of them); otherwise (help, an option,
     * a mistyped command that picocli suggests a name for) every one.
     */
    static CommandLine commandLine(String first) {
        CommandLine cmd = new CommandLine(new Main());
        boolean one = first != null && !first.equals("help") && COMMANDS.stream().anyMatch(c -> name(c).equals(first));
        for (Class<?> command : COMMANDS) {
            if (!one || name(command).equals(first)) {
                cmd.addSubcommand(command);
            }
        }
        cmd.setExecutionStrategy(new StandardOutputCheck(new MemoryGuard()));
        cmd.setExecutionExceptionHandler(new ErrorHandler());
        cmd.setExitCodeExceptionMapper(new ExitCodes());
        cmd.setParameterExceptionHandler(new UsageErrors());
        Map<String, String> codes = ExitCodes.table();
        cmd.getCommandSpec().usageMessage().exitCodeList(codes);
        configure(cmd.getSubcommands().values(), codes);
        return cmd;
    }

    private static String name(Class<?> command) {
        return command.getAnnotation(Command.class).name();
    }

    /** Every subcommand, and theirs ({@code bench serve}), reports errors and exit codes alike. */
    private static void configure(java.util.Collection<CommandLine> subs, Map<String, String> codes) {
        for (CommandLine sub : subs) {
            sub.getCommandSpec().usageMessage().exitCodeListHeading("%nExit codes:%n").exitCodeList(codes);
            sub.setExecutionExceptionHandler(new ErrorHandler());
            sub.setExitCodeExceptionMapper(new ExitCodes());
            sub.setParameterExceptionHandler(new UsageErrors());
            configure(sub.getSubcommands().values(), codes);
        }
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "missing command: try 'newsprint render PAGE -o OUT.pdf'");
    }

    /** The version from the jar's manifest, or "development" when run from classes. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Main.class.getPackage().getImplementationVersion();
            return new String[] {"newsprint " + (v == null ? "development" : v)};
        }
    }
}
