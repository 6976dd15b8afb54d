package newsprint.type;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import newsprint.NewsprintException.MissingResource;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * Parses each font file once and hands out {@link Face}s. Parsing a 15 MB CJK face is the main
 * fixed cost of a render, so one library lives as long as the process (or the caller's session)
 * and is shared by every page it renders.
 */
public final class FontLibrary {
    /** Where the bundled fonts live on the class path (the repository's {@code fonts/} folder). */
    public static final String BUNDLED = "/fonts/";

    /** A system property naming a folder that holds the bundled fonts uncompressed (the launcher sets it). */
    public static final String FONTS_PROPERTY = "newsprint.fonts";

    private final Map<String, TrueTypeFont> parsed = new HashMap<>();
    private final Path bundledFolder;

    /** A library reading the bundled fonts from the jar. */
    public FontLibrary() {
        this(null);
    }

    /**
     * A library reading the bundled fonts from {@code bundledFolder} when it holds them: the same
     * files as in the jar, but read without inflating 50 MB (about a quarter second of a cold start).
     */
    public FontLibrary(Path bundledFolder) {
        this.bundledFolder = bundledFolder;
    }

    /** A library using the folder named by {@value #FONTS_PROPERTY}, if set. */
    public static FontLibrary fromSystemProperty() {
        String folder = System.getProperty(FONTS_PROPERTY);
        return new FontLibrary(folder == null || folder.isBlank() ? null : Path.of(folder));
    }

    /**
     * The face in {@code file}: looked up first in {@code layoutFolder} (a paper's own licensed
     * fonts), then among the bundled fonts.
     */
    public synchronized Face face(String name, String file, Path layoutFolder, String cssFamily, int cssWeight) {
        if (!file.matches("[A-Za-z0-9_.-]+\\.(ttf|TTF)")) {
            throw new MissingResource("layout font '" + name + "': '" + file + "' is not a TrueType file name",
                    "fonts are .ttf files in the layout's folder or in fonts/ (CFF/OTF, TTC and WOFF cannot be embedded)");
        }
        Path local = layoutFolder == null ? null : layoutFolder.resolve(file);
        String key = local != null && Files.isRegularFile(local) ? local.toAbsolutePath().normalize().toString() : BUNDLED + file;
        TrueTypeFont font = parsed.get(key);
        if (font == null) {
            font = parse(key, file);
            parsed.put(key, font);
        }
        return new Face(name, cssFamily, cssWeight, font);
    }

    /**
     * The file on disk that {@link #face} reads for {@code file}: in {@code layoutFolder}, or in the
     * bundled fonts' folder; null when the font comes from the jar (or the name is refused).
     */
    public Path fileOnDisk(String file, Path layoutFolder) {
        if (!file.matches("[A-Za-z0-9_.-]+\\.(ttf|TTF)")) {
            return null;
        }
        Path local = layoutFolder == null ? null : layoutFolder.resolve(file);
        if (local != null && Files.isRegularFile(local)) {
            return local;
        }
        return bundledFolder != null && Files.isRegularFile(bundledFolder.resolve(file)) ? bundledFolder.resolve(file) : null;
    }

    private TrueTypeFont parse(String key, String file) {
        try (InputStream in = open(key, file)) {
            if (in == null) {
                throw new MissingResource("font '" + file + "' not found in the layout's folder or in fonts/",
                        "put the .ttf file in fonts/ or next to the layout's layout.yaml");
            }
            TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(in));
            if (ttf.getGlyph() == null) {
                throw new MissingResource("font '" + file + "' has no TrueType outlines (glyf table)",
                        "use a static TrueType (.ttf) face; CFF-based OpenType fonts cannot be embedded by PDFBox");
            }
            return ttf;
        } catch (IOException e) {
            throw new MissingResource("font '" + file + "' cannot be read: " + e.getMessage(), null, e);
        }
    }

    private InputStream open(String key, String file) throws IOException {
        if (!key.startsWith(BUNDLED)) {
            return Files.newInputStream(Path.of(key));
        }
        if (bundledFolder != null && Files.isRegularFile(bundledFolder.resolve(file))) {
            return Files.newInputStream(bundledFolder.resolve(file));
        }
        return FontLibrary.class.getResourceAsStream(key);
    }
}
