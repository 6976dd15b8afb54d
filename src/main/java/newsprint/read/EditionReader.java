package newsprint.read;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import newsprint.NewsprintException.BadInput;
import newsprint.NewsprintException.MissingResource;
import newsprint.model.Ad;
import newsprint.model.Article;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import newsprint.model.Edition;
import newsprint.model.EditionFile;
import newsprint.model.Limits;
import newsprint.model.PageFile;

/**
 * Reads an edition file and every page file it lists, as strictly as a page file: the edition's
 * facts, the default layout, and the pages in order (their numbers are their places). A page
 * file may leave out {@code edition:} and {@code page.number}, which it inherits; where it gives
 * them they must agree. Jumps are resolved here: each must land on another page of the edition,
 * by its file or its number, and no two pages may wait on each other's copy.
 */
public final class EditionReader {
    private static final Set<String> TOP = Set.of("edition", "layout", "pages", "ads");
    /** The booking system's export: one ad a row, under these headers. */
    static final List<String> BOOKING_COLUMNS = List.of("page", "id", "advertiser", "columns", "height_mm", "position", "file");
    private static final Set<String> PAGE = Set.of("file", "section", "layout");

    private final PageReader pages = new PageReader();

    /**
     * True when {@code file} is an edition file rather than a page file: a mapping with a
     * {@code pages} list. A file that cannot be read or parsed is not one (the page reader then
     * reports what is wrong with it).
     */
    public static boolean isEdition(Path file) {
        try {
            if (!Files.isRegularFile(file) || Files.size(file) > Limits.EDITION_FILE_BYTES) {
                return false;
            }
            JsonNode root = LiteralTree.read(file.toString(), PageReader.decodeUtf8(file.toString(), Files.readAllBytes(file)));
            return root != null && root.isObject() && root.has("pages") && !root.has("articles");
        } catch (IOException | LiteralTree.Refused | RuntimeException e) {
            return false;
        }
    }

    public EditionFile read(Path file) {
        String name = file.toString();
        if (Files.isDirectory(file)) {
            throw new BadInput(name + ": is a folder, not an edition file", "give the path of the edition's .yaml or .json file");
        }
        byte[] bytes = PageReader.readAtMost(file, name, Limits.EDITION_FILE_BYTES);
        JsonNode root;
        try {
            root = LiteralTree.read(name, PageReader.decodeUtf8(name, bytes));
        } catch (LiteralTree.Refused e) {
            throw new BadInput(name + ": " + e.getMessage(), e.getMessage().startsWith("not valid")
                    ? "fix the syntax at the place named" : "write the edition file out plainly; see README.md, 'Editions'", e);
        }
        if (root == null || root.isNull()) {
            throw new BadInput(name + ": the edition file is empty", "see README.md, 'Editions'");
        }
        Fields f = new Fields(name, file);
        f.object(root, "", "the edition file");
        if (root.has("articles") && !root.has("pages")) {
            throw new BadInput(name + ": this is a page file (it holds 'articles'), not an edition file",
                    "make its PDF with 'newsprint render " + name + " -o OUT.pdf'; an edition file lists its page files under 'pages' "
                            + "(see README.md, 'Editions')");
        }
        f.known(root, TOP, "");
        Edition edition = f.edition(f.required(root, "edition", ""), "edition.");
        String layout = f.optionalLayout(root.get("layout"));
        JsonNode list = f.required(root, "pages", "");
        if (!list.isArray() || list.isEmpty()) {
            throw f.bad("", "pages", "must be a list of at least one page file");
        }
        if (list.size() > Limits.PAGES_PER_EDITION) {
            throw f.over("", "pages", "has " + list.size() + " pages: an edition holds at most " + Limits.PAGES_PER_EDITION);
        }
        Path folder = folderOf(file);
        List<PageFile> read = new ArrayList<>();
        Map<Path, Integer> numbers = new HashMap<>();
        for (int i = 0; i < list.size(); i++) {
            String field = "pages[" + (i + 1) + "]";
            JsonNode entry = list.get(i);
            String path;
            String section = null;
            String pageLayout = layout;
            if (entry.isObject()) {
                f.known(entry, PAGE, field + ".");
                path = f.string(f.required(entry, "file", field + "."), "", field + ".file");
                section = f.optionalString(entry.get("section"), "", field + ".section");
                String own = f.optionalLayout(entry.get("layout"));
                pageLayout = own != null ? own : layout;
            } else {
                path = f.string(entry, "", field);
            }
            Path page = pagePath(f, folder, path, field, "page file");
            if (numbers.putIfAbsent(page.toAbsolutePath().normalize(), i + 1) != null) {
                throw f.bad("", field, "'" + path + "' is page " + numbers.get(page.toAbsolutePath().normalize()) + " already: a page is made once");
            }
            read.add(pages.read(page, new Fields.Inherited(name, edition, i + 1, section, pageLayout)));
        }
        String bookings = f.optionalString(root.get("ads"), "", "ads");
        if (bookings != null) {
            read = book(f, folder, bookings, read);
        }
        return new EditionFile(file, edition, read, jumps(read, numbers), bytes);
    }

