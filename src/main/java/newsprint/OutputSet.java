package newsprint;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import newsprint.NewsprintException.BadArgument;

/**
 * Files that are one output, written all or none: the archive PDF and its sidecars. Each target
 * follows {@link OutputFile}'s rules (a regular file or nothing yet, never a file the run reads),
 * checked for all of them before any work; no two targets may be the same file. Every file is
 * written to a temporary file beside its target first, and the files are moved into place only
 * when all are written: a failure while writing any removes every temporary file and leaves
 * every target as it was.
 */
public final class OutputSet {
    private final List<OutputFile> files;

    private OutputSet(List<OutputFile> files) {
        this.files = List.copyOf(files);
    }

    /** The outputs {@code targets}, each refused as {@link OutputFile#of} refuses it; standard output is not one of them. */
    public static OutputSet of(List<Path> targets) {
        List<OutputFile> files = new ArrayList<>();
        for (Path target : targets) {
            if (target.toString().equals(OutputFile.STANDARD_OUTPUT)) {
                throw new BadArgument("several files cannot all be written to standard output", "give a file name");
            }
            files.add(OutputFile.of(target));
        }
        for (int i = 0; i < targets.size(); i++) {
            for (int j = 0; j < i; j++) {
                if (same(targets.get(i), targets.get(j))) {
                    throw new BadArgument("the outputs " + targets.get(j) + " and " + targets.get(i) + " are the same file",
                            "give each output its own name");
                }
            }
        }
        return new OutputSet(files);
    }

    private static boolean same(Path a, Path b) {
        if (a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize())) {
            return true;
        }
        try {
            return Files.exists(a) && Files.exists(b) && Files.isSameFile(a, b);
        } catch (IOException e) {
            return false;
        }
    }

    /** Refuses (with {@link BadArgument}) any target that is one of the files the run reads ({@link OutputFile#refuseOverwriting}). */
    public void refuseOverwriting(Map<Path, String> inputs) {
        files.forEach(f -> f.refuseOverwriting(inputs));
    }

    /** The targets, in the order given. */
    public List<Path> targets() {
        return files.stream().map(OutputFile::target).toList();
    }

    /**
     * Writes {@code contents} (one per target, in the targets' order): every file staged beside
     * its target, then all moved into place. On a failure before the moves, nothing is moved.
     */
    public void write(List<byte[]> contents) {
        if (contents.size() != files.size()) {
            throw new IllegalArgumentException(contents.size() + " contents for " + files.size() + " outputs");
        }
        Map<OutputFile, OutputFile.Staged> staged = new LinkedHashMap<>();
        try {
            for (int i = 0; i < files.size(); i++) {
                byte[] bytes = contents.get(i);
                staged.put(files.get(i), files.get(i).stage(out -> out.write(bytes)));
            }
            // every target checked once more before the first move, so a late surprise moves nothing
            staged.values().forEach(OutputFile.Staged::recheck);
            for (OutputFile.Staged s : staged.values()) {
                s.commit(); // a rename within the target's folder
            }
        } finally {
            staged.values().forEach(OutputFile.Staged::discard);
        }
    }
}
