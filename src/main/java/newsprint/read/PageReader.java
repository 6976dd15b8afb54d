package newsprint.read;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import newsprint.NewsprintException.BadInput;
import newsprint.NewsprintException.MissingResource;
import newsprint.model.Article;
import newsprint.model.BodyBlock;
import newsprint.model.Edition;
import newsprint.model.PageFile;
import newsprint.model.PageInfo;
import newsprint.model.Photo;
import newsprint.model.Place;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * Reads a page file. YAML and JSON share one structure (JSON is read by the same YAML parser,
 * since JSON is YAML). Anything the reader does not know is an error naming the file, the
 * article and the field, so a typo never vanishes silently.
 */
public final class PageReader {
    /** A page of a daily paper is a few hundred kilobytes of text; this bounds memory on bad input. */
    public static final long MAX_PAGE_FILE_BYTES = 8L * 1024 * 1024;

    private final ObjectMapper mapper;

    public PageReader() {
        LoaderOptions loader = new LoaderOptions();
        loader.setCodePointLimit((int) MAX_PAGE_FILE_BYTES);
        loader.setAllowDuplicateKeys(false);
        loader.setMaxAliasesForCollections(20);
        YAMLFactory yaml = YAMLFactory.builder()
                .loaderOptions(loader)
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxStringLength((int) MAX_PAGE_FILE_BYTES)
                        .maxNestingDepth(50)
                        .build())
                .build();
        yaml.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        this.mapper = new ObjectMapper(yaml);
    }

    /** Reads and validates the page file at {@code file}. */
    public PageFile read(Path file) {
        String name = file.toString();
        if (Files.isDirectory(file)) {
            throw new BadInput(name + ": is a folder, not a page file", "give the path of a .yaml or .json page file");
        }
        byte[] bytes;
        try {
            if (Files.size(file) > MAX_PAGE_FILE_BYTES) {
                throw new BadInput(name + ": page file is larger than " + MAX_PAGE_FILE_BYTES / (1024 * 1024) + " MB",
                        "a page holds a few hundred KB of text; check that this is the right file");
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new MissingResource(name + ": no such page file", "check the path");
        } catch (IOException e) {
            throw new MissingResource(name + ": cannot read page file: " + e.getMessage(), null, e);
        }
        String text = decodeUtf8(name, bytes);
        JsonNode root;
        try {
            root = mapper.readTree(text);
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? ""
                    : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
            throw new BadInput(name + ": not valid YAML or JSON" + where + ": " + firstLine(e.getOriginalMessage()),
                    "fix the syntax at the place named", e);
        }
        if (root == null || root.isMissingNode() || root.isNull()) {
            throw new BadInput(name + ": the page file is empty", "see README.md, 'The page file'");
        }
        return new Fields(name, file).page(root);
    }

    private static String decodeUtf8(String name, byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new BadInput(name + ": not UTF-8 text", "save the page file as UTF-8 (GBK/GB18030 files must be converted)");
        }
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "syntax error";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    /** The checks of one file, carrying its name for messages. */
    private static final class Fields {
        private static final Set<String> TOP = Set.of("edition", "page", "articles");
        private static final Set<String> EDITION = Set.of("paper", "date", "issue");
        private static final Set<String> PAGE = Set.of("number", "section", "layout", "editor");
        private static final Set<String> ARTICLE = Set.of("id", "kicker", "headline", "subheadline", "byline",
                "body", "photos", "source", "priority", "span", "place");
        private static final Set<String> PHOTO = Set.of("file", "caption", "credit", "span", "focus");
        private static final Set<String> PLACE = Set.of("column", "row");
        private static final Set<String> FOCUS = Set.of("x", "y");
        private static final Set<String> SUBHEAD = Set.of("subhead");

        private final String name;
        private final Path file;
        private final Path folder;

        Fields(String name, Path file) {
            this.name = name;
            this.file = file;
            Path parent = file.toAbsolutePath().normalize().getParent();
            this.folder = parent == null ? Path.of("/") : parent;
        }

        PageFile page(JsonNode root) {
            object(root, "", "the page file");
            known(root, TOP, "");
            JsonNode e = required(root, "edition", "");
            object(e, "", "edition");
            known(e, EDITION, "edition.");
            Edition edition = new Edition(
                    string(required(e, "paper", "edition."), "", "edition.paper"),
                    date(required(e, "date", "edition."), "edition.date"),
                    optionalInt(e.get("issue"), "", "edition.issue", 1, 1_000_000));
            JsonNode p = required(root, "page", "");
            object(p, "", "page");
            known(p, PAGE, "page.");
            PageInfo page = new PageInfo(
                    integer(required(p, "number", "page."), "", "page.number", 1, 999),
                    string(required(p, "section", "page."), "", "page.section"),
                    layoutName(p.get("layout")),
                    optionalString(p.get("editor"), "", "page.editor"));
            JsonNode list = required(root, "articles", "");
            if (!list.isArray() || list.isEmpty()) {
                throw bad("", "articles", "must be a list of at least one article");
            }
            List<Article> articles = new ArrayList<>();
            Set<String> ids = new HashSet<>();
            for (int i = 0; i < list.size(); i++) {
                Article a = article(list.get(i), i);
                if (!ids.add(a.id())) {
                    throw bad("article '" + a.id() + "' (#" + (i + 1) + ")", "id", "is used by an earlier article too");
                }
                articles.add(a);
            }
            return new PageFile(file, edition, page, articles);
        }

        private String layoutName(JsonNode n) {
            String layout = optionalString(n, "", "page.layout");
            if (layout == null) {
                return "tabloid";
            }
            if (!layout.matches("[A-Za-z0-9_-]{1,64}")) {
                throw bad("", "page.layout", "must be the name of a layout (letters, digits, - and _), not a path");
            }
            return layout;
        }

        private Article article(JsonNode a, int index) {
            String where = "article #" + (index + 1);
            object(a, where, "the article");
            JsonNode idNode = a.get("id");
            String id = idNode == null ? "article" + (index + 1) : string(idNode, where, "id");
            if (!id.matches("[A-Za-z0-9_-]{1,64}")) {
                throw bad(where, "id", "must be 1 to 64 letters, digits, - or _ (it names the article in reports)");
            }
            where = "article '" + id + "' (#" + (index + 1) + ")";
            known(a, ARTICLE, where + ": ");
            String headline = string(required(a, "headline", where + ": "), where, "headline");
            List<BodyBlock> body = body(a.get("body"), where);
            List<Photo> photos = new ArrayList<>();
            JsonNode ph = a.get("photos");
            if (ph != null && !ph.isNull()) {
                if (!ph.isArray()) {
                    throw bad(where, "photos", "must be a list of photos");
                }
                for (int i = 0; i < ph.size(); i++) {
                    photos.add(photo(ph.get(i), where, "photos[" + (i + 1) + "]"));
                }
            }
            int priority = a.has("priority") ? integer(a.get("priority"), where, "priority", 1, 99) : 9;
            return new Article(id,
                    optionalString(a.get("kicker"), where, "kicker"),
                    headline,
                    optionalString(a.get("subheadline"), where, "subheadline"),
                    optionalString(a.get("byline"), where, "byline"),
                    body, photos,
                    optionalString(a.get("source"), where, "source"),
                    priority,
                    optionalInt(a.get("span"), where, "span", 1, 24),
                    place(a.get("place"), where));
        }

        private Place place(JsonNode n, String where) {
            if (n == null || n.isNull()) {
                return null;
            }
            object(n, where, "place");
            known(n, PLACE, where + ": place.");
            return new Place(integer(required(n, "column", where + ": place."), where, "place.column", 1, 24),
                    integer(required(n, "row", where + ": place."), where, "place.row", 1, 999));
        }

        private Photo.Focus focus(JsonNode n, String where, String field) {
            if (n == null || n.isNull()) {
                return null;
            }
            object(n, where, field);
            known(n, FOCUS, where + ": " + field + ".");
            return new Photo.Focus(fraction(required(n, "x", where + ": " + field + "."), where, field + ".x"),
                    fraction(required(n, "y", where + ": " + field + "."), where, field + ".y"));
        }

        private double fraction(JsonNode n, String where, String field) {
            if (!n.isNumber() || n.doubleValue() < 0 || n.doubleValue() > 1) {
                throw bad(where, field, "must be a number from 0 to 1, not " + describe(n));
            }
            return n.doubleValue();
        }

        private List<BodyBlock> body(JsonNode n, String where) {
            if (n == null || n.isNull()) {
                throw bad(where, "body", "is missing: an article needs at least one paragraph");
            }
            if (!n.isArray() || n.isEmpty()) {
                throw bad(where, "body", "must be a list of at least one paragraph");
            }
            List<BodyBlock> blocks = new ArrayList<>();
            for (int i = 0; i < n.size(); i++) {
                JsonNode b = n.get(i);
                String field = "body[" + (i + 1) + "]";
                if (b.isObject()) {
                    known(b, SUBHEAD, where + ": " + field + ".");
                    blocks.add(new BodyBlock.Subhead(string(required(b, "subhead", where + ": " + field + "."), where, field + ".subhead")));
                } else {
                    blocks.add(new BodyBlock.Paragraph(string(b, where, field)));
                }
            }
            return blocks;
        }

        private Photo photo(JsonNode n, String where, String field) {
            object(n, where, field);
            known(n, PHOTO, where + ": " + field + ".");
            String path = string(required(n, "file", where + ": " + field + "."), where, field + ".file");
            return new Photo(photoPath(path, where, field + ".file"),
                    optionalString(n.get("caption"), where, field + ".caption"),
                    optionalString(n.get("credit"), where, field + ".credit"),
                    optionalInt(n.get("span"), where, field + ".span", 1, 24),
                    focus(n.get("focus"), where, field + ".focus"));
        }

        /** A photo path must be relative and stay inside the page's folder: no URLs, no climbing out. */
        private Path photoPath(String path, String where, String field) {
            if (path.matches("^[A-Za-z][A-Za-z0-9+.-]*:.*")) {
                throw bad(where, field, "'" + path + "' is a URL; photos must be files in the page's folder");
            }
            Path rel = Path.of(path);
            if (rel.isAbsolute() || path.startsWith("/") || path.startsWith("\\")) {
                throw bad(where, field, "'" + path + "' is an absolute path; give it relative to the page file");
            }
            Path resolved = folder.resolve(rel).normalize();
            if (!resolved.startsWith(folder)) {
                throw bad(where, field, "'" + path + "' leads outside the page's folder");
            }
            if (!Files.isRegularFile(resolved)) {
                throw new MissingResource(name + ": " + where + ": " + field + ": photo '" + path + "' not found",
                        "put the photo next to the page file, or correct the path");
            }
            try {
                if (!resolved.toRealPath().startsWith(folder.toRealPath())) {
                    throw bad(where, field, "'" + path + "' is a link to a file outside the page's folder");
                }
            } catch (IOException e) {
                throw new MissingResource(name + ": " + where + ": " + field + ": cannot read '" + path + "'", null, e);
            }
            return resolved;
        }

        private void known(JsonNode n, Set<String> allowed, String prefix) {
            var it = n.fieldNames();
            while (it.hasNext()) {
                String f = it.next();
                if (!allowed.contains(f)) {
                    String near = Spelling.nearest(f, allowed);
                    throw new BadInput(name + ": " + location(prefix) + "unknown field '" + f + "'",
                            (near == null ? "" : "did you mean '" + near + "'? ") + "known fields: " + String.join(", ", new java.util.TreeSet<>(allowed)));
                }
            }
        }

        /** {@code article 'lead' (#1): photos[1].} as {@code article 'lead' (#1): photos[1]: }, the way other messages name a place. */
        private static String location(String prefix) {
            String at = prefix.strip();
            while (at.endsWith(".") || at.endsWith(":")) {
                at = at.substring(0, at.length() - 1);
            }
            return at.isEmpty() ? "" : at + ": ";
        }

        private JsonNode required(JsonNode n, String field, String prefix) {
            JsonNode v = n.get(field);
            if (v == null || v.isNull()) {
                throw new BadInput(name + ": " + location(prefix) + "missing field '" + field + "'",
                        "see README.md, 'The page file'");
            }
            return v;
        }

        private void object(JsonNode n, String where, String what) {
            if (!n.isObject()) {
                throw new BadInput(name + ": " + (where.isEmpty() ? "" : where + ": ") + what + " must be a mapping of fields, not "
                        + kind(n), "see README.md, 'The page file'");
            }
        }

        private String string(JsonNode n, String where, String field) {
            if (!n.isValueNode() || n.isBoolean()) {
                throw bad(where, field, "must be text, not " + kind(n));
            }
            String s = n.asText().strip();
            if (s.isEmpty()) {
                throw bad(where, field, "is empty");
            }
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c < 0x20 && c != '\n' && c != '\t' || c == 0x7f) {
                    throw bad(where, field, "contains the control character U+" + String.format("%04X", (int) c));
                }
            }
            return s;
        }

        private String optionalString(JsonNode n, String where, String field) {
            return n == null || n.isNull() ? null : string(n, where, field);
        }

        private int integer(JsonNode n, String where, String field, int min, int max) {
            if (!n.isIntegralNumber() || !n.canConvertToInt() || n.intValue() < min || n.intValue() > max) {
                throw bad(where, field, "must be a whole number from " + min + " to " + max + ", not " + describe(n));
            }
            return n.intValue();
        }

        private Integer optionalInt(JsonNode n, String where, String field, int min, int max) {
            return n == null || n.isNull() ? null : integer(n, where, field, min, max);
        }

        private LocalDate date(JsonNode n, String field) {
            try {
                return LocalDate.parse(n.asText());
            } catch (DateTimeParseException e) {
                throw bad("", field, "must be a date like 2024-07-25, not " + describe(n));
            }
        }

        private BadInput bad(String where, String field, String problem) {
            return new BadInput(name + ": " + (where.isEmpty() ? "" : where + ": ") + field + " " + problem, null);
        }

        private static String kind(JsonNode n) {
            if (n.isArray()) {
                return "a list";
            }
            if (n.isObject()) {
                return "a mapping";
            }
            return describe(n);
        }

        private static String describe(JsonNode n) {
            if (n.isTextual()) {
                String t = n.asText();
                return "'" + (t.length() > 40 ? t.substring(0, 40) + "…" : t) + "'";
            }
            return n.isContainerNode() ? kind(n) : n.toString();
        }
    }
}
