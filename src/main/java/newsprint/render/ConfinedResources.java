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
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The only way the renderer reaches outside the page: a URI resolver and stream factory that
 * serve files inside the page's own folder and refuse everything else (other folders, network
 * URLs, {@code jar:} and the like). Each refusal is recorded, so the caller can report it
 * instead of printing a page with a hole in it.
 */
final class ConfinedResources implements FSUriResolver, FSStreamFactory {
    /** Photos are megabytes; anything much larger is not a newspaper photo. */
    static final long MAX_RESOURCE_BYTES = 64L * 1024 * 1024;

    private final Path folder;
    private final List<String> refused = Collections.synchronizedList(new ArrayList<>());

    ConfinedResources(Path folder) {
        this.folder = folder.toAbsolutePath().normalize();
    }

    List<String> refused() {
        return List.copyOf(refused);
    }

    @Override
    public String resolveURI(String baseUri, String uri) {
        if (uri == null || uri.isBlank()) {
            return null;
        }
        try {
            URI u = URI.create(uri.trim());
            if (u.getScheme() == null) {
                u = folder.toUri().resolve(u);
            }
            if (!"file".equals(u.getScheme())) {
                refused.add(uri);
                return null;
            }
            Path p = Path.of(u).toAbsolutePath().normalize();
            if (!p.startsWith(folder) || Files.exists(p) && !p.toRealPath().startsWith(folder.toRealPath())) {
                refused.add(uri);
                return null;
            }
            return p.toUri().toString();
        } catch (IllegalArgumentException | IOException e) {
            refused.add(uri);
            return null;
        }
    }

    @Override
    public FSStream getUrl(String url) {
        String resolved = resolveURI(null, url);
        if (resolved == null) {
            return EMPTY;
        }
        Path p = Path.of(URI.create(resolved));
        return new FSStream() {
            @Override
            public InputStream getStream() {
                try {
                    if (Files.size(p) > MAX_RESOURCE_BYTES) {
                        refused.add(url + " (larger than " + MAX_RESOURCE_BYTES / (1024 * 1024) + " MB)");
                        return null;
                    }
                    return Files.newInputStream(p);
                } catch (IOException e) {
                    refused.add(url + " (" + e.getMessage() + ")");
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
