package newsprint.desk;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import newsprint.NewsprintException;
import newsprint.OutputFile;

/**
 * The sign-off record (签版) beside what the desk serves: for each page signed off, who, when, and
 * the page's state then ({@link PageHash}); and the signed-off proof picture in a folder beside it,
 * so a page changed since shows what changed. Written atomically (a temporary file moved into
 * place): a reader sees the old record or the new one, never half of one.
 */
public final class SignOffs {
    /** {@code edition.yaml} → {@code edition.signoffs.json}. */
    public static final String SUFFIX = ".signoffs.json";

    public record FileHash(String path, String sha256) {
    }

    /** One page's sign-off: its number then, its page file (the key), the user, the time (UTC, ISO 8601), its state. */
    public record Record(int page, String file, String user, String time, String hash, FileHash pageFile, List<FileHash> photos,
                         List<FileHash> ads, String pdf, String picture) {
    }

    /** The file as written: one record per page file, in page order. */
    public record Book(String served, List<Record> signoffs) {
    }

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private final Path file;

    public SignOffs(Path file) {
        this.file = file;
    }

    /** The record for {@code served} (an edition or page file, or a folder). */
    public static Path fileFor(Path served) {
        Path abs = served.toAbsolutePath().normalize();
        if (Files.isDirectory(abs)) {
            return abs.resolve("signoffs.json");
        }
        String name = abs.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return abs.resolveSibling((dot > 0 ? name.substring(0, dot) : name) + SUFFIX);
    }

    public Path file() {
        return file;
    }

    /** The folder of signed-off pictures: {@code edition.signoffs/}. */
    Path pictures() {
        String name = file.getFileName().toString();
        return file.resolveSibling(name.substring(0, name.length() - ".json".length()));
    }

    /** Every page's latest sign-off by page file; empty when there is no record yet. */
    public synchronized Map<String, Record> read() {
        Map<String, Record> out = new LinkedHashMap<>();
        if (!Files.exists(file)) {
            return out;
        }
        try {
            Book book = JSON.readValue(Files.readAllBytes(file), Book.class);
            if (book.signoffs() != null) {
                book.signoffs().forEach(r -> out.put(r.file(), r));
            }
            return out;
        } catch (IOException e) {
            throw new NewsprintException.BadInput(file + ": the sign-off record cannot be read: " + e.getMessage(),
                    "it is written by 'newsprint serve'; restore it, or delete it and sign the pages off again");
        }
    }

    /** Records {@code record} (replacing the page's earlier one) with its proof picture. */
    public synchronized void put(Record record, byte[] png, String served) {
        Map<String, Record> all = read();
        try {
            Files.createDirectories(pictures());
        } catch (IOException e) {
            throw new NewsprintException.RenderFailure(pictures() + ": cannot make the folder of signed-off pictures: " + e.getMessage(), null, e);
        }
        OutputFile.of(pictures().resolve(record.picture())).write(png);
        Record earlier = all.put(record.file(), record);
        Path old = earlier == null ? null : pictures().resolve(earlier.picture()).normalize();
        if (old != null && !earlier.picture().equals(record.picture()) && old.getParent().equals(pictures())) {
            try {
                Files.deleteIfExists(old);
            } catch (IOException e) {
                // an old picture left behind is harmless
            }
        }
        List<Record> sorted = new ArrayList<>(all.values());
        sorted.sort(java.util.Comparator.comparingInt(Record::page).thenComparing(Record::file));
        try {
            OutputFile.of(file).write(JSON.writeValueAsBytes(new Book(served, sorted)));
        } catch (IOException e) {
            throw new NewsprintException.RenderFailure(file + ": cannot write the sign-off record: " + e.getMessage(), null, e);
        }
    }

    /** The signed-off picture of {@code record}, or null when it is gone. */
    public byte[] picture(Record record) {
        try {
            Path p = pictures().resolve(record.picture()).normalize();
            return p.startsWith(pictures()) && Files.isRegularFile(p) ? Files.readAllBytes(p) : null;
        } catch (IOException e) {
            return null;
        }
    }

    /** A file name for a page file's signed-off picture: {@code p2.yaml} → {@code p2.yaml-<hash>.png}. */
    static String pictureName(String pageFile, String hash) {
        return pageFile.replaceAll("[^A-Za-z0-9._-]", "_") + "-" + hash.substring(0, 16) + ".png";
    }
}
