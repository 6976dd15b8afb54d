package newsprint.prepare;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Inspects photo files for a process, remembering what it found by the files' contents: a photo
 * used on many pages, or a page made again after a late change, is read (and hashed) again but
 * decoded only once. What it remembers holds no pixels and no file bytes; it forgets the oldest
 * beyond {@link #REMEMBERED} files. Safe for many threads.
 */
public final class PhotoInspector {
    /** Inspections kept: a night's photos several times over, a few hundred bytes each. */
    static final int REMEMBERED = 10_000;

    private final Map<String, PhotoFile> known = Collections.synchronizedMap(new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, PhotoFile> eldest) {
            return size() > REMEMBERED;
        }
    });

    /** The photo file at {@code path}, read now and inspected (or recognised by its contents). */
    public PhotoFile inspect(Path path) {
        return PhotoFile.inspect(path, known);
    }
}
