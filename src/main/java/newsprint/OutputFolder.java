package newsprint;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import newsprint.NewsprintException.BadArgument;
import newsprint.NewsprintException.RenderFailure;

/**
 * A folder a command writes as a set (an edition's plates, proof, archive and manifest): the
 * files are written into a hidden temporary folder beside it and the folder takes its place
 * only when all are written, so a failed or killed run never leaves a mix of new and old files,
 * and an earlier good set stays as it was. Moving a set into place is two renames (the old set
 * aside, the new one in); a run killed between them leaves the old set aside under a hidden name,
 * which the next run puts back. The folder must be new, empty, or a set newsprint wrote (it holds
 * {@value #MARKER}): a folder of other files is refused, never replaced.
 */
public final class OutputFolder {
    /** The file that marks a folder as newsprint's own set. */
    public static final String MARKER = "manifest.json";
    /** {@code .editions.newsprint-4242.new} and {@code .old}: the folder's name, the writer's process id. */
    private static final Pattern TEMPORARY = Pattern.compile("\\.(.+)\\.newsprint-([0-9]{1,18})\\.(new|old)");

    private final Path target;

    private OutputFolder(Path target) {
        this.target = target;
    }

    /** The output folder {@code target}, refused ({@link BadArgument}) when something other than a set of newsprint's is there. */
    public static OutputFolder of(Path target) {
        Path abs = target.toAbsolutePath().normalize();
        if (abs.getParent() == null) {
            throw new BadArgument("the output folder " + target + " is the file system's root", "give a folder for the edition's files");
        }
        if (Files.exists(abs, LinkOption.NOFOLLOW_LINKS)) {
            if (Files.isSymbolicLink(abs) || !Files.isDirectory(abs)) {
                throw new BadArgument("the output " + target + " is not a folder", "give a new or empty folder, or one an earlier edition run wrote");
            }
            try (Stream<Path> files = Files.list(abs)) {
                if (files.findAny().isPresent() && !Files.isRegularFile(abs.resolve(MARKER))) {
                    throw new BadArgument("the output folder " + target + " holds files newsprint did not write (it has no " + MARKER + ")",
                            "give a new or empty folder: newsprint replaces a folder's files as a set");
                }
            } catch (IOException e) {
                throw new BadArgument("the output folder " + target + " cannot be read: " + e.getMessage(), null, e);
            }
        }
        return new OutputFolder(abs);
    }

    public Path path() {
        return target;
    }

    /**
     * Refuses (with {@link BadArgument}) a folder that holds a file the run reads: the new set
     * replaces the folder's whole content, so an input inside it would be lost.
     */
    public void refuseOverwriting(Map<Path, String> inputs) {
        Path real;
        try {
            real = Files.exists(target) ? target.toRealPath() : target;
        } catch (IOException e) {
            throw new BadArgument("the output folder " + target + " cannot be read: " + e.getMessage(), null, e);
        }
        for (Map.Entry<Path, String> input : inputs.entrySet()) {
            Path in;
            try {
                in = Files.exists(input.getKey()) ? input.getKey().toRealPath() : input.getKey().toAbsolutePath().normalize();
            } catch (IOException e) {
                in = input.getKey().toAbsolutePath().normalize();
            }
            if (in.startsWith(real) || in.startsWith(target)) {
                throw new BadArgument("the output folder " + target + " holds " + input.getKey() + ", " + input.getValue()
                        + ", which this run reads: the edition's files replace the folder's, so it would be lost",
                        "write the edition into a folder of its own, beside the page files");
            }
        }
    }

    /** Writes {@code files} (name → bytes; plain names) as the folder's whole content, replacing what was there. */
    public void write(Map<String, byte[]> files) {
        Path parent = target.getParent();
        String me = "." + OutputFile.stem(target.getFileName().toString()) + ".newsprint-" + ProcessHandle.current().pid();
        Path fresh = parent.resolve(me + ".new");
        Path aside = parent.resolve(me + ".old");
        Thread cleanup = new Thread(() -> deleteTree(fresh), "newsprint-output-cleanup");
        try {
            Files.createDirectories(parent);
            recover(parent);
            Runtime.getRuntime().addShutdownHook(cleanup);
            Files.createDirectory(fresh);
            for (Map.Entry<String, byte[]> f : files.entrySet()) {
                if (!f.getKey().matches("[A-Za-z0-9._-]+") || f.getKey().startsWith(".")) {
                    throw new IllegalArgumentException("not a plain file name: " + f.getKey());
                }
                Path file = fresh.resolve(f.getKey());
                Files.write(file, f.getValue());
                if (Files.getFileStore(fresh).supportsFileAttributeView("posix")) {
                    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
                }
            }
            if (Files.exists(target)) {
                Files.move(target, aside, StandardCopyOption.ATOMIC_MOVE);
            }
            Files.move(fresh, target, StandardCopyOption.ATOMIC_MOVE);
            deleteTree(aside);
        } catch (IOException e) {
            deleteTree(fresh);
            if (!Files.exists(target) && Files.exists(aside)) {
                try {
                    Files.move(aside, target, StandardCopyOption.ATOMIC_MOVE);
                } catch (IOException ignored) {
                    // recover() puts it back on the next run
                }
            }
            throw new RenderFailure("cannot write the folder " + target + ": " + e.getMessage(), "check that its folder is writable", e);
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(cleanup);
            } catch (IllegalStateException shuttingDown) {
                // the hook runs and deletes what is left
            }
        }
    }

    /** Puts back a set a killed run left aside, and removes the half-written sets of dead runs. */
    private void recover(Path parent) throws IOException {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(parent, ".*.newsprint-*")) {
            for (Path p : entries) {
                Matcher m = TEMPORARY.matcher(p.getFileName().toString());
                if (!m.matches() || !m.group(1).equals(OutputFile.stem(target.getFileName().toString()))) {
                    continue;
                }
                Optional<ProcessHandle> writer = ProcessHandle.of(Long.parseLong(m.group(2)));
                if (writer.isPresent() && writer.get().isAlive() && writer.get().pid() != ProcessHandle.current().pid()) {
                    continue; // another run is writing it now
                }
                if (m.group(3).equals("old") && !Files.exists(target)) {
                    Files.move(p, target, StandardCopyOption.ATOMIC_MOVE);
                } else {
                    deleteTree(p);
                }
            }
        }
    }

    private static void deleteTree(Path dir) {
        if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // a half-deleted temporary folder is removed by the next run
        }
    }
}
