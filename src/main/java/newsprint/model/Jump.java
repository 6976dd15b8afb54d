package newsprint.model;

import java.nio.file.Path;

/**
 * Where an article continues (转版): on the page made from {@code file} (resolved against the
 * page file's folder), or on page {@code page} of the edition. Exactly one of the two is set. The
 * article fills the module it is given on its own page, closes with 下转第N版, and the rest opens
 * the target page under {@code head} (null: its headline, smaller).
 */
public record Jump(Path file, Integer page, String head) {
    /** The jump as the page file wrote it, for messages: {@code p4.yaml} or {@code 4}. */
    public String written() {
        return file != null ? file.getFileName().toString() : Integer.toString(page);
    }
}
