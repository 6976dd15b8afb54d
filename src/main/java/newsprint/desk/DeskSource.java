package newsprint.desk;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import newsprint.NewsprintException;
import newsprint.read.EditionReader;

/**
 * What the desk serves: an edition file (its pages as the edition sets them), one page file, or a
 * folder (its edition file when it holds exactly one, else every page file in it, each alone).
 * The sign-off record lives beside it.
 */
public record DeskSource(Kind kind, Path root, Path file) {
    public enum Kind { EDITION, PAGE, FOLDER }

    /** What {@code given} is; a path that is neither a file nor a folder is a usage error. */
    public static DeskSource of(Path given) {
        Path path = given.toAbsolutePath().normalize();
        if (Files.isDirectory(path)) {
            List<Path> editions = files(path).stream().filter(EditionReader::isEdition).toList();
            if (editions.size() == 1) {
                return new DeskSource(Kind.EDITION, path, editions.get(0));
            }
            return new DeskSource(Kind.FOLDER, path, null);
        }
        if (!Files.isRegularFile(path)) {
            throw new NewsprintException.BadArgument(given + ": no such file or folder",
                    "give an edition file, a page file, or a folder of page files");
        }
        return new DeskSource(EditionReader.isEdition(path) ? Kind.EDITION : Kind.PAGE, path.getParent(), path);
    }

    /** The page files of a folder, by name: its {@code .yaml}, {@code .yml} and {@code .json} files that are not editions. */
    public List<Path> folderPages() {
        return files(root).stream().filter(p -> !EditionReader.isEdition(p)).toList();
    }

    private static List<Path> files(Path folder) {
        try (Stream<Path> list = Files.list(folder)) {
            return list.filter(Files::isRegularFile).filter(p -> {
                String n = p.getFileName().toString();
                return !n.startsWith(".") && (n.endsWith(".yaml") || n.endsWith(".yml") || n.endsWith(".json")) && !n.endsWith(SignOffs.SUFFIX);
            }).sorted().toList();
        } catch (IOException e) {
            throw new NewsprintException.MissingResource(folder + ": cannot list the folder: " + e.getMessage(), "check its permissions");
        }
    }

    /** The sign-off record: {@code edition.signoffs.json} beside {@code edition.yaml}; {@code signoffs.json} in a folder. */
    public Path signOffFile() {
        return SignOffs.fileFor(file == null ? root : file);
    }

    /** How a file of the edition is named in the record and in addresses: its path from the root, with {@code /}. */
    public String key(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        Path rel = abs.startsWith(root) ? root.relativize(abs) : abs;
        return rel.toString().replace(java.io.File.separatorChar, '/');
    }

    /** What the desk calls it: the file's name. */
    public String name() {
        return (file == null ? root : file).getFileName().toString();
    }
}
