package newsprint;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsprint.NewsprintException.BadArgument;
import newsprint.NewsprintException.RenderFailure;

/**
 * A file a command writes, and the rules for writing it safely. Checked before any work: the
 * target is a regular file or nothing yet (a device, pipe, socket, folder or dangling link is
 * refused: writing by rename would replace {@code /dev/null} itself), and it is none of the
 * files the run reads ({@link #refuseOverwriting}: the same file by any spelling, link or hard
 * link). Written through a hidden temporary file beside the target, named with the writer's
 * process id, and moved into place: a failed or killed run leaves no partial file and an
 * earlier good one untouched. A temporary file is deleted when the run is interrupted
 * (SIGINT, SIGTERM), and the next write to the folder deletes those of writers that are dead
 * (killed with SIGKILL, or a machine that stopped). {@code -} is standard output, written
 * directly.
 */
public final class OutputFile {
    /** The name that means standard output. */
    public static final String STANDARD_OUTPUT = "-";

    /** {@code .page.pdf.newsprint-4242-k3j9x.part}: the target's name, the writer's process id, a random part. */
    private static final Pattern PART = Pattern.compile("\\..*\\.newsprint-([0-9]{1,18})-[0-9a-z]+\\.part");
    /** How much later than a temporary file a process may have started and still be its writer (clock granularity). */
    private static final long START_SLACK_SECONDS = 2;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path target;

    private OutputFile(Path target) {
        this.target = target;
    }

    /**
     * The output {@code target} ({@value #STANDARD_OUTPUT} for standard output), refused with
     * {@link BadArgument} when what is there is not a regular file, or its folder is not a folder.
     */
    public static OutputFile of(Path target) {
        if (target.toString().equals(STANDARD_OUTPUT)) {
            return new OutputFile(null);
        }
        requireWritableKind(target);
        return new OutputFile(target);
    }

    /** True when the output is standard output. */
    public boolean isStandardOutput() {
        return target == null;
    }

    /**
     * Refuses (with {@link BadArgument}) an output that is one of the files the run reads:
     * {@code inputs} maps each to what it is for the message ("the page file", "a photo").
     */
    public void refuseOverwriting(Map<Path, String> inputs) {
        if (target == null || !Files.exists(target)) {
            return; // nothing is there yet, so it is no input
        }
        for (Map.Entry<Path, String> input : inputs.entrySet()) {
            try {
                if (Files.exists(input.getKey()) && Files.isSameFile(target, input.getKey())) {
                    throw new BadArgument("the output " + target + " is " + input.getKey() + ", " + input.getValue()
                            + ", which this run reads: writing there would overwrite it", "write the output to another file");
                }
            } catch (IOException e) {
                throw new BadArgument("the output " + target + " cannot be compared with " + input.getKey() + ": " + e.getMessage(),
                        "write the output to another file", e);
            }
        }
    }

    /** What a caller writes into the output. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    public void write(byte[] bytes) {
        write(out -> out.write(bytes));
    }

    /**
     * The error of output that standard output did not take: Java's print streams keep the cause
     * (a full disk, a reader that stopped) to themselves.
     */
    public static RenderFailure standardOutputLost() {
        return new RenderFailure("cannot write to standard output: the disk is full, or the program reading it stopped",
                "free some space, or check the command that reads newsprint's output", null);
    }

    /** Writes the output: to standard output directly, or to a file through a temporary file moved into place. */
    public void write(Content content) {
        if (target == null) {
            try {
                content.writeTo(System.out);
                System.out.flush();
            } catch (IOException e) {
                throw new RenderFailure("cannot write to standard output: " + e.getMessage(), null, e);
            }
            if (System.out.checkError()) {
                throw standardOutputLost(); // a print stream keeps its write errors to itself
            }
            return;
        }
        Staged staged = stage(content);
        try {
            staged.commit();
        } finally {
            staged.discard();
        }
    }

