package newsprint.desk;

import io.javalin.http.Context;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Locale;

/**
 * {@code /files/PATH}: a file the served pages read (the edition file, a page file, a photo, an
 * ad), by its path from the served folder, and nothing else. Climbing ({@code ..}, encoded or
 * not), absolute paths, backslashes, a link that leads out of the folder, a folder (no listing)
 * and any file the pages do not use are refused with a 4xx, and logged.
 */
final class EditionFilesRoute {
    private static final String PREFIX = "/files/";

    private final Desk desk;

    EditionFilesRoute(Desk desk) {
        this.desk = desk;
    }

    void serve(Context ctx) throws IOException {
        String raw = ctx.req().getRequestURI(); // as sent: before any decoding or normalizing
        if (!raw.startsWith(PREFIX)) {
            throw DeskServer.refuse(ctx, 400, "not a file address");
        }
        String encoded = raw.substring(PREFIX.length());
        String lower = encoded.toLowerCase(Locale.ROOT);
        if (lower.contains("%2f") || lower.contains("%5c") || lower.contains("%00") || encoded.contains("\\")) {
            throw DeskServer.refuse(ctx, 400, "an encoded separator in a file address");
        }
        String rel = URLDecoder.decode(encoded.replace("+", "%2B"), StandardCharsets.UTF_8);
        if (rel.isEmpty() || rel.startsWith("/") || rel.endsWith("/")) {
            throw DeskServer.refuse(ctx, rel.endsWith("/") && !rel.startsWith("/") ? 403 : 400, rel.isEmpty() || rel.endsWith("/")
                    ? "folders are not listed" : "an absolute path");
        }
        for (String segment : rel.split("/", -1)) {
            if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
                throw DeskServer.refuse(ctx, 400, "a path that climbs (" + (segment.isEmpty() ? "//" : segment) + ")");
            }
        }
        Path root = desk.source().root();
        Path file = root.resolve(rel).normalize();
        if (!file.startsWith(root)) {
            throw DeskServer.refuse(ctx, 400, "a path out of the served folder");
        }
        if (Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS)) {
            throw DeskServer.refuse(ctx, 403, "folders are not listed");
        }
        if (!desk.snapshot().inputs().contains(file)) {
            throw DeskServer.refuse(ctx, 404, "not a file the pages use");
        }
        Path real;
        try {
            real = file.toRealPath();
        } catch (IOException e) {
            throw DeskServer.refuse(ctx, 404, "no such file");
        }
        if (!real.startsWith(root.toRealPath()) || !Files.isRegularFile(real)) {
            throw DeskServer.refuse(ctx, 403, "a link out of the served folder");
        }
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        String type = name.endsWith(".jpg") || name.endsWith(".jpeg") ? "image/jpeg" : name.endsWith(".png") ? "image/png"
                : name.endsWith(".pdf") ? "application/pdf" : name.endsWith(".json") ? "application/json"
                : "text/plain; charset=utf-8";
        ctx.contentType(type).header("Cache-Control", "no-cache").result(Files.readAllBytes(real));
    }
}
