package newsprint.model;

import java.nio.file.Path;
import java.util.List;

/** A page file, read and validated: where it came from, its edition, page and articles. */
public record PageFile(Path file, Edition edition, PageInfo page, List<Article> articles) {
    public PageFile {
        articles = List.copyOf(articles);
    }

    /** The folder the page's own files (photos) must live in. */
    public Path folder() {
        Path parent = file.toAbsolutePath().normalize().getParent();
        return parent == null ? Path.of("/") : parent;
    }
}
