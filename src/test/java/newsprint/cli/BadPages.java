package newsprint.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import newsprint.Seed;

/** Builders of page files and photos, good and bad, in a test's folder. */
final class BadPages {
    static final Path MEETING = Seed.PAGE.resolveSibling("photos/meeting.jpg");

    /** A small valid page: one article with one photo. The bad cases are edits of it. */
    static final String GOOD = Seed.ONE_ARTICLE + """
                  - 会议强调，全省科协系统要加强组织领导，迅速兴起学习热潮。
                photos:
                  - {file: photos/meeting.jpg, caption: 会议现场, credit: 胡漫雨 摄}
            """;

    private BadPages() {
    }

    /** Writes {@code text} as {@code dir/name} beside a copy of the seed photo. */
    static Path page(Path dir, String name, String text) throws IOException {
        Path page = dir.resolve(name);
        Files.writeString(page, text, StandardCharsets.UTF_8);
        Path photos = Files.createDirectories(dir.resolve("photos"));
        if (!Files.exists(photos.resolve("meeting.jpg"))) {
            Files.copy(MEETING, photos.resolve("meeting.jpg"));
        }
        return page;
    }

    /** The good page, as it is. */
    static Path good(Path dir) throws IOException {
        return page(dir, "page.yaml", GOOD);
    }

    /** The good page with {@code from} replaced by {@code to}, which must occur in it. */
    static Path edit(Path dir, String from, String to) throws IOException {
        if (!GOOD.contains(from)) {
            throw new IllegalArgumentException("not in the page: " + from);
        }
        return page(dir, "page.yaml", GOOD.replace(from, to));
    }

    /** The good page with its photo file replaced by {@code bytes}, saved as {@code photos/NAME}. */
    static Path photo(Path dir, String name, byte[] bytes) throws IOException {
        Path page = edit(dir, "photos/meeting.jpg", "photos/" + name);
        Files.write(dir.resolve("photos").resolve(name), bytes);
        return page;
    }

    /** A page whose one paragraph is {@code megabytes} MB of Han text, written in pieces so the test never holds it. */
    static Path hugeParagraph(Path dir, int megabytes) throws IOException {
        Path page = dir.resolve("page.yaml");
        byte[] chunk = "会议强调，要加强组织领导。".repeat(4096).getBytes(StandardCharsets.UTF_8);
        try (OutputStream out = Files.newOutputStream(page)) {
            out.write(GOOD.substring(0, GOOD.indexOf("      - 7月24日")).getBytes(StandardCharsets.UTF_8));
            out.write("      - \"".getBytes(StandardCharsets.UTF_8));
            for (long written = 0; written < megabytes * 1024L * 1024; written += chunk.length) {
                out.write(chunk);
            }
            out.write("\"\n".getBytes(StandardCharsets.UTF_8));
        }
        return page;
    }

    /** The seed photo cut off after half its bytes, as an interrupted transfer leaves it. */
    static byte[] truncatedJpeg() throws IOException {
        byte[] whole = Files.readAllBytes(MEETING);
        return Arrays.copyOf(whole, whole.length / 2);
    }

    /** A page whose first paragraph is one run of {@code chars} letters without a space, written in pieces. */
    static Path longRun(Path dir, int chars) throws IOException {
        Path page = page(dir, "page.yaml", "");
        byte[] chunk = "a".repeat(1 << 16).getBytes(StandardCharsets.US_ASCII);
        try (OutputStream out = Files.newOutputStream(page)) {
            out.write(GOOD.substring(0, GOOD.indexOf("      - 7月24日")).getBytes(StandardCharsets.UTF_8));
            out.write("      - ".getBytes(StandardCharsets.UTF_8));
            for (int left = chars; left > 0; left -= chunk.length) {
                out.write(chunk, 0, Math.min(left, chunk.length));
            }
            out.write("\n".getBytes(StandardCharsets.UTF_8));
        }
        return page;
    }

    /** The good page followed by {@code count} more one-paragraph articles, each with {@code fields} (YAML at article level). */
    static Path moreArticles(Path dir, int count, String fields) throws IOException {
        StringBuilder text = new StringBuilder(GOOD);
        for (int i = 1; i <= count; i++) {
            text.append("  - id: more").append(i).append("\n    headline: 标题\n").append(fields.indent(4));
        }
        return page(dir, "page.yaml", text.toString());
    }

    /** A folder {@code layouts/} beside the page: the bundled tabloid with {@code from} replaced by {@code to}, and the shared files. */
    static Path layouts(Path dir, String from, String to) throws IOException {
        Path layouts = dir.resolve("layouts");
        String yaml = Files.readString(Path.of("layouts/tabloid/layout.yaml"));
        if (!yaml.contains(from)) {
            throw new IllegalArgumentException("not in layout.yaml: " + from);
        }
        Files.createDirectories(layouts.resolve("tabloid"));
        Files.createDirectories(layouts.resolve("shared"));
        Files.writeString(layouts.resolve("tabloid/layout.yaml"), yaml.replace(from, to));
        for (String file : new String[] {"page.html", "page.css"}) {
            if (!Files.exists(layouts.resolve("shared").resolve(file))) {
                Files.copy(Path.of("layouts/shared").resolve(file), layouts.resolve("shared").resolve(file));
            }
        }
        return layouts;
    }
}
