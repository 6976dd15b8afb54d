package newsprint.model;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * An edition file, read and validated with all its pages: the day's paper in page order. Page
 * numbers are the pages' places in the list (from 1). {@code jumps} says, for each page number,
 * the page number each of its jumping articles continues on (by article id); the reader has
 * checked that every jump lands on another page of the edition and that no two pages wait on
 * each other.
 *
 * @param file    the edition file
 * @param edition the edition every page shares
 * @param pages   the pages in order, each with what it left out filled in from the edition
 * @param jumps   page number → (article id → the page number it continues on)
 * @param source  the bytes the edition file was read from (attached to the archive)
 */
public record EditionFile(Path file, Edition edition, List<PageFile> pages, Map<Integer, Map<String, Integer>> jumps,
                          byte[] source) {
    public EditionFile {
        pages = List.copyOf(pages);
        jumps = Map.copyOf(jumps);
        source = source.clone();
    }

    @Override
    public byte[] source() {
        return source.clone();
    }

    /** The page numbered {@code number} (from 1). */
    public PageFile page(int number) {
        return pages.get(number - 1);
    }

    /** The folder the edition's page files live in. */
    public Path folder() {
        Path parent = file.toAbsolutePath().normalize().getParent();
        return parent == null ? Path.of("/") : parent;
    }

    @Override
    public String toString() {
        return "EditionFile[" + file + ", " + edition.date() + ", " + pages.size() + " pages]";
    }
}
