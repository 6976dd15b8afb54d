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
import newsprint.model.Article;
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
    private static final Set<String> TOP = Set.of("edition", "layout", "pages");
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
            Path page = pagePath(f, folder, path, field);
            if (numbers.putIfAbsent(page.toAbsolutePath().normalize(), i + 1) != null) {
                throw f.bad("", field, "'" + path + "' is page " + numbers.get(page.toAbsolutePath().normalize()) + " already: a page is made once");
            }
            read.add(pages.read(page, new Fields.Inherited(name, edition, i + 1, section, pageLayout)));
        }
        return new EditionFile(file, edition, read, jumps(read, numbers), bytes);
    }

    private static Path folderOf(Path file) {
        Path parent = file.toAbsolutePath().normalize().getParent();
        return parent == null ? Path.of("/") : parent;
    }

    /** A page file path: relative to the edition file and inside its folder, like a page's photos. */
    private static Path pagePath(Fields f, Path folder, String path, String field) {
        if (path.matches("^[A-Za-z][A-Za-z0-9+.-]*:.*") || path.startsWith("/") || path.startsWith("\\")) {
            throw f.bad("", field, "'" + LiteralTree.shown(path) + "' must be a page file beside the edition file, relative to it");
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
            throw new MissingResource(f.name() + ": " + field + ": page file '" + path + "' not found",
                    "put the page file beside the edition file, or correct the path");
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