    /**
     * The pages with the ads of the booking system's export added: {@code bookings} (a CSV file
     * beside the edition file, read with Commons CSV) has a header row with {@link #BOOKING_COLUMNS},
     * and each row books one ad for a page of the edition by its number.
     */
    private static List<PageFile> book(Fields f, Path folder, String bookings, List<PageFile> pages) {
        Path csv = pagePath(f, folder, bookings, "ads", "bookings file");
        String name = csv.toString();
        if (!java.nio.file.Files.isRegularFile(csv)) {
            throw new MissingResource(f.name() + ": ads: the bookings file '" + bookings + "' " + Fields.notAFile(csv),
                    "export the bookings as a CSV file beside the edition file");
        }
        byte[] bytes = PageReader.readAtMost(csv, name, Limits.EDITION_FILE_BYTES);
        String text = PageReader.decodeUtf8(name, bytes);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1); // the byte-order mark spreadsheets write at the start of a "CSV UTF-8" export
        }
        Map<Integer, List<Ad>> byPage = new LinkedHashMap<>();
        Set<String> ids = new java.util.HashSet<>();
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).get();
        try (CSVParser parser = CSVParser.parse(text, format)) {
            if (!parser.getHeaderNames().containsAll(BOOKING_COLUMNS) || parser.getHeaderNames().size() != BOOKING_COLUMNS.size()) {
                throw new BadInput(name + ": the header row is " + parser.getHeaderNames() + ", not " + BOOKING_COLUMNS,
                        "export the bookings with the columns " + String.join(", ", BOOKING_COLUMNS));
            }
            Fields row = new Fields(name, csv);
            for (CSVRecord r : parser) {
                String where = "row " + (r.getRecordNumber() + 1);
                if (!r.isConsistent()) {
                    throw new BadInput(name + ": " + where + " has " + r.size() + " fields, not " + BOOKING_COLUMNS.size(), null);
                }
                String id = r.get("id");
                if (!id.matches("[A-Za-z0-9_-]{1,64}") || !ids.add(id)) {
                    throw new BadInput(name + ": " + where + ": id '" + LiteralTree.shown(id) + "' " + (id.matches("[A-Za-z0-9_-]{1,64}")
                            ? "is booked twice" : "must be 1 to 64 letters, digits, - or _"), null);
                }
                String ad = where + ": ad '" + id + "'";
                int page;
                try {
                    page = Integer.parseInt(r.get("page"));
                } catch (NumberFormatException e) {
                    throw new BadInput(name + ": " + ad + ": page '" + LiteralTree.shown(r.get("page")) + "' is not a page number", null);
                }
                if (page < 1 || page > pages.size()) {
                    throw new BadInput(name + ": " + ad + " is booked for page " + page + ", which the edition does not have (it has "
                            + pages.size() + " pages)", "book it for a page of the edition, or add the page");
                }
                var tree = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance;
                String position = r.get("position");
                com.fasterxml.jackson.databind.JsonNode pos = position.matches("[0-9]+/[0-9]+")
                        ? tree.objectNode().put("column", position.split("/")[0]).put("row", position.split("/")[1])
                        : tree.textNode(position.isEmpty() ? "bottom" : position);
                byPage.computeIfAbsent(page, k -> new ArrayList<>()).add(new Ad(id, row.confined(r.get("file"), folder, ad, "file", "ad"),
                        row.integer(tree.textNode(r.get("columns")), ad, "columns", 1, 24),
                        row.millimetres(tree.textNode(r.get("height_mm")), ad, "height_mm"),
                        row.adPosition(pos, ad), row.string(tree.textNode(r.get("advertiser")), ad, "advertiser"), true));
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            // Commons CSV reports a row it cannot parse (a quote never closed, text after a closing quote) while the rows are
            // iterated, as an UncheckedIOException around its CSVException, whose message names the line
            Throwable cause = e instanceof java.io.UncheckedIOException u && u.getCause() != null ? u.getCause() : e;
            String said = String.valueOf(cause.getMessage());
            java.util.regex.Matcher unclosed = java.util.regex.Pattern.compile("\\(startline (\\d+)\\) EOF reached before encapsulated token finished").matcher(said);
            if (unclosed.find()) {
                said = "a quote opened on line " + unclosed.group(1) + " is never closed";
            }
            throw new BadInput(name + ": not a valid CSV file: " + said,
                    "export the bookings as CSV, UTF-8: a field holding a comma or a quote is quoted, its own quotes doubled (\"\")", e);
        }
        List<PageFile> booked = new ArrayList<>(pages);
        byPage.forEach((page, ads) -> {
            for (Ad a : ads) {
                for (Ad other : booked.get(page - 1).ads()) {
                    if (other.id().equals(a.id())) {
                        throw new BadInput(name + ": ad '" + a.id() + "' is booked for page " + page + ", whose page file "
                                + booked.get(page - 1).file() + " books an ad '" + a.id() + "' too", "rename one of the two");
                    }
                }
            }
            booked.set(page - 1, booked.get(page - 1).withAds(ads));
        });
        return booked;
    }

    private static Path folderOf(Path file) {
        Path parent = file.toAbsolutePath().normalize().getParent();
        return parent == null ? Path.of("/") : parent;
    }

    /** The path of a file the edition names ({@code what}: a page file, the bookings file): relative to it and inside its folder, like a page's photos. */
    private static Path pagePath(Fields f, Path folder, String path, String field, String what) {
        if (path.matches("^[A-Za-z][A-Za-z0-9+.-]*:.*") || path.startsWith("/") || path.startsWith("\\")) {
            throw f.bad("", field, "'" + LiteralTree.shown(path) + "' must be a " + what + " beside the edition file, relative to it");
        }
        Path resolved;
        try {
            resolved = folder.resolve(path).normalize();
        } catch (java.nio.file.InvalidPathException e) {
            throw f.bad("", field, "'" + LiteralTree.shown(path) + "' is not a file path");
        }
        if (!resolved.startsWith(folder)) {
            throw f.bad("", field, "'" + path + "' leads outside the edition's folder");
        }
        if (!Files.exists(resolved)) {
            throw new MissingResource(f.name() + ": " + field + ": " + what + " '" + path + "' not found",
                    "put the " + what + " beside the edition file, or correct the path");
        }
        try {
            if (!resolved.toRealPath().startsWith(folder.toRealPath())) {
                throw f.bad("", field, "'" + path + "' is a link to a file outside the edition's folder");
            }
        } catch (IOException e) {
            throw new MissingResource(f.name() + ": " + field + ": cannot read '" + path + "'", null, e);
        }
        return resolved;
    }

    /**
     * Each jumping article's target page number, checked: the target is a page of the edition and
     * not the article's own, and the pages' waits (a page waits for the pages that jump onto it)
     * form no cycle.
     */
    private static Map<Integer, Map<String, Integer>> jumps(List<PageFile> pages, Map<Path, Integer> numbers) {
        Map<Integer, Map<String, Integer>> jumps = new LinkedHashMap<>();
        for (int i = 0; i < pages.size(); i++) {
            PageFile page = pages.get(i);
            int number = i + 1;
            for (Article a : page.articles()) {
                if (a.jump() == null) {
                    continue;
                }
                Integer target = a.jump().page() != null ? a.jump().page()
                        : numbers.get(a.jump().file().toAbsolutePath().normalize());
                String where = page.file() + ": article '" + a.id() + "': jump.to";
                if (target == null || target < 1 || target > pages.size()) {
                    throw new BadInput(where + " '" + a.jump().written() + "' is not a page of this edition (pages 1 to " + pages.size() + ")",
                            "jump to one of the edition's page files, or a page number");
                }
                if (target == number) {
                    throw new BadInput(where + " '" + a.jump().written() + "' is the article's own page",
                            "an article continues on another page of the edition");
                }
                String clash = pages.get(target - 1).articles().stream().map(Article::id).filter(a.id()::equals).findFirst().orElse(null);
                if (clash != null) {
                    throw new BadInput(where + ": page " + target + " (" + pages.get(target - 1).file() + ") has an article '" + clash
                            + "' too, and the continuation keeps the article's id", "rename one of the two articles");
                }
                jumps.computeIfAbsent(number, k -> new LinkedHashMap<>()).put(a.id(), target);
            }
        }
        cycle(jumps, pages);
        return jumps;
    }

    /** Refuses pages that wait on each other (page 1 jumps to 4 and page 4 to 1): their copy could not be cut. */
    private static void cycle(Map<Integer, Map<String, Integer>> jumps, List<PageFile> pages) {
        int[] state = new int[pages.size() + 1];
        for (int p = 1; p <= pages.size(); p++) {
            List<Integer> path = new ArrayList<>();
            if (visit(p, jumps, state, path)) {
                StringBuilder sb = new StringBuilder();
                for (int q : path) {
                    sb.append(sb.isEmpty() ? "" : " → ").append("page ").append(q);
                }
                int from = path.get(path.size() - 2);
                String article = jumps.get(from).entrySet().stream().filter(e -> e.getValue().equals(path.get(path.size() - 1)))
                        .map(Map.Entry::getKey).findFirst().orElse("?");
                throw new BadInput(pages.get(from - 1).file() + ": article '" + article + "': jump.to makes the pages wait on each other ("
                        + sb + ")", "jump in one direction only: the continuation's page must not jump back");
            }
        }
    }

    private static boolean visit(int p, Map<Integer, Map<String, Integer>> jumps, int[] state, List<Integer> path) {
        if (state[p] == 2) {
            return false;
        }
        path.add(p);
        if (state[p] == 1) {
            return true;
        }
        state[p] = 1;
        for (int q : jumps.getOrDefault(p, Map.of()).values().stream().distinct().sorted().toList()) {
            if (visit(q, jumps, state, path)) {
                return true;
            }
        }
        state[p] = 2;
        path.remove(path.size() - 1);
        return false;
    }
}
