package newsprint.desk;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * The desk at one moment: every page in order, an error that concerns the whole edition (its file
 * cannot be read: the pages keep their last state), the files the pages read (which the desk
 * watches), and a generation that goes up with every refresh.
 */
public record Snapshot(long generation, List<PageView> pages, PageView.Failure editionFailure, Set<Path> inputs) {
    public Snapshot {
        pages = List.copyOf(pages);
        inputs = Set.copyOf(inputs);
    }

    public PageView page(int number) {
        return number >= 1 && number <= pages.size() ? pages.get(number - 1) : null;
    }
}
