package newsprint.type;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import newsprint.NewsprintException;
import newsprint.NewsprintException.MissingResource;
import org.apache.fontbox.ttf.MappedFontFile;
import org.apache.fontbox.ttf.TrueTypeFont;

/**
 * Parses each font file once and hands out {@link Face}s. Parsing a 15 MB CJK face is the main
 * fixed cost of a process, so one library lives as long as the process and is shared by every
 * page and thread; {@link #prefetch} starts parsing in the background while the page is read.
 * Faces are made with the fonts' ligatures turned off: newsprint sets every glyph itself (see
 * {@link Face#dashJoinEm()}), and PDFBox would otherwise rework each run of text through them.
 */
public final class FontLibrary {
    /** Where the bundled fonts live on the class path (the repository's {@code fonts/} folder). */
    public static final String BUNDLED = "/fonts/";

    /** A system property naming a folder that holds the bundled fonts uncompressed (the launcher sets it). */
    public static final String FONTS_PROPERTY = "newsprint.fonts";

    /**
     * The fonts every bundled layout's styles use, parsed ahead by {@link #prefetchBundled()}. The
     * rare-character face (HanaMinB, 30 MB) is not among them: only a page that needs it parses it.
     */
    private static final List<String> BUNDLED_FILES = List.of(
            "NotoSerifSC-Regular.ttf", "NotoSerifSC-Bold.ttf", "NotoSansSC-Regular.ttf", "NotoSansSC-Bold.ttf");

