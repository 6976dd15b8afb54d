package newsprint.edition;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import newsprint.compose.ComposedPage;
import newsprint.compose.Module;
import newsprint.compose.Rect;
import newsprint.compose.Unplaced;
import newsprint.layout.Units;
import newsprint.model.EditionFile;

/**
 * {@code manifest.json}: what an edition run wrote and what it set. Every file with its size and
 * SHA-256; every page with its plate, layout, section, and articles (id, headline, module box in
 * millimetres from the page's top left, characters placed, the page a jumping article continues
 * on or a continuation comes from), its overset, its empty grid cells and its warnings; and each
 * page that failed, with its exit code and message. It holds no time: the same edition gives the
 * same manifest.
 */
final class Manifest {
    record File(String name, long bytes, String sha256) {
    }

    record Box(double xMm, double yMm, double widthMm, double heightMm) {
    }

    record ArticleEntry(String id, String headline, boolean placed, Box box, int characters, Integer jumpsTo, Integer continuesFrom) {
    }

    record PageEntry(int number, String file, String plate, String layout, String section, String colour, List<ArticleEntry> articles,
                     List<AdEntry> ads, List<String> overset, int emptyCells, int adCells, Ink ink, List<String> warnings) {
    }

    record AdEntry(String id, String advertiser, String file, Box box) {
    }

    /** Ink per plate, percent of the page; each picture's highest total ink. */
    record Ink(double cyan, double magenta, double yellow, double black, int limit, List<PictureInk> pictures) {
    }

    record PictureInk(String name, int widthPx, int heightPx, Double maxInk) {
    }

    record Failure(int page, String file, int exitCode, String message) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Edition(String paper, String code, String date, Integer issue, Integer serial, int pages) {
    }

    record Document(Edition edition, List<File> files, List<PageEntry> pages, List<Failure> failures) {
    }

    /** One writer for every manifest: it keeps the serialisers it builds for these records (see {@link #warmUp}). */
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private Manifest() {
    }

    /**
     * Writes a manifest with one of everything and throws it away: the writer builds its
     * serialisers for these records (and loads Jackson) while the pages are made, not after them,
     * where it took about 0.2 s of the edition's tail with nothing beside it.
     */
    static void warmUp() {
        Box box = new Box(1, 2, 3, 4);
        PageEntry page = new PageEntry(1, "p.yaml", "p.pdf", "layout", "section", "colour",
                List.of(new ArticleEntry("a", "headline", true, box, 1, 2, 3)), List.of(new AdEntry("ad", "advertiser", "ad.pdf", box)),
                List.of("overset"), 1, 1, new Ink(1, 2, 3, 4, 5, List.of(new PictureInk("Im1", 1, 1, 1.0))), List.of("warning"));
        write(new Document(new Edition("paper", "CODE", "2024-01-01", 1, 1, 1), List.of(new File("f", 1, "0")), List.of(page),
                List.of(new Failure(1, "p.yaml", 1, "message"))));
    }

    /**
     * The manifest's bytes: the edition, {@code files} (name → bytes, in order; {@code known} holds
     * the hashes of some of them, taken before), the pages made and the failures.
     */
    static byte[] of(EditionFile edition, Map<String, byte[]> files, Map<byte[], String> known, List<EditionMaker.PageResult> results,
                     List<String> plateNames,
                     Map<Integer, List<String>> warnings, java.util.function.ToIntFunction<Throwable> exitCode) {
        var e = edition.edition();
        List<File> listed = new ArrayList<>();
        files.forEach((name, bytes) -> listed.add(new File(name, bytes.length, known.containsKey(bytes) ? known.get(bytes)
                : newsprint.Digest.sha256(bytes))));
        List<PageEntry> pages = new ArrayList<>();
        List<Failure> failures = new ArrayList<>();
        for (EditionMaker.PageResult r : results) {
            String file = edition.folder().relativize(r.file().file().toAbsolutePath().normalize()).toString();
            if (r.failed()) {
                failures.add(new Failure(r.number(), file, exitCode.applyAsInt(r.failure()), r.failure().getMessage()));
                continue;
            }
            pages.add(page(r, file, plateNames.get(r.number() - 1), warnings.getOrDefault(r.number(), List.of())));
        }
        Document doc = new Document(new Edition(e.paper(), e.code(), e.date().toString(), e.issue(), e.serial(), edition.pages().size()),
                listed, pages, failures);
        return write(doc);
    }

    private static byte[] write(Document doc) {
        try {
            return JSON.writeValueAsString(doc).getBytes(StandardCharsets.UTF_8);
        } catch (com.fasterxml.jackson.core.JsonProcessingException ex) {
            throw new IllegalStateException(ex);
        }
    }

    /** Percent to a tenth. */
    private static double percent(double v) {
        return Math.round(v * 10) / 10.0;
    }

    private static PageEntry page(EditionMaker.PageResult r, String file, String plate, List<String> warnings) {
        ComposedPage page = r.composed();
        Map<String, Integer> from = page.prepared().flow().continuesFrom();
        List<ArticleEntry> articles = new ArrayList<>();
        List<String> overset = new ArrayList<>();
        for (Module m : page.modules()) {
            int chars = m.frames().stream().mapToInt(f -> f.lines().stream().mapToInt(l -> l.line().characters()).sum()).sum();
            articles.add(new ArticleEntry(m.article().id(), m.article().headline(), true, box(m.rect()), chars,
                    m.jumps() ? m.fit().continuesOn() : null, from.get(m.article().id())));
            m.fit().oversetText().forEach(l -> overset.add(m.article().id() + ": " + l));
        }
        for (Unplaced u : page.leftOut()) {
            articles.add(new ArticleEntry(u.article().id(), u.article().headline(), false, null, 0, null, from.get(u.article().id())));
            overset.add(u.article().id() + ": not placed (" + u.fit().oversetChars() + " characters)"
                    + (u.why().equals(Unplaced.NO_ROOM) ? "" : ": " + u.why()));
        }
        List<AdEntry> ads = page.ads().stream().map(a -> new AdEntry(a.ad().id(), a.ad().advertiser(),
                page.page().folder().relativize(a.ad().file()).toString(), box(a.slot()))).toList();
        Ink ink = r.ink() == null ? null : new Ink(percent(r.ink().cyan()), percent(r.ink().magenta()), percent(r.ink().yellow()),
                percent(r.ink().black()), r.ink().inkLimit(), r.ink().pictures().stream().map(p -> new PictureInk(p.name(), p.widthPx(), p.heightPx(),
                        Double.isNaN(p.maxInkPercent()) ? null : percent(p.maxInkPercent()))).toList());
        return new PageEntry(r.number(), file, plate, page.layout().name(), page.page().page().section(),
                page.page().page().colour().name().toLowerCase(java.util.Locale.ROOT), articles, ads, overset, page.freeCells(),
                page.adCells(), ink, warnings);
    }

    private static Box box(Rect r) {
        return new Box(mm(r.xPt()), mm(r.yPt()), mm(r.widthPt()), mm(r.heightPt()));
    }

    /** Millimetres to a hundredth: as exact as a plate is cut. */
    private static double mm(double pt) {
        return Math.round(Units.ptToMm(pt) * 100) / 100.0;
    }
}
