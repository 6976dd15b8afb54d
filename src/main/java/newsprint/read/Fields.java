package newsprint.read;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
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
import newsprint.model.BreakMarks;
import newsprint.model.Edition;
import newsprint.model.Language;
import newsprint.model.Limits;
import newsprint.model.VerticalHead;
import newsprint.model.PageFile;
import newsprint.model.PageInfo;
import newsprint.model.Photo;
import newsprint.model.Place;

/**
 * The checks of one file of the desk's (a page file, an edition file), carrying its name for
 * messages and the page's running counts for the limits: every value is the text written
 * ({@link LiteralTree}), and each field is read by the rule of what it holds.
 */
class Fields {
    static final Set<String> TOP = Set.of("edition", "page", "articles", "ads");
    static final Set<String> AD = Set.of("id", "file", "columns", "height", "position", "advertiser", "label");
    static final Set<String> EDITION = Set.of("paper", "code", "date", "issue", "serial", "cn", "postal", "price", "printer", "address");
    static final Set<String> PAGE = Set.of("number", "section", "layout", "editor", "colour", "lang");
    static final Set<String> HEADLINE = Set.of("text", "vertical", "side");
    static final Set<String> ARTICLE = Set.of("id", "kicker", "headline", "subheadline", "byline",
            "body", "photos", "source", "priority", "span", "place", "teaser", "jump");
    static final Set<String> JUMP = Set.of("to", "head");
    static final Set<String> PHOTO = Set.of("file", "caption", "credit", "span", "focus");
    static final Set<String> PLACE = Set.of("column", "row");
    static final Set<String> FOCUS = Set.of("x", "y");
    static final Set<String> SUBHEAD = Set.of("subhead");

    private final String name;
    private final Path file;
    private final Path folder;
    private int photosOnPage;
    private int blocksOnPage;
    /** What the edition gives the page being read, or null for a page read alone. */
    private Inherited inherited;

    Fields(String name, Path file) {
        this.name = name;
        this.file = file;
        Path parent = file.toAbsolutePath().normalize().getParent();
        this.folder = parent == null ? Path.of("/") : parent;
    }

    /** The file's name, as messages give it. */
    String name() {
        return name;
    }

    PageFile page(JsonNode root, byte[] source) {
        return page(root, source, null);
    }

    /**
     * The page file, or, in an edition ({@code from} not null), the page file with what it leaves
     * out taken from the edition: its {@code edition:}, its number, its section and its layout.
     * What it does give must agree with the edition, or the error names both files.
     */
    PageFile page(JsonNode root, byte[] source, Inherited from) {
        this.inherited = from;
        object(root, "", "the page file");
        if (root.has("pages") && !root.has("articles")) {
            throw new BadInput(name + ": this is an edition file (its 'pages' list page files), not a page file",
                    "make the edition with 'newsprint edition " + name + " -o FOLDER', or give one of its page files");
        }
        known(root, TOP, "");
        Edition edition = from == null ? edition(required(root, "edition", ""), "edition.") : agree(root.get("edition"));
        JsonNode p = required(root, "page", "");
        object(p, "", "page");
        known(p, PAGE, "page.");
        Integer number = optionalInt(p.get("number"), "", "page.number", 1, 999);
        String section = optionalString(p.get("section"), "", "page.section");
        String layout = optionalLayout(p.get("layout"));
        if (from == null) {
            required(p, "number", "page.");
            required(p, "section", "page.");
        } else {
            same("page.number", number, from.number());
            same("page.section", section, from.section());
            if (section == null && from.section() == null) {
                required(p, "section", "page.");
            }
            number = from.number();
            section = section != null ? section : from.section();
            layout = layout != null ? layout : from.layout();
        }
        Language lang = language(p.get("lang"));
        // a page in Traditional Chinese defaults to the Traditional tabloid, as one in Simplified to the tabloid
        PageInfo page = new PageInfo(number, section, layout == null ? (lang.traditional() ? "tabloid-hant" : "tabloid") : layout,
                optionalString(p.get("editor"), "", "page.editor"), colour(p.get("colour")), lang);
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
        return new PageFile(file, edition, page, articles, source, ads(root.get("ads"), "ads", folder));
    }

