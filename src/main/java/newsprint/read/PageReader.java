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
import newsprint.model.Language;
import newsprint.model.Limits;
import newsprint.model.PageFile;
import newsprint.model.PageInfo;
import newsprint.model.Photo;
import newsprint.model.Place;
import newsprint.model.VerticalHead;

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
        return new Fields(name, file).page(root, bytes);
    }

    /** The bytes of {@code file}, read through a stream and refused past {@code limit}. */
    private static byte[] readAtMost(Path file, String name, long limit) {
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

    /** The checks of one file, carrying its name for messages and the page's running counts for the limits. */
    private static final class Fields {
        private static final Set<String> TOP = Set.of("edition", "page", "articles");
        private static final Set<String> EDITION = Set.of("paper", "date", "issue");
        private static final Set<String> PAGE = Set.of("number", "section", "layout", "editor", "lang");
        private static final Set<String> ARTICLE = Set.of("id", "kicker", "headline", "subheadline", "byline",
                "body", "photos", "source", "priority", "span", "place");
        private static final Set<String> HEADLINE = Set.of("text", "vertical", "side");
        private static final Set<String> PHOTO = Set.of("file", "caption", "credit", "span", "focus");
        private static final Set<String> PLACE = Set.of("column", "row");
        private static final Set<String> FOCUS = Set.of("x", "y");
        private static final Set<String> SUBHEAD = Set.of("subhead");

        private final String name;
        private final Path file;
        private final Path folder;
        private int photosOnPage;
        private int blocksOnPage;

        Fields(String name, Path file) {
            this.name = name;
            this.file = file;
            Path parent = file.toAbsolutePath().normalize().getParent();
            this.folder = parent == null ? Path.of("/") : parent;
        }

        PageFile page(JsonNode root, byte[] source) {
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
            int number = integer(required(p, "number", "page."), "", "page.number", 1, 999);
            String section = string(required(p, "section", "page."), "", "page.section");
            Language lang = language(p.get("lang"));
            PageInfo page = new PageInfo(number, section, layoutName(p.get("layout"), lang),
                    optionalString(p.get("editor"), "", "page.editor"), lang);
            JsonNode list = required(root, "articles", "");
            if (!list.isArray() || list.isEmpty()) {
                throw bad("", "articles", "must be a list of at least one article");
            }
            if (list.size() > Limits.ARTICLES_PER_PAGE) {
                throw over("", "articles", "has " + list.size() + " articles: a page holds at most " + Limits.ARTICLES_PER_PAGE);
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
            return new PageFile(file, edition, page, articles, source);
        }

        /** A page in Traditional Chinese defaults to the Traditional tabloid, as one in Simplified to the tabloid. */
        private String layoutName(JsonNode n, Language lang) {
            String layout = optionalString(n, "", "page.layout");
            if (layout == null) {
                return lang.traditional() ? "tabloid-hant" : "tabloid";
            }
            if (!layout.matches("[A-Za-z0-9_-]{1,64}")) {
                throw bad("", "page.layout", "must be the name of a layout (letters, digits, - and _), not a path");
            }
            return layout;
        }

        private Language language(JsonNode n) {
            String tag = optionalString(n, "", "page.lang");
            if (tag == null) {
                return Language.DEFAULT;
            }
            return Language.of(tag).orElseThrow(() -> new BadInput(name + ": page.lang '" + tag + "' is not a language newsprint sets",
                    Language.near(tag).map(l -> "did you mean '" + l.tag() + "'?").orElse("one of " + Language.tags())));
        }

        private Article article(JsonNode a, int index) {
            String where = "article #" + (index + 1);
            object(a, where, "the article");
            JsonNode idNode = a.get("id");
            String id = idNode == null || idNode.isNull() ? "article" + (index + 1) : string(idNode, where, "id");
            if (!id.matches("[A-Za-z0-9_-]{1,64}")) {
                throw bad(where, "id", "must be 1 to 64 letters, digits, - or _ (it names the article in reports)");
            }
            where = "article '" + id + "' (#" + (index + 1) + ")";
            known(a, ARTICLE, where + ": ");
            JsonNode h = required(a, "headline", where + ": ");
            String headline = h.isObject() ? string(required(h, "text", where + ": headline."), where, "headline.text")
                    : string(h, where, "headline");
            VerticalHead vertical = h.isObject() ? vertical(h, where) : null;
            List<BodyBlock> body = body(a.get("body"), where);
            List<Photo> photos = new ArrayList<>();
            JsonNode ph = a.get("photos");
            if (ph != null && !ph.isNull()) {
                if (!ph.isArray()) {
                    throw bad(where, "photos", "must be a list of photos");
                }
                if (ph.size() > Limits.PHOTOS_PER_ARTICLE) {
                    throw over(where, "photos", "has " + ph.size() + " photos: an article holds at most " + Limits.PHOTOS_PER_ARTICLE);
                }
                photosOnPage += ph.size();
                if (photosOnPage > Limits.PHOTOS_PER_PAGE) {
                    throw over(where, "photos", "brings the page to " + photosOnPage + " photos: a page holds at most " + Limits.PHOTOS_PER_PAGE);
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
                    place(a.get("place"), where),
                    vertical);
        }

        /** {@code headline: {text: …, vertical: true, side: right|left}}: the head's form; null for a headline across. */
        private VerticalHead vertical(JsonNode h, String where) {
            known(h, HEADLINE, where + ": headline.");
            JsonNode v = h.get("vertical");
            String flag = v == null || v.isNull() ? "false" : v.isTextual() ? v.asText().strip() : "";
            if (!flag.equals("true") && !flag.equals("false")) {
                throw bad(where, "headline.vertical", "must be true or false, not " + describe(v));
            }
            JsonNode sideNode = h.get("side");
            if (flag.equals("false")) {
                if (sideNode != null && !sideNode.isNull()) {
                    throw new BadInput(name + ": " + where + ": headline.side is given but the headline is not vertical",
                            "add 'vertical: true' to stand the headline at that side, or remove 'side'");
                }
                return null;
            }
            String side = optionalString(sideNode, where, "headline.side");
            if (side == null || side.equals("right")) {
                return new VerticalHead(VerticalHead.Side.RIGHT);
            }
            if (side.equals("left")) {
                return new VerticalHead(VerticalHead.Side.LEFT);
            }
            throw bad(where, "headline.side", "must be right or left, not '" + LiteralTree.shown(side) + "'");
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

        /** A fraction from 0 to 1 written as a plain decimal ({@code 0.3}, {@code 1}): no exponents, no {@code .nan}. */
        private double fraction(JsonNode n, String where, String field) {
            String t = n.isTextual() ? n.asText().strip() : "";
            if (!t.matches("[0-9]{1,9}(\\.[0-9]{1,9})?|\\.[0-9]{1,9}") || Double.parseDouble(t) > 1) {
                throw bad(where, field, "must be a number from 0 to 1 written as a decimal (like 0.3), not " + describe(n));
            }
            return Double.parseDouble(t);
        }

        private List<BodyBlock> body(JsonNode n, String where) {
            if (n == null || n.isNull()) {
                throw bad(where, "body", "is missing: an article needs at least one paragraph");
            }
            if (!n.isArray() || n.isEmpty()) {
                throw bad(where, "body", "must be a list of at least one paragraph");
            }
            if (n.size() > Limits.BODY_BLOCKS_PER_ARTICLE) {
                throw over(where, "body", "has " + n.size() + " paragraphs and subheads: an article holds at most " + Limits.BODY_BLOCKS_PER_ARTICLE);
            }
            blocksOnPage += n.size();
            if (blocksOnPage > Limits.BODY_BLOCKS_PER_PAGE) {
                throw over(where, "body", "brings the page to " + blocksOnPage + " paragraphs and subheads: a page holds at most "
                        + Limits.BODY_BLOCKS_PER_PAGE);
            }
            List<BodyBlock> blocks = new ArrayList<>();
            for (int i = 0; i < n.size(); i++) {
                JsonNode b = n.get(i);
                String field = "body[" + (i + 1) + "]";
                if (b.isObject()) {
                    known(b, SUBHEAD, where + ": " + field + ".");
                    blocks.add(new BodyBlock.Subhead(string(required(b, "subhead", where + ": " + field + "."), where, field + ".subhead")));
                } else {
                    blocks.add(new BodyBlock.Paragraph(text(b, where, field, Limits.PARAGRAPH_CHARS)));
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
            Path rel;
            try {
                rel = Path.of(path);
            } catch (java.nio.file.InvalidPathException e) {
                throw bad(where, field, "'" + path + "' is not a file path");
            }
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
                    String near = f.length() > 64 ? null : Spelling.nearest(f, allowed);
                    throw new BadInput(name + ": " + location(prefix) + "unknown field '" + LiteralTree.shown(f) + "'",
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

        /** A one-line text field: at most {@link Limits#LINE_CHARS} characters. */
        private String string(JsonNode n, String where, String field) {
            return text(n, where, field, Limits.LINE_CHARS);
        }

        /** Text as written, without the spaces at either end; never empty, no control characters, at most {@code maxChars}. */
        private String text(JsonNode n, String where, String field, int maxChars) {
            if (n.isNull()) {
                throw bad(where, field, "is empty");
            }
            if (!n.isTextual()) {
                throw bad(where, field, "must be text, not " + kind(n));
            }
            String s = n.asText().strip();
            if (s.isEmpty()) {
                throw bad(where, field, "is empty");
            }
            int chars = s.codePointCount(0, s.length());
            if (chars > maxChars) {
                throw over(where, field, String.format(Locale.ROOT, "has %,d characters: at most %,d fit in this field", chars, maxChars));
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

        /** A whole number written in decimal digits ({@code 3}, {@code 03}): no {@code 0x1F}, {@code 1e3}, {@code 3.0}. */
        private int integer(JsonNode n, String where, String field, int min, int max) {
            String t = n.isTextual() ? n.asText().strip() : "";
            if (!t.matches("[+-]?[0-9]{1,9}") || Integer.parseInt(t) < min || Integer.parseInt(t) > max) {
                throw bad(where, field, "must be a whole number from " + min + " to " + max + ", not " + describe(n));
            }
            return Integer.parseInt(t);
        }

        private Integer optionalInt(JsonNode n, String where, String field, int min, int max) {
            return n == null || n.isNull() ? null : integer(n, where, field, min, max);
        }

        /** An ISO date, {@code YYYY-MM-DD}, of a year from 1000 to 9999. */
        private LocalDate date(JsonNode n, String field) {
            String t = n.isTextual() ? n.asText().strip() : "";
            if (t.matches("[1-9][0-9]{3}-[0-9]{2}-[0-9]{2}")) {
                try {
                    return LocalDate.of(Integer.parseInt(t.substring(0, 4)), Integer.parseInt(t.substring(5, 7)),
                            Integer.parseInt(t.substring(8, 10)));
                } catch (DateTimeException e) {
                    // a month or day that does not exist: the message below
                }
            }
            throw bad("", field, "must be a date like 2024-07-25 (a year from 1000 to 9999), not " + describe(n));
        }

        private BadInput bad(String where, String field, String problem) {
            return new BadInput(name + ": " + (where.isEmpty() ? "" : where + ": ") + field + " " + problem,
                    "see README.md, 'The page file', for what each field holds");
        }

        /** A count or length over its limit in {@link Limits}. */
        private BadInput over(String where, String field, String problem) {
            return new BadInput(name + ": " + (where.isEmpty() ? "" : where + ": ") + field + " " + problem,
                    "split the copy, or check that this is the right file (limits: README.md, 'The page file')");
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
                return "'" + LiteralTree.shown(n.asText()) + "'";
            }
            if (n.isNull()) {
                return "nothing";
            }
            return n.isContainerNode() ? kind(n) : n.toString();
        }
    }
}