    /**
     * Writes {@code content} to a temporary file beside the target, not yet moved into place:
     * {@link Staged#commit} moves it, {@link Staged#discard} deletes it (and is harmless after a
     * commit). {@link OutputSet} stages all its files before it moves any. Not for standard output.
     */
    Staged stage(Content content) {
        if (target == null) {
            throw new IllegalStateException("standard output is written directly, not staged");
        }
        Path tmp = null;
        Thread cleanup = null;
        try {
            Path real = realTarget();
            Path dir = real.getParent();
            removeStaleParts(dir);
            tmp = dir.resolve(partName(real.getFileName().toString()));
            Path toDelete = tmp;
            cleanup = new Thread(() -> deleteQuietly(toDelete), "newsprint-output-cleanup");
            Runtime.getRuntime().addShutdownHook(cleanup);
            boolean posix = Files.getFileStore(dir).supportsFileAttributeView("posix");
            FileAttribute<?>[] privateFile = posix
                    ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))}
                    : new FileAttribute<?>[0];
            try (FileChannel channel = FileChannel.open(tmp, Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), privateFile)) {
                OutputStream out = Channels.newOutputStream(channel);
                content.writeTo(out);
                out.flush();
                channel.force(true); // on disk before it takes the target's name
            }
            if (posix) {
                // a temporary file is private to its owner; the output gets the target's permissions, or rw-r--r--
                Set<PosixFilePermission> permissions = Files.isRegularFile(real) ? Files.getPosixFilePermissions(real)
                        : PosixFilePermissions.fromString("rw-r--r--");
                Files.setPosixFilePermissions(tmp, permissions);
            }
            return new Staged(this, real, tmp, cleanup);
        } catch (IOException | RuntimeException e) {
            new Staged(this, null, tmp, cleanup).discard();
            if (e instanceof RuntimeException r) {
                throw r;
            }
            throw new RenderFailure("cannot write " + target + ": " + e.getMessage(), "check that the folder exists and is writable", e);
        }
    }

    /** A file written beside its target under a temporary name, waiting to be moved into place or deleted. */
    static final class Staged {
        private final OutputFile output;
        private final Path real;
        private final Path tmp;
        private final Thread cleanup;

        private Staged(OutputFile output, Path real, Path tmp, Thread cleanup) {
            this.output = output;
            this.real = real;
            this.tmp = tmp;
            this.cleanup = cleanup;
        }

        /** Checks again that the target is still a regular file or nothing: another program may have put something else there. */
        void recheck() {
            requireWritableKind(real);
        }

        /** Moves the temporary file onto the target, checking again just before that the target is still a regular file or nothing. */
        void commit() {
            try {
                requireWritableKind(real); // again, just before the move: nothing else may have taken its place
                Files.move(tmp, real, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                throw new RenderFailure("cannot write " + output.target + ": " + e.getMessage(), "check that the folder exists and is writable", e);
            }
        }

        /** Deletes the temporary file if it is still there, and stops watching for an interrupt. */
        void discard() {
            if (tmp != null) {
                deleteQuietly(tmp);
            }
            if (cleanup != null) {
                try {
                    Runtime.getRuntime().removeShutdownHook(cleanup);
                } catch (IllegalStateException shuttingDown) {
                    // the hook is running or will run; it deletes what is left
                }
            }
        }
    }

    /** The target, as given. */
    Path target() {
        return target;
    }

    /** The file that is replaced: a link's target, in its real folder, so the link stays and its file gets the output. */
    private Path realTarget() throws IOException {
        if (Files.exists(target)) {
            return target.toRealPath();
        }
        Path parent = target.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        return parent.toRealPath().resolve(target.getFileName());
    }

    private static void requireWritableKind(Path target) {
        String hint = "give the name of a file to write, or - for standard output";
        BasicFileAttributes a;
        try {
            a = Files.readAttributes(target, BasicFileAttributes.class); // through links: what a write would reach
        } catch (IOException e) {
            Path parent = target.toAbsolutePath().getParent();
            if (parent != null && Files.exists(parent) && !Files.isDirectory(parent)) {
                throw new BadArgument("the output " + target + " is inside " + parent + ", which is not a folder", hint);
            }
            if (Files.isSymbolicLink(target)) {
                throw new BadArgument("the output " + target + " is a link to nothing", hint);
            }
            if (e instanceof NoSuchFileException) {
                return; // a new file
            }
            throw new BadArgument("the output " + target + " cannot be examined: " + e.getMessage(), hint, e);
        }
        if (a.isDirectory()) {
            throw new BadArgument("the output " + target + " is a folder", hint);
        }
        if (!a.isRegularFile()) {
            throw new BadArgument("the output " + target + " is not a regular file (a device, pipe or socket): newsprint writes "
                    + "only regular files", hint);
        }
    }

    /** The temporary file's name: hidden, the target's name (shortened to stay a legal name), this process's id. */
    private static String partName(String targetName) {
        return "." + stem(targetName) + ".newsprint-" + ProcessHandle.current().pid() + "-" + Long.toString(RANDOM.nextLong() >>> 1, 36) + ".part";
    }

    /** A file name's bytes in UTF-8 at most, where names are counted in bytes (255 on Linux and macOS). */
    static final int STEM_BYTES = 100;

    /**
     * {@code name} as the stem of a temporary name beside it: itself when short, else its first
     * characters within {@link #STEM_BYTES} UTF-8 bytes and a hash of the whole, so the temporary
     * name stays a legal one (a 245-byte target is legal, it with a suffix is not; 80 Han
     * characters are 240 bytes) and two long names never share a stem.
     */
    static String stem(String name) {
        byte[] utf8 = name.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        if (utf8.length <= STEM_BYTES) {
            return name;
        }
        StringBuilder kept = new StringBuilder();
        int bytes = 0;
        for (int i = 0; i < name.length(); ) {
            int cp = name.codePointAt(i);
            int n = new String(Character.toChars(cp)).getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
            if (bytes + n > STEM_BYTES - 9) {
                break;
            }
            kept.appendCodePoint(cp);
            bytes += n;
            i += Character.charCount(cp);
        }
        return kept + "~" + Digest.sha256(utf8).substring(0, 8);
    }

    /** Deletes the temporary files in {@code dir} whose writer is no longer running. Cleaning is a courtesy: errors are ignored. */
    static void removeStaleParts(Path dir) {
        try (DirectoryStream<Path> parts = Files.newDirectoryStream(dir, ".*.part")) {
            for (Path part : parts) {
                Matcher m = PART.matcher(part.getFileName().toString());
                if (m.matches() && Files.isRegularFile(part, LinkOption.NOFOLLOW_LINKS) && !writerRuns(Long.parseLong(m.group(1)), part)) {
                    Files.deleteIfExists(part);
                }
            }
        } catch (IOException | SecurityException e) {
            // a folder that cannot be listed keeps its old parts; the write itself reports real problems
        }
    }

    /** Whether process {@code pid} runs and started before {@code part} was last written (else the id was reused). */
    private static boolean writerRuns(long pid, Path part) throws IOException {
        Optional<ProcessHandle> process = ProcessHandle.of(pid);
        if (process.isEmpty() || !process.get().isAlive()) {
            return false;
        }
        Optional<Instant> started = process.get().info().startInstant();
        FileTime written = Files.getLastModifiedTime(part, LinkOption.NOFOLLOW_LINKS);
        return started.isEmpty() || !started.get().isAfter(written.toInstant().plusSeconds(START_SLACK_SECONDS));
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // the move took it, or the folder went away; nothing more to clean
        }
    }

    @Override
    public String toString() {
        return target == null ? STANDARD_OUTPUT : target.toString();
    }
}