    /** {@code page.colour}: {@code colour} (the default) or {@code black}. */
    private PageInfo.Colour colour(JsonNode n) {
        String c = optionalString(n, "", "page.colour");
        if (c == null || c.equals("colour") || c.equals("color")) {
            return PageInfo.Colour.COLOUR;
        }
        if (c.equals("black")) {
            return PageInfo.Colour.BLACK;
        }
        throw bad("", "page.colour", "must be colour or black, not '" + LiteralTree.shown(c) + "'");
    }

    /** The ads a page file books: a list of {@code {id, file, columns, height, position, advertiser, label}}. */
    java.util.List<newsprint.model.Ad> ads(JsonNode n, String field, Path base) {
        java.util.List<newsprint.model.Ad> ads = new ArrayList<>();
        if (n == null || n.isNull()) {
            return ads;
        }
        if (!n.isArray()) {
            throw bad("", field, "must be a list of ads");
        }
        if (n.size() > Limits.ADS_PER_PAGE) {
            throw over("", field, "has " + n.size() + " ads: a page holds at most " + Limits.ADS_PER_PAGE);
        }
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < n.size(); i++) {
            JsonNode a = n.get(i);
            String at = field + "[" + (i + 1) + "]";
            object(a, "", at);
            known(a, AD, at + ".");
            String id = string(required(a, "id", at + "."), "", at + ".id");
            if (!id.matches("[A-Za-z0-9_-]{1,64}")) {
                throw bad("", at + ".id", "must be 1 to 64 letters, digits, - or _");
            }
            if (!ids.add(id)) {
                throw bad("", at + ".id", "'" + id + "' is used by an earlier ad too");
            }
            String where = "ad '" + id + "'";
            String path = string(required(a, "file", at + "."), where, "file");
            Path resolved = confined(path, base, where, "file", "ad");
            int columns = integer(required(a, "columns", at + "."), where, "columns", 1, 24);
            double height = millimetres(required(a, "height", at + "."), where, "height");
            newsprint.model.Ad.Position position = adPosition(a.get("position"), where);
            String advertiser = string(required(a, "advertiser", at + "."), where, "advertiser");
            boolean label = a.get("label") == null || a.get("label").isNull() || flag(a.get("label"), where, "label");
            ads.add(new newsprint.model.Ad(id, resolved, columns, height, position, advertiser, label));
        }
        return ads;
    }

    /** A height booked in millimetres: {@code 120mm} or {@code 120} (a plain decimal, 10 to 1000). */
    double millimetres(JsonNode n, String where, String field) {
        String t = n.isTextual() ? n.asText().strip() : "";
        String digits = t.endsWith("mm") ? t.substring(0, t.length() - 2).strip() : t;
        if (!digits.matches("[0-9]{1,4}(\\.[0-9]{1,3})?") || Double.parseDouble(digits) < 10 || Double.parseDouble(digits) > 1000) {
            throw bad(where, field, "must be a height in millimetres like 120mm (10 to 1000), not " + describe(n));
        }
        return Double.parseDouble(digits);
    }

    /** {@code true} or {@code false}. */
    boolean flag(JsonNode n, String where, String field) {
        String t = n.isTextual() ? n.asText().strip() : "";
        if (t.equals("true") || t.equals("false")) {
            return t.equals("true");
        }
        throw bad(where, field, "must be true or false, not " + describe(n));
    }

    /** {@code bottom} (the default), {@code top}, {@code left}, {@code right}, {@code ear}, or a pin {@code {column, row}}. */
    newsprint.model.Ad.Position adPosition(JsonNode n, String where) {
        if (n == null || n.isNull()) {
            return newsprint.model.Ad.Position.of(newsprint.model.Ad.Position.Kind.BOTTOM);
        }
        if (n.isObject()) {
            Place pin = place(n, where);
            return new newsprint.model.Ad.Position(newsprint.model.Ad.Position.Kind.PIN, pin.column(), pin.row());
        }
        String t = string(n, where, "position");
        for (newsprint.model.Ad.Position.Kind k : newsprint.model.Ad.Position.Kind.values()) {
            if (k != newsprint.model.Ad.Position.Kind.PIN && k.name().toLowerCase(Locale.ROOT).equals(t)) {
                return newsprint.model.Ad.Position.of(k);
            }
        }
        throw bad(where, "position", "must be bottom, top, left, right, ear or {column, row}, not '" + LiteralTree.shown(t) + "'");
    }

    /** A file path relative to {@code base} that stays inside it: no URLs, no absolute paths, no climbing out, no links out. */
    Path confined(String path, Path base, String where, String field, String what) {
        if (path.matches("^[A-Za-z][A-Za-z0-9+.-]*:.*")) {
            throw bad(where, field, "'" + LiteralTree.shown(path) + "' is a URL; an " + what + " must be a file beside the file that names it");
        }
        Path rel;
        try {
            rel = Path.of(path);
        } catch (java.nio.file.InvalidPathException e) {
            throw bad(where, field, "'" + LiteralTree.shown(path) + "' is not a file path");
        }
        if (rel.isAbsolute() || path.startsWith("/") || path.startsWith("\\")) {
            throw bad(where, field, "'" + path + "' is an absolute path; give it relative to the file that names it");
        }
        Path resolved = base.resolve(rel).normalize();
        if (!resolved.startsWith(base)) {
            throw bad(where, field, "'" + path + "' leads outside the folder");
        }
        if (!Files.isRegularFile(resolved)) {
            throw new MissingResource(name + ": " + where + ": " + field + ": " + what + " '" + path + "' " + notAFile(resolved),
                    "put the file beside the one that names it, or correct the path");
        }
        try {
            if (!resolved.toRealPath().startsWith(base.toRealPath())) {
                throw bad(where, field, "'" + path + "' is a link to a file outside the folder");
            }
        } catch (IOException e) {
            throw new MissingResource(name + ": " + where + ": " + field + ": cannot read '" + path + "'", null, e);
        }
        return resolved;
    }

    /**
     * What an edition gives the pages it lists: the edition file (its name, for messages), its
     * edition, and this page's number (its place in the list), section and layout (null: none given).
     */
    record Inherited(String editionFile, Edition edition, int number, String section, String layout) {
    }

    /** An {@code edition:} mapping, read whole; {@code prefix} names it in messages ({@code edition.}). */
    Edition edition(JsonNode e, String prefix) {
        object(e, "", prefix.substring(0, prefix.length() - 1));
        known(e, EDITION, prefix);
        String code = optionalString(e.get("code"), "", prefix + "code");
        if (code != null && !code.matches("[A-Za-z0-9_-]{1,32}")) {
            throw bad("", prefix + "code", "must be 1 to 32 letters, digits, - or _ (it names the plates' files), not '"
                    + LiteralTree.shown(code) + "'");
        }
        return new Edition(
                string(required(e, "paper", prefix), "", prefix + "paper"),
                code,
                date(required(e, "date", prefix), prefix + "date"),
                optionalInt(e.get("issue"), "", prefix + "issue", 1, 1_000_000),
                optionalInt(e.get("serial"), "", prefix + "serial", 1, 100_000_000),
                optionalString(e.get("cn"), "", prefix + "cn"),
                optionalString(e.get("postal"), "", prefix + "postal"),
                optionalString(e.get("price"), "", prefix + "price"),
                optionalString(e.get("printer"), "", prefix + "printer"),
                optionalString(e.get("address"), "", prefix + "address"));
    }

    /** A page's own {@code edition:} in an edition (optional): each field it gives must be the edition's. */
    private Edition agree(JsonNode e) {
        Edition ed = inherited.edition();
        if (e == null || e.isNull()) {
            return ed;
        }
        object(e, "", "edition");
        known(e, EDITION, "edition.");
        same("edition.paper", optionalString(e.get("paper"), "", "edition.paper"), ed.paper());
        same("edition.code", optionalString(e.get("code"), "", "edition.code"), ed.code());
        same("edition.date", e.get("date") == null || e.get("date").isNull() ? null : date(e.get("date"), "edition.date"), ed.date());
        same("edition.issue", optionalInt(e.get("issue"), "", "edition.issue", 1, 1_000_000), ed.issue());
        same("edition.serial", optionalInt(e.get("serial"), "", "edition.serial", 1, 100_000_000), ed.serial());
        same("edition.cn", optionalString(e.get("cn"), "", "edition.cn"), ed.cn());
        same("edition.postal", optionalString(e.get("postal"), "", "edition.postal"), ed.postal());
        same("edition.price", optionalString(e.get("price"), "", "edition.price"), ed.price());
        same("edition.printer", optionalString(e.get("printer"), "", "edition.printer"), ed.printer());
        same("edition.address", optionalString(e.get("address"), "", "edition.address"), ed.address());
        return ed;
    }

    /** A field the page gives that the edition gives otherwise is an error naming both files. */
    private void same(String field, Object mine, Object editions) {
        if (mine != null && editions != null && !mine.equals(editions)) {
            throw new BadInput(name + ": " + field + " is " + mine + " but the edition " + inherited.editionFile() + " says " + editions,
                    "leave " + field + " out of the page file (it comes from the edition), or make the two agree");
        }
        if (mine != null && editions == null && field.startsWith("edition.")) {
            throw new BadInput(name + ": " + field + " is " + mine + " but the edition " + inherited.editionFile() + " gives none",
                    "an edition's pages share its edition: give " + field + " in " + inherited.editionFile() + ", not in a page");
        }
    }

    /** A layout's name (letters, digits, - and _), or null when not given. */
    String optionalLayout(JsonNode n) {
        String layout = optionalString(n, "", "page.layout");
        if (layout == null) {
            return null;
        }
        if (!layout.matches("[A-Za-z0-9_-]{1,64}")) {
            throw bad("", "page.layout", "must be the name of a layout (letters, digits, - and _), not a path");
        }
        return layout;
    }

    Article article(JsonNode a, int index) {
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
        if (BreakMarks.printed(headline).isBlank()) {
            throw bad(where, h.isObject() ? "headline.text" : "headline", "has no text, only the break mark '|'");
        }
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
                teaser(a.get("teaser"), BreakMarks.printed(headline), where),
                jump(a.get("jump"), where),
                vertical);
    }

    private Language language(JsonNode n) {
        String tag = optionalString(n, "", "page.lang");
        if (tag == null) {
            return Language.DEFAULT;
        }
        return Language.of(tag).orElseThrow(() -> new BadInput(name + ": page.lang '" + tag + "' is not a language newsprint sets",
                Language.near(tag).map(l -> "did you mean '" + l.tag() + "'?").orElse("one of " + Language.tags())));
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

    /** {@code teaser: true} lists the article on the front page by its headline, {@code teaser: 一句导读} in those words. */
    String teaser(JsonNode n, String headline, String where) {
        if (n == null || n.isNull()) {
            return null;
        }
        if (n.isTextual() && n.asText().strip().equals("true")) {
            return headline;
        }
        if (n.isTextual() && n.asText().strip().equals("false")) {
            return null;
        }
        return string(n, where, "teaser");
    }

    /** {@code jump: {to: p4.yaml}} (a page file beside this one) or {@code {to: 4}} (a page number), and an optional {@code head}. */
    newsprint.model.Jump jump(JsonNode n, String where) {
        if (n == null || n.isNull()) {
            return null;
        }
        object(n, where, "jump");
        known(n, JUMP, where + ": jump.");
        String to = string(required(n, "to", where + ": jump."), where, "jump.to");
        String head = optionalString(n.get("head"), where, "jump.head");
        if (to.matches("[0-9]{1,3}")) {
            int page = Integer.parseInt(to);
            if (page < 1) {
                throw bad(where, "jump.to", "must be a page number from 1 or a page file, not " + to);
            }
            return new newsprint.model.Jump(null, page, head);
        }
        if (to.matches("^[A-Za-z][A-Za-z0-9+.-]*:.*") || to.startsWith("/") || to.startsWith("\\")) {
            throw bad(where, "jump.to", "'" + LiteralTree.shown(to) + "' must be a page file beside this one (p4.yaml) or a page number");
        }
        Path target;
        try {
            target = folder.resolve(to).normalize();
        } catch (java.nio.file.InvalidPathException e) {
            throw bad(where, "jump.to", "'" + LiteralTree.shown(to) + "' is not a file path");
        }
        return new newsprint.model.Jump(target, null, head);
    }

    Place place(JsonNode n, String where) {
        if (n == null || n.isNull()) {
            return null;
        }
        object(n, where, "place");
        known(n, PLACE, where + ": place.");
        return new Place(integer(required(n, "column", where + ": place."), where, "place.column", 1, 24),
                integer(required(n, "row", where + ": place."), where, "place.row", 1, 999));
    }

    Photo.Focus focus(JsonNode n, String where, String field) {
        if (n == null || n.isNull()) {
            return null;
        }
        object(n, where, field);
        known(n, FOCUS, where + ": " + field + ".");
        return new Photo.Focus(fraction(required(n, "x", where + ": " + field + "."), where, field + ".x"),
                fraction(required(n, "y", where + ": " + field + "."), where, field + ".y"));
    }

    /** A fraction from 0 to 1 written as a plain decimal ({@code 0.3}, {@code 1}): no exponents, no {@code .nan}. */
    double fraction(JsonNode n, String where, String field) {
        String t = n.isTextual() ? n.asText().strip() : "";
        if (!t.matches("[0-9]{1,9}(\\.[0-9]{1,9})?|\\.[0-9]{1,9}") || Double.parseDouble(t) > 1) {
            throw bad(where, field, "must be a number from 0 to 1 written as a decimal (like 0.3), not " + describe(n));
        }
        return Double.parseDouble(t);
    }

    List<BodyBlock> body(JsonNode n, String where) {
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

    Photo photo(JsonNode n, String where, String field) {
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
    Path photoPath(String path, String where, String field) {
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
            throw new MissingResource(name + ": " + where + ": " + field + ": photo '" + path + "' " + notAFile(resolved),
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

    /**
     * Why {@code path}, which is not a regular file, cannot be read, in words that follow its name:
     * {@code not found}, {@code is a folder, not a file}, {@code is a link to nothing or a loop of
     * links}, or {@code is not a regular file (a pipe, device or socket)}.
     */
    static String notAFile(Path path) {
        if (Files.isDirectory(path)) {
            return "is a folder, not a file";
        }
        if (Files.isSymbolicLink(path) && !Files.exists(path)) {
            return "is a link to nothing or a loop of links";
        }
        return Files.exists(path) ? "is not a regular file (a pipe, device or socket)" : "not found";
    }

    void known(JsonNode n, Set<String> allowed, String prefix) {
        var it = n.fieldNames();
        while (it.hasNext()) {
            String f = it.next();
            if (!allowed.contains(f)) {
                String near = f.length() > 64 ? null : Spelling.nearest(f, allowed);
                String hidden = unprintable(f); // a second byte-order mark, a zero-width space: the name looks right and is not
                throw new BadInput(name + ": " + location(prefix) + "unknown field '" + LiteralTree.shown(f) + "'"
                        + (hidden == null ? "" : ", which contains " + hidden),
                        (near == null ? "" : "did you mean '" + near + "'? ") + "known fields: " + String.join(", ", new java.util.TreeSet<>(allowed)));
            }
        }
    }

    /** {@code article 'lead' (#1): photos[1].} as {@code article 'lead' (#1): photos[1]: }, the way other messages name a place. */
    static String location(String prefix) {
        String at = prefix.strip();
        while (at.endsWith(".") || at.endsWith(":")) {
            at = at.substring(0, at.length() - 1);
        }
        return at.isEmpty() ? "" : at + ": ";
    }

    JsonNode required(JsonNode n, String field, String prefix) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            throw new BadInput(name + ": " + location(prefix) + "missing field '" + field + "'",
                    "see README.md, 'The page file'");
        }
        return v;
    }

    void object(JsonNode n, String where, String what) {
        if (!n.isObject()) {
            throw new BadInput(name + ": " + (where.isEmpty() ? "" : where + ": ") + what + " must be a mapping of fields, not "
                    + kind(n), "see README.md, 'The page file'");
        }
    }

    /** A one-line text field: at most {@link Limits#LINE_CHARS} characters. */
    String string(JsonNode n, String where, String field) {
        return text(n, where, field, Limits.LINE_CHARS);
    }

    /** Text as written, without the spaces at either end; never empty, no control characters, at most {@code maxChars}. */
    String text(JsonNode n, String where, String field, int maxChars) {
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
        String unprintable = unprintable(s);
        if (unprintable != null) {
            throw new BadInput(name + ": " + (where.isEmpty() ? "" : where + ": ") + field + " contains " + unprintable,
                    "delete it from the copy (such characters come with text pasted from web pages, word processors or files "
                            + "converted badly); see README.md, 'The page file'");
        }
        return s;
    }

    /**
     * What in {@code s} is not printable text, in words ({@code the control character U+0007},
     * {@code the invisible formatting character U+200B (ZERO WIDTH SPACE) at character 3}), or
     * null. Refused: control characters (C0 but for the line feed and tab, DEL, C1), invisible
     * formatting characters (Unicode's Cf: zero-width spaces and joiners, direction marks and
     * overrides that would reorder the printed text, the byte-order mark, the soft hyphen), half
     * of a surrogate pair (text damaged in conversion) and Unicode's noncharacters. None of them
     * prints as a mark: the page would differ from the copy where nobody can see it. The line and
     * paragraph separators (U+2028, U+2029) print as a space between Han characters, where the
     * copy asked for a break.
     */
    static String unprintable(String s) {
        int at = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            at++;
            String where = " at character " + at;
            int type = Character.getType(cp);
            if (type == Character.CONTROL && cp != '\n' && cp != '\t') {
                return "the control character " + codePoint(cp) + where;
            }
            if (type == Character.FORMAT) {
                return "the invisible formatting character " + codePoint(cp) + where + ", which prints as nothing"
                        + (bidi(cp) ? " and may reorder the text around it" : "");
            }
            if (type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR) {
                return "the " + (type == Character.LINE_SEPARATOR ? "line" : "paragraph") + " separator " + codePoint(cp) + where
                        + ", which prints as a space, not as a break (a new paragraph is a new item of body)";
            }
            if (type == Character.SURROGATE) {
                return "half of a surrogate pair, " + String.format("U+%04X", cp) + where
                        + ", not a character: the text was damaged in conversion";
            }
            if ((cp & 0xFFFE) == 0xFFFE || cp >= 0xFDD0 && cp <= 0xFDEF) {
                return String.format("U+%04X", cp) + where + ", a Unicode noncharacter";
            }
            i += Character.charCount(cp);
        }
        return null;
    }

    /** {@code U+200B (ZERO WIDTH SPACE)}; a code point without a name is given by its number alone. */
    private static String codePoint(int cp) {
        String n = Character.getName(cp);
        return String.format("U+%04X", cp) + (n == null ? "" : " (" + n + ")");
    }

    /** The explicit direction controls: embeddings, overrides, isolates and marks. */
    private static boolean bidi(int cp) {
        return cp >= 0x202A && cp <= 0x202E || cp >= 0x2066 && cp <= 0x2069 || cp == 0x200E || cp == 0x200F || cp == 0x061C;
    }

    String optionalString(JsonNode n, String where, String field) {
        return n == null || n.isNull() ? null : string(n, where, field);
    }

    /** A whole number written in decimal digits ({@code 3}, {@code 03}): no {@code 0x1F}, {@code 1e3}, {@code 3.0}. */
    int integer(JsonNode n, String where, String field, int min, int max) {
        String t = n.isTextual() ? n.asText().strip() : "";
        if (!t.matches("[+-]?[0-9]{1,9}") || Integer.parseInt(t) < min || Integer.parseInt(t) > max) {
            throw bad(where, field, "must be a whole number from " + min + " to " + max + ", not " + describe(n));
        }
        return Integer.parseInt(t);
    }

    Integer optionalInt(JsonNode n, String where, String field, int min, int max) {
        return n == null || n.isNull() ? null : integer(n, where, field, min, max);
    }

    /** An ISO date, {@code YYYY-MM-DD}, of a year from 1000 to 9999. */
    LocalDate date(JsonNode n, String field) {
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

    BadInput bad(String where, String field, String problem) {
        return new BadInput(name + ": " + (where.isEmpty() ? "" : where + ": ") + field + " " + problem,
                "see README.md, 'The page file', for what each field holds");
    }

    /** A count or length over its limit in {@link Limits}. */
    BadInput over(String where, String field, String problem) {
        return new BadInput(name + ": " + (where.isEmpty() ? "" : where + ": ") + field + " " + problem,
                "split the copy, or check that this is the right file (limits: README.md, 'The page file')");
    }

    static String kind(JsonNode n) {
        if (n.isArray()) {
            return "a list";
        }
        if (n.isObject()) {
            return "a mapping";
        }
        return describe(n);
    }

    static String describe(JsonNode n) {
        if (n.isTextual()) {
            return "'" + LiteralTree.shown(n.asText()) + "'";
        }
        if (n.isNull()) {
            return "nothing";
        }
        return n.isContainerNode() ? kind(n) : n.toString();
    }
}
