package newsprint.read;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import newsprint.NewsprintException.BadInput;
import newsprint.NewsprintException.MissingResource;
import newsprint.model.Article;
import newsprint.model.BodyBlock;
import newsprint.model.Edition;
import newsprint.model.Limits;
import newsprint.model.PageFile;
import newsprint.model.PageInfo;
import newsprint.model.Photo;
import newsprint.model.Place;

/**
 * Reads a page file. YAML and JSON share one structure (JSON is read by the same YAML parser,
 * since JSON is YAML), and every value is read as the text written ({@link LiteralTree}): text
 * fields keep their characters exactly, and numbers and dates are parsed strictly from their
 * text by the field that wants them. Anything the reader does not know is an error naming the
 * file, the article and the field, so a typo never vanishes silently; {@link Limits} bounds
 * what one page may hold.
 */
public final class PageReader {
    /** The largest page file read: {@link Limits#PAGE_FILE_BYTES}. */
    public static final long MAX_PAGE_FILE_BYTES = Limits.PAGE_FILE_BYTES;

    /**
     * Reads and validates the page file at {@code file}. The file is read as a stream and no
     * further than the size limit, so a pipe ({@code /dev/stdin}, {@code <(…)}) works and a
     * device that never ends ({@code /dev/zero}) is refused at once.
     */
    public PageFile read(Path file) {
        return read(file, null);
    }

    /** Reads a page file of an edition: what it leaves out comes from {@code inherited} (see {@link Fields#page}). */
    PageFile read(Path file, Fields.Inherited inherited) {
        String name = file.toString();
        if (Files.isDirectory(file)) {
            throw new BadInput(name + ": is a folder, not a page file", "give the path of a .yaml or .json page file");
        }
        byte[] bytes = readAtMost(file, name, MAX_PAGE_FILE_BYTES);
        String text = decodeUtf8(name, bytes);
        JsonNode root;
        try {
            root = LiteralTree.read(name, text);
        } catch (LiteralTree.Refused e) {
            throw new BadInput(name + ": " + e.getMessage(), e.getMessage().startsWith("not valid")
                    ? "fix the syntax at the place named" : "write the page file out plainly; see README.md, 'The page file'", e);
        }
        if (root == null || root.isNull()) {
            throw new BadInput(name + ": the page file is empty", "see README.md, 'The page file'");
        }
        return new Fields(name, file).page(root, bytes, inherited);
    }

    /** The bytes of {@code file}, read through a stream and refused past {@code limit}. */
    static byte[] readAtMost(Path file, String name, long limit) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes((int) limit + 1);
            if (bytes.length > limit) {
                throw new BadInput(name + ": page file is larger than " + limit / (1024 * 1024) + " MB",
                        "a page holds a few hundred KB of text; check that this is the right file");
            }
            return bytes;
        } catch (NoSuchFileException e) {
            throw new MissingResource(name + ": no such page file", "check the path");
        } catch (AccessDeniedException e) {
            throw new MissingResource(name + ": cannot read page file: permission denied", "check the file's permissions");
        } catch (IOException e) {
            throw new MissingResource(name + ": cannot read page file: " + e.getMessage(), null, e);
        }
    }

    static String decodeUtf8(String name, byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new BadInput(name + ": not UTF-8 text" + notUtf8(bytes), "save the file as UTF-8 (GBK/GB18030 and UTF-16 files must be converted)");
        }
    }

    /**
     * What the bytes are instead of UTF-8, for the message: UTF-16 (by its byte-order mark, or
     * by the zero bytes half its ASCII characters carry), or where the first byte that is not
     * UTF-8 stands ({@code : byte 0xB9 at line 3, column 12}), which is where a GBK file's first
     * Chinese character is.
     */
    static String notUtf8(byte[] bytes) {
        if (bytes.length >= 2 && ((bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF || (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE)) {
            return ": UTF-16 (it starts with a UTF-16 byte-order mark)";
        }
        int zeros = 0;
        int head = Math.min(bytes.length, 64);
        for (int i = 0; i < head; i++) {
            zeros += bytes[i] == 0 ? 1 : 0;
        }
        if (head >= 8 && zeros * 4 >= head) {
            return ": it looks like UTF-16 (every other byte of its first characters is zero)";
        }
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        java.nio.ByteBuffer in = java.nio.ByteBuffer.wrap(bytes);
        java.nio.CharBuffer out = java.nio.CharBuffer.allocate(bytes.length + 1);
        var result = decoder.decode(in, out, true);
        if (!result.isError()) {
            return "";
        }
        int at = in.position();
        int line = 1;
        int column = 1;
        for (int i = 0; i < out.position(); i++) {
            if (out.get(i) == '\n') {
                line++;
                column = 1;
            } else if (!Character.isLowSurrogate(out.get(i))) {
                column++;
            }
        }
        return String.format(java.util.Locale.ROOT, ": byte 0x%02X at line %d, column %d is not UTF-8", bytes[at] & 0xFF, line, column);
    }
}
