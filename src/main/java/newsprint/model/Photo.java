package newsprint.model;

import java.nio.file.Path;

/**
 * A photo of an article. {@code file} is already resolved against the page file's folder and
 * checked to stay inside it. {@code span} is the columns it should cover, or null to let the
 * composer choose.
 */
public record Photo(Path file, String caption, String credit, Integer span) {
}
