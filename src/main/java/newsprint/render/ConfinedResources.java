package newsprint.render;

import com.openhtmltopdf.extend.FSStream;
import com.openhtmltopdf.extend.FSStreamFactory;
import com.openhtmltopdf.extend.FSUriResolver;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import newsprint.model.Photo;
import newsprint.prepare.PhotoFile;

/**
 * The only way the renderer reaches outside the page: a URI resolver and stream factory that
 * serve regular files inside the page's own folder and refuse everything else (other folders,
 * network URLs, {@code data:}, {@code jar:} and the like; links that lead out; images too large
 * to decode safely). Each refusal is recorded with its reason, so the caller can report it
 * instead of printing a page with a hole in it. Nothing refused is ever opened.
 */
final class ConfinedResources implements FSUriResolver, FSStreamFactory {
    /** Photos are megabytes; anything much larger is not a newspaper photo. */
    static final long MAX_RESOURCE_BYTES = PhotoFile.MAX_BYTES;
    /** A URL longer than this is shown shortened in messages (a data: URL can be megabytes). */
    private static final int SHOWN_URL_CHARS = 80;

    private final Path folder;
    /** The page's photos and ads, already read: served from memory, so the PDF holds the bytes that were inspected. */
    private final Map<Path, byte[]> served = new HashMap<>();
    /** Refused URL → why, in the order first met; the renderer asks for some URLs several times. */
    private final Map<String, String> refused = new LinkedHashMap<>();

    /** Resources of {@code folder}; {@code served} are files of it already read, by their paths. */
    ConfinedResources(Path folder, Map<Path, byte[]> served) {
        this.folder = folder.toAbsolutePath().normalize();
        served.forEach((path, bytes) -> this.served.put(path.toAbsolutePath().normalize(), bytes));
    }

    /** Each refused URL (shortened) with its reason, e.g. {@code http://… (a network address)}. */
    synchronized List<String> refused() {
        return refused.entrySet().stream().map(e -> shown(e.getKey()) + " (" + e.getValue() + ")").toList();
    }

    /** A URI's scheme (RFC 3986, 3.1): what comes before the first colon when it is a letter then letters, digits, + . - */
    private static final java.util.regex.Pattern SCHEME = java.util.regex.Pattern.compile("([A-Za-z][A-Za-z0-9+.-]*):");

    @Override
    public String resolveURI(String baseUri, String uri) {
        if (uri == null || uri.isBlank()) {
            return null;
        }
        java.util.regex.Matcher m = SCHEME.matcher(uri.strip());
        String scheme = m.lookingAt() ? m.group(1).toLowerCase(Locale.ROOT) : "";
        if (scheme.equals("data")) {
            return refuse(uri, "a data: URL of " + kb(uri.length()) + "; put the file in the page's folder");
        }
        try {
            URI u = URI.create(uri.strip());
            if (u.getScheme() == null) {
                u = folder.toUri().resolve(u);
            }
            if (!"file".equals(u.getScheme())) {
                return refuse(uri, u.getHost() == null ? "not a file" : "a network address");
            }
            Path p = Path.of(u).toAbsolutePath().normalize();
            if (!p.startsWith(folder) || Files.exists(p) && !p.toRealPath().startsWith(folder.toRealPath())) {
                return refuse(uri, "outside the page's folder");
            }
            return p.toUri().toString();
        } catch (IllegalArgumentException | IOException e) {
            return refuse(uri, "not a usable address");
        }
    }

    @Override
    public FSStream getUrl(String url) {
        String resolved = resolveURI(null, url);
        if (resolved == null) {
            return EMPTY;
        }
        Path p = Path.of(URI.create(resolved));
        byte[] bytes = served.get(p);
        return new FSStream() {
            @Override
            public InputStream getStream() {
                if (bytes != null) {
                    return new ByteArrayInputStream(bytes);
                }
                try {
                    if (!Files.isRegularFile(p)) {
                        refuse(url, Files.exists(p) ? "not a regular file" : "no such file");
                        return null;
                    }
                    if (Files.size(p) > MAX_RESOURCE_BYTES) {
                        refuse(url, "larger than " + MAX_RESOURCE_BYTES / (1024 * 1024) + " MB");
                        return null;
                    }
                    String tooLarge = tooManyPixels(p);
                    if (tooLarge != null) {
                        refuse(url, tooLarge);
                        return null;
                    }
                    return Files.newInputStream(p);
                } catch (IOException e) {
                    refuse(url, "unreadable: " + e.getMessage());
                    return null;
                }
            }

            @Override
            public Reader getReader() {
                InputStream in = getStream();
                return in == null ? null : new InputStreamReader(in, StandardCharsets.UTF_8);
            }
        };
    }

    /**
     * The renderer decodes every image it is given in full: an image whose header claims more
     * than {@link Photo#MAX_PIXELS} would exhaust memory (a decompression bomb), so it is refused
     * from its header. Null when the file is not an image or is small enough.
     */
    private static String tooManyPixels(Path p) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(p.toFile())) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) {
                return null;
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
                return pixels > Photo.MAX_PIXELS ? "an image of " + reader.getWidth(0) + "×" + reader.getHeight(0)
                        + " pixels, more than " + Photo.MAX_PIXELS / 1_000_000 + " megapixels" : null;
            } catch (IOException | RuntimeException e) {
                return null; // not an image after all, or a damaged one: the renderer's own reading reports it
            } finally {
                reader.dispose();
            }
        }
    }

    private synchronized String refuse(String uri, String reason) {
        refused.putIfAbsent(uri, reason);
        return null;
    }

    private static String shown(String url) {
        return url.length() <= SHOWN_URL_CHARS ? url : url.substring(0, SHOWN_URL_CHARS) + "…";
    }

    private static String kb(int chars) {
        return chars < 1024 ? chars + " bytes" : chars / 1024 + " KB";
    }

    private static final FSStream EMPTY = new FSStream() {
        @Override
        public InputStream getStream() {
            return new ByteArrayInputStream(new byte[0]);
        }

        @Override
        public Reader getReader() {
            return new InputStreamReader(getStream(), StandardCharsets.UTF_8);
        }
    };
}