    private final ConcurrentHashMap<String, CompletableFuture<Face.Font>> fonts = new ConcurrentHashMap<>();
    private final Path bundledFolder;
    private final ExecutorService parsers = Executors.newFixedThreadPool(
            Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors())), r -> {
                Thread t = new Thread(r, "newsprint-font-parser");
                t.setDaemon(true);
                return t;
            });

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

    /** The process's libraries, one per folder of bundled fonts: parsed fonts never change, so all share them. */
    private static final ConcurrentHashMap<String, FontLibrary> SHARED = new ConcurrentHashMap<>();

    /**
     * The process's library for the folder named by {@value #FONTS_PROPERTY} (or the jar, when it
     * is not set): one per process, so a font is parsed once however many engines use it.
     */
    public static FontLibrary fromSystemProperty() {
        String folder = System.getProperty(FONTS_PROPERTY);
        String key = folder == null || folder.isBlank() ? "" : Path.of(folder).toAbsolutePath().normalize().toString();
        return SHARED.computeIfAbsent(key, k -> new FontLibrary(k.isEmpty() ? null : Path.of(k)));
    }

    /** Starts parsing the bundled fonts in the background; {@link #face} then waits only for what is not done. */
    public FontLibrary prefetchBundled() {
        for (String file : BUNDLED_FILES) {
            future(BUNDLED + file, file);
        }
        return this;
    }

    /**
     * The face in {@code file}: looked up first in {@code layoutFolder} (a paper's own licensed
     * fonts), then among the bundled fonts.
     */
    public Face face(String name, String file, Path layoutFolder, String cssFamily, int cssWeight) {
        if (!file.matches("[A-Za-z0-9_.-]+\\.(ttf|TTF)")) {
            throw new MissingResource("layout font '" + name + "': '" + file + "' is not a TrueType file name",
                    "fonts are .ttf files in the layout's folder or in fonts/ (CFF/OTF, TTC and WOFF cannot be embedded)");
        }
        Path local = layoutFolder == null ? null : layoutFolder.resolve(file);
        String key = local != null && Files.isRegularFile(local) ? local.toAbsolutePath().normalize().toString() : BUNDLED + file;
        if (key.startsWith(BUNDLED) && fileOnDisk(file, null) == null && FontLibrary.class.getResource(key) == null) {
            throw notFound(file);
        }
        if (fonts.containsKey(key)) {
            Face.Font font = join(key, file); // being parsed ahead (or parsed): wait for it here, where errors are expected
            return new Face(name, cssFamily, cssWeight, () -> font);
        }
        // parsed when first used: a face only a fallback chain reaches may never be
        return new Face(name, cssFamily, cssWeight, () -> join(key, file));
    }

    private Face.Font join(String key, String file) {
        try {
            return future(key, file).join();
        } catch (CompletionException e) {
            // what went wrong on the parsing thread, as if it had gone wrong here (out of memory included)
            if (e.getCause() instanceof NewsprintException ne) {
                throw ne;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }

    private static MissingResource notFound(String file) {
        return new MissingResource("font '" + file + "' not found in the layout's folder or in fonts/",
                "put the .ttf file in fonts/ or next to the layout's layout.yaml");
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
        if (bundledFolder != null && Files.isRegularFile(bundledFolder.resolve(file))) {
            return bundledFolder.resolve(file);
        }
        return classPathFile(BUNDLED + file);
    }

    private CompletableFuture<Face.Font> future(String key, String file) {
        return fonts.computeIfAbsent(key, k -> CompletableFuture.supplyAsync(() -> parse(k, file), parsers));
    }

    private Face.Font parse(String key, String file) {
        try {
            TrueTypeFont ttf = read(key, file);
            if (ttf.getGlyph() == null) {
                throw new MissingResource("font '" + file + "' has no TrueType outlines (glyf table)",
                        "use a static TrueType (.ttf) face; CFF-based OpenType fonts cannot be embedded by PDFBox");
            }
            String refused = licence(ttf);
            if (refused != null) {
                throw new MissingResource("font '" + file + "' " + refused,
                        "use a font whose licence allows embedding a subset in a PDF (OS/2 fsType 0, installable, or 0x0008, editable)");
            }
            ttf.setEnableGsub(false);
            return new Face.Font(file, ttf);
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IndexOutOfBoundsException e) {
            throw new MissingResource("font '" + file + "' cannot be read: " + e.getMessage(),
                    "the file is damaged or not a TrueType font; replace it", e);
        }
    }

    /**
     * Why the font's licence forbids what every PDF of newsprint does with it (embed a subset of
     * its glyphs), by its OS/2 {@code fsType} flags as PDF writers read them, or null when it
     * allows it: a restricted-licence font, a bitmap-only one, or one that may not be subset.
     */
    static String licence(TrueTypeFont ttf) throws IOException {
        var os2 = ttf.getOS2Windows();
        if (os2 == null) {
            return null;
        }
        int fsType = os2.getFsType();
        if ((fsType & 0x000F) == org.apache.fontbox.ttf.OS2WindowsMetricsTable.FSTYPE_RESTRICTED) {
            return String.format(java.util.Locale.ROOT, "has a restricted licence (OS/2 fsType 0x%04X): it may not be embedded in a PDF", fsType);
        }
        if ((fsType & org.apache.fontbox.ttf.OS2WindowsMetricsTable.FSTYPE_BITMAP_ONLY) != 0) {
            return String.format(java.util.Locale.ROOT, "may be embedded as bitmaps only (OS/2 fsType 0x%04X), not as outlines", fsType);
        }
        if ((fsType & org.apache.fontbox.ttf.OS2WindowsMetricsTable.FSTYPE_NO_SUBSETTING) != 0) {
            return String.format(java.util.Locale.ROOT, "may not be subset (OS/2 fsType 0x%04X): a page would embed the whole font", fsType);
        }
        return null;
    }

    /**
     * The font parsed: a file on disk mapped into memory ({@link MappedFontFile}: FontBox would
     * copy the whole file onto the heap and keep it there), one in the jar inflated into memory;
     * either read as it is asked for, its outlines and character maps not copied again.
     */
    private TrueTypeFont read(String key, String file) throws IOException {
        Path onDisk = !key.startsWith(BUNDLED) ? Path.of(key)
                : bundledFolder != null && Files.isRegularFile(bundledFolder.resolve(file)) ? bundledFolder.resolve(file)
                : classPathFile(key);
        if (onDisk != null) {
            return MappedFontFile.parse(onDisk);
        }
        try (InputStream in = FontLibrary.class.getResourceAsStream(key)) {
            if (in == null) {
                throw notFound(file);
            }
            return MappedFontFile.parse(java.nio.ByteBuffer.wrap(in.readAllBytes()));
        }
    }

    /**
     * The bundled font {@code key} as a file, when the class path is a folder ({@code java -cp
     * target/classes}, the tests): read from disk as needed, like the launcher's fonts, instead of
     * inflated whole into the heap; null when it is in a jar.
     */
    private static Path classPathFile(String key) {
        java.net.URL url = FontLibrary.class.getResource(key);
        if (url == null || !"file".equals(url.getProtocol())) {
            return null;
        }
        try {
            Path path = Path.of(url.toURI());
            return Files.isRegularFile(path) ? path : null;
        } catch (java.net.URISyntaxException | IllegalArgumentException e) {
            return null;
        }
    }
}
