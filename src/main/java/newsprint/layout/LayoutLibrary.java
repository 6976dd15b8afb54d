package newsprint.layout;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import newsprint.NewsprintException.MissingResource;

/**
 * Finds layouts: in a folder on disk when one is given (a designer's working copy), otherwise
 * among the layouts bundled in the jar (the repository's {@code layouts/} folder).
 */
public final class LayoutLibrary {
    public static final String BUNDLED = "/layouts/";

    private final Path folder;
    private final ObjectMapper yaml = new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES);

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
        String text = read(name, "layout.yaml");
        try {
            JsonNode tree = yaml.readTree(text);
            if (tree instanceof ObjectNode o && !o.has("fallback")) {
                o.putArray("fallback"); // optional; the strict mapper would call it missing
            }
            Layout layout = yaml.treeToValue(tree, Layout.class);
            for (Role role : Role.values()) {
                String style = role.key();
                Layout.Style s = layout.styles().get(style);
                if (s == null) {
                    throw new MissingResource("layout '" + name + "': layout.yaml defines no style '" + style + "'", null);
                }
                if (!layout.fonts().containsKey(s.font())) {
                    throw new MissingResource("layout '" + name + "': style '" + style + "' names the unknown font '" + s.font() + "'", null);
                }
            }
            for (String font : layout.fallback()) {
                if (!layout.fonts().containsKey(font)) {
                    throw new MissingResource("layout '" + name + "': fallback names the unknown font '" + font + "'",
                            "fallback lists names of the layout's fonts: " + String.join(", ", new java.util.TreeSet<>(layout.fonts().keySet())));
                }
            }
            return layout;
        } catch (IOException e) {
            throw new MissingResource("layout '" + name + "': layout.yaml is invalid: " + firstLine(e.getMessage()), null, e);
        }
    }

    /** The HTML template of the layout. */
    public String template(String name) {
        return read(name, "page.html");
    }

    /** The stylesheet of the layout. */
    public String stylesheet(String name) {
        return read(name, "page.css");
    }

    /** The folder whose page.html and page.css serve every layout that has none of its own. */
    public static final String SHARED = "shared";

    private String read(String name, String file) {
        if (!name.matches("[A-Za-z0-9_-]{1,64}")) {
            throw new MissingResource("layout '" + name + "' is not a layout name", null);
        }
        String own = readOrNull(name, file);
        if (own != null) {
            return own;
        }
        String shared = file.equals("layout.yaml") ? null : readOrNull(SHARED, file);
        if (shared == null) {
            throw notFound(name, file);
        }
        return shared;
    }

    private String readOrNull(String name, String file) {
        try {
            if (folder != null) {
                Path p = folder.resolve(name).resolve(file);
                return Files.isRegularFile(p) ? Files.readString(p, StandardCharsets.UTF_8) : null;
            }
            try (InputStream in = LayoutLibrary.class.getResourceAsStream(BUNDLED + name + "/" + file)) {
                return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new MissingResource("layout '" + name + "': cannot read " + file + ": " + e.getMessage(), null, e);
        }
    }

    private static MissingResource notFound(String name, String file) {
        return new MissingResource("layout '" + name + "' not found (no " + file + ")",
                "the layouts are tabloid and broadsheet; a layout is a folder under layouts/ with layout.yaml, and page.html and page.css unless it uses the ones in layouts/shared/");
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
