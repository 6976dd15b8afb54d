package newsprint.cli;

import java.util.List;
import newsprint.NewsprintException.NotEnoughMemory;
import picocli.CommandLine;

/**
 * Runs the chosen command and turns an {@link OutOfMemoryError} into a {@link NotEnoughMemory}
 * error, which {@link ErrorHandler} prints as one line with the heap the VM has and how to give
 * it more (the trace only with --verbose). When the error arrives the page's work is unwound, so
 * there is memory again to report it.
 */
final class MemoryGuard implements CommandLine.IExecutionStrategy {
    private final CommandLine.IExecutionStrategy run = new CommandLine.RunLast();

    @Override
    public int execute(CommandLine.ParseResult parsed) {
        try {
            return run.execute(parsed);
        } catch (RuntimeException | Error e) {
            OutOfMemoryError oom = outOfMemoryIn(e);
            if (oom == null) {
                throw e;
            }
            release();
            throw outOfMemory(parsed, oom);
        }
    }

    /**
     * The memory error {@code e} is or wraps, or null: an edition's pages run on threads of their
     * own, and their error arrives wrapped; the VM's own code wraps it too (a lambda made while
     * memory runs out throws an {@link InternalError} caused by it).
     */
    static OutOfMemoryError outOfMemoryIn(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof OutOfMemoryError oom) {
                return oom;
            }
        }
        return null;
    }

    /**
     * Heap kept aside from the start (taken in {@link Main#main} before anything else, so the
     * fonts' parsers cannot have it) and let go when memory runs out, so that reporting it has
     * room even while other threads still hold theirs.
     */
    private static volatile byte[] reserve;

    /** Takes the heap kept for reporting that memory ran out. */
    static void reserve() {
        reserve = new byte[1 << 20];
    }

    /** Lets go of it. */
    static void release() {
        reserve = null;
    }

    private static CommandLine.ExecutionException outOfMemory(CommandLine.ParseResult parsed, OutOfMemoryError e) {
        List<CommandLine> commands = parsed.asCommandLineList();
        return new CommandLine.ExecutionException(commands.get(commands.size() - 1), "out of memory", notEnoughMemory(e));
    }

    static NotEnoughMemory notEnoughMemory(OutOfMemoryError e) {
        long maxMb = Runtime.getRuntime().maxMemory() / (1024 * 1024);
        long suggestGb = Math.max(1, (2 * maxMb + 1023) / 1024);
        return new NotEnoughMemory("newsprint needs more memory than this Java VM may use (at most " + maxMb + " MB of heap)",
                "give it more, e.g. JAVA_TOOL_OPTIONS=-Xmx" + suggestGb + "g newsprint …", e);
    }
}
