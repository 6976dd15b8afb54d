package newsprint.layout;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import newsprint.NewsprintException.MissingResource;
import newsprint.read.LiteralTree;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds layouts: in a folder on disk when one is given (a designer's working copy), otherwise
 * among the layouts bundled in the jar (the repository's {@code layouts/} folder). A layout's
 * files are a designer's input and are checked like a page file: {@code layout.yaml} by
 * {@link LayoutReader}, the fonts its template and stylesheet name by {@link CssFamilies}, and
 * each file's size before it is read. Errors name the file and the field (exit code 4).
 */
public final class LayoutLibrary {
    public static final String BUNDLED = "/layouts/";

    /** The folder whose page.html and page.css serve every layout that has none of its own. */
    public static final String SHARED = "shared";

    /** A layout's files are a few kilobytes; a larger one is not a layout file, and is refused before it is read. */
    public static final long MAX_FILE_BYTES = 1024 * 1024;

    private final Path folder;

    /** A library reading layouts from {@code folder}, or from the jar when it is null. */
    public LayoutLibrary(Path folder) {
        this.folder = folder;
    }

    public static LayoutLibrary bundled() {
        return new LayoutLibrary(null);
    }

    /** The layout's own folder on disk, where it has one (for fonts a paper keeps beside it). */
    public Path folderOf(String name) {
        return folder == null ? null : folder.resolve(name);
    }

    public Layout layout(String name) {
        Text yaml = read(name, "layout.yaml");
        try {
            return new LayoutReader(yaml.where(), name).read(LiteralTree.yaml(yaml.text()));
        } catch (LiteralTree.Refused e) {
            throw new MissingResource(yaml.where() + ": " + e.getMessage(), "write layout.yaml out plainly; see README.md, 'Layouts'", e);
        }
    }

    /** The HTML template of the layout; the fonts its styles name are the layout's own. */
    public String template(String name) {
        return template(name, layout(name));
    }

    /** The HTML template of layout {@code name}, whose {@code layout.yaml} is already read as {@code layout}. */
    public String template(String name, Layout layout) {
        Text html = read(name, "page.html");
        Document doc = Jsoup.parse(html.text());
        StringBuilder css = new StringBuilder();
        doc.select("style").forEach(s -> css.append(s.data()).append('\n'));
        for (Element e : doc.select("[style]")) {
            css.append(';').append(e.attr("style")).append('\n');
        }
        CssFamilies.require(css.toString(), families(layout), html.where());
        return html.text();
    }

    /** The stylesheet of the layout; the fonts it names are the layout's own. */
    public String stylesheet(String name) {
        return stylesheet(name, layout(name));
    }

    /** The stylesheet of layout {@code name}, whose {@code layout.yaml} is already read as {@code layout}. */
    public String stylesheet(String name, Layout layout) {
        Text css = read(name, "page.css");
        CssFamilies.require(css.text(), families(layout), css.where());
        return css.text();
    }

    /** The files of the layout read from disk (layout.yaml, page.html, page.css, own or shared); none for a bundled layout. */
    public List<Path> files(String name) {
        List<Path> files = new ArrayList<>();
        if (folder == null || !name.matches(LayoutReader.NAME)) {
            return files;
        }
        for (String file : new String[] {"layout.yaml", "page.html", "page.css"}) {
            Path own = folder.resolve(name).resolve(file);
            Path shared = folder.resolve(SHARED).resolve(file);
            if (Files.isRegularFile(own)) {
                files.add(own);
            } else if (!file.equals("layout.yaml") && Files.isRegularFile(shared)) {
                files.add(shared);
            }
        }
        return files;
    }

    private static Set<String> families(Layout layout) {
        return layout.fonts().values().stream().map(Layout.FontRef::family).collect(Collectors.toSet());
    }

    /** The largest masthead artwork read: a masthead is a few hundred kilobytes even at press resolution. */
    public static final long MAX_ARTWORK_BYTES = 8L * 1024 * 1024;

    /** The bytes of {@code file} in layout {@code name}'s own folder (its masthead artwork), at most {@link #MAX_ARTWORK_BYTES}. */
    public byte[] artwork(String name, String file) {
        String where = folder == null ? "layout '" + name + "' (bundled): " + file : folder.resolve(name).resolve(file).toString();
        try (InputStream in = folder != null ? (Files.isRegularFile(folder.resolve(name).resolve(file))
                ? Files.newInputStream(folder.resolve(name).resolve(file)) : null)
                : LayoutLibrary.class.getResourceAsStream(BUNDLED + name + "/" + file)) {
            if (in == null) {
                throw new MissingResource(where + ": masthead artwork not found", "put the artwork beside layout.yaml, or drop masthead.artwork");
            }
            byte[] bytes = in.readNBytes((int) MAX_ARTWORK_BYTES + 1);
            if (bytes.length > MAX_ARTWORK_BYTES) {
                throw new MissingResource(where + ": larger than " + MAX_ARTWORK_BYTES / (1024 * 1024) + " MB, too large for a masthead",
                        "save the masthead at the size it prints");
            }
            return bytes;
        } catch (IOException e) {
            throw new MissingResource(where + ": cannot read: " + e.getMessage(), null, e);
        }
    }

    /** A file's text and how messages name it: its path on disk, or the layout and file for a bundled one. */
    private record Text(String text, String where) {
    }

    private Text read(String name, String file) {
        if (!name.matches(LayoutReader.NAME)) {
            throw new MissingResource("layout '" + name + "' is not a layout name", null);
        }
        Text own = readOrNull(name, file);
        if (own != null) {
            return own;
        }
        Text shared = file.equals("layout.yaml") ? null : readOrNull(SHARED, file);
        if (shared == null) {
            throw notFound(name, file);
        }
        return shared;
    }

    private Text readOrNull(String name, String file) {
        String where = folder == null ? "layout '" + name + "' (bundled): " + file : folder.resolve(name).resolve(file).toString();
        try {
            if (folder != null) {
                Path p = folder.resolve(name).resolve(file);
                if (!Files.isRegularFile(p)) {
                    return null;
                }
                try (InputStream in = Files.newInputStream(p)) {
                    return new Text(decode(readAtMost(in, where), where), where);
                }
            }
            try (InputStream in = LayoutLibrary.class.getResourceAsStream(BUNDLED + name + "/" + file)) {
                return in == null ? null : new Text(decode(readAtMost(in, where), where), where);
            }
        } catch (IOException e) {
            throw new MissingResource(where + ": cannot read: " + e.getMessage(), null, e);
        }
    }

    /** At most {@link #MAX_FILE_BYTES}: the stream is read no further than one byte past it. */
    private static byte[] readAtMost(InputStream in, String where) throws IOException {
        byte[] bytes = in.readNBytes((int) MAX_FILE_BYTES + 1);
        if (bytes.length > MAX_FILE_BYTES) {
            throw new MissingResource(where + ": larger than " + MAX_FILE_BYTES / (1024 * 1024) + " MB, too large for a layout file",
                    "a layout's files are a few kilobytes; check that this is the right file");
        }
        return bytes;
    }

    private static String decode(byte[] bytes, String where) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new MissingResource(where + ": not UTF-8 text", "save the layout's files as UTF-8");
        }
    }

    private MissingResource notFound(String name, String file) {
        List<String> names = names();
        String near = name.length() > 64 ? null : newsprint.read.Spelling.nearest(name, new java.util.HashSet<>(names));
        return new MissingResource("layout '" + name + "' not found (no " + file + (folder == null ? " among the bundled layouts)"
                : " in " + folder.resolve(name) + ")"), (near == null ? "" : "did you mean '" + near + "'? ")
                + (folder == null ? "the bundled layouts: " : "the layouts there: ") + String.join(", ", names)
                + "; a layout is a folder with layout.yaml, and page.html and page.css unless it uses the ones in shared/");
    }

    /** The layouts the jar carries (the repository's layouts/ folders with a layout.yaml; a test holds them equal). */
    public static final List<String> BUNDLED_NAMES = List.of("broadsheet", "broadsheet-front", "broadsheet-hant", "tabloid", "tabloid-front",
            "tabloid-hant");

    /** The layouts of the folder: its subfolders with a layout.yaml, sorted; the bundled ones without a folder. */
    private List<String> names() {
        if (folder == null) {
            return BUNDLED_NAMES;
        }
        try (java.util.stream.Stream<Path> entries = Files.list(folder)) {
            return entries.filter(p -> Files.isRegularFile(p.resolve("layout.yaml"))).map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }
}
