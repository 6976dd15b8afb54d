package newsprint.compose;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import newsprint.GeneratedPages;
import newsprint.Newsprint;
import newsprint.edition.EditionMaker;

/**
 * Issue 12 rule 8's measure, page by page: how much of a page's slack the lead takes (its largest
 * photo's height over its natural height at the width it is set, its area, its headline's lines
 * and size) against the page's empty cells, hierarchy inversions, articles left out and lines
 * over. A tool for the before/after tables in the README, run by hand:
 * {@code java -cp target/classes:target/test-classes:JAR newsprint.compose.SlackMeasure [generated pages [first seed]]}.
 */
public final class SlackMeasure {
    private SlackMeasure() {
    }

    /** One page's figures. */
    record Row(String page, String lead, String leadModule, double photoShare, double photoAreaCm2, int headLines, double headPt,
               int free, int inversions, int leftOut, int over, long planMs) {
        String line() {
            return String.format(Locale.ROOT, "%-22s %-10s %-8s %5s %7s %2d %5.1f %5d %3d %3d %4d %6d", page, lead, leadModule,
                    Double.isNaN(photoShare) ? "-" : String.format(Locale.ROOT, "%.2f", photoShare),
                    Double.isNaN(photoShare) ? "-" : String.format(Locale.ROOT, "%.1f", photoAreaCm2), headLines, headPt, free, inversions,
                    leftOut, over, planMs);
        }
    }

    static Row measure(String name, ComposedPage page, long ms) {
        int top = page.modules().stream().mapToInt(m -> m.article().priority()).min().orElse(0);
        Module lead = page.modules().stream().filter(m -> m.article().priority() == top).findFirst().orElse(null);
        double share = Double.NaN;
        double area = Double.NaN;
        int headLines = 0;
        double headPt = 0;
        String id = "-";
        String module = "-";
        if (lead != null) {
            id = lead.article().id();
            module = lead.span() + "x" + lead.lines();
            Figure largest = lead.figures().stream()
                    .max(Comparator.comparingDouble(f -> f.frame().widthPt() * f.frame().heightPt())).orElse(null);
            if (largest != null) {
                // the image is scaled to cover the frame: its height over its width is the photo's own
                double natural = largest.frame().widthPt() * largest.image().heightPt() / largest.image().widthPt();
                share = largest.frame().heightPt() / natural;
                area = largest.frame().widthPt() * largest.frame().heightPt() / (72 / 2.54) / (72 / 2.54);
            }
            for (HeadLine h : lead.head()) {
                if (h.role() == HeadLine.Role.HEADLINE) {
                    headLines++;
                    headPt = h.style().sizePt();
                }
            }
        }
        int over = page.modules().stream().mapToInt(m -> m.fit().oversetLines()).sum();
        return new Row(name, id, module, share, area, headLines, headPt, page.freeCells(), LayoutAudit.of(page).hierarchyInversions(),
                page.leftOut().size(), over, ms);
    }

    public static void main(String[] args) throws Exception {
        Newsprint np = Newsprint.bundled();
        int generated = args.length > 0 ? Integer.parseInt(args[0]) : 60;
        long firstSeed = args.length > 1 ? Long.parseLong(args[1]) : 20241124L;
        List<Row> rows = new ArrayList<>();
        System.out.println("page                   lead       module   share    area hl  size  free inv out over     ms");
        for (String ex : List.of("seed", "front-page", "photo-heavy", "traditional", "overset")) {
            var prepared = np.prepare(Path.of("examples", ex, "page.yaml"));
            long t = System.nanoTime();
            ComposedPage page = np.compose(prepared);
            rows.add(measure(ex, page, (System.nanoTime() - t) / 1_000_000));
            System.out.println(rows.get(rows.size() - 1).line());
        }
        var results = new EditionMaker(np).make(np.readEdition(Path.of("examples", "edition", "edition.yaml")),
                new EditionMaker.Settings(null, true, 2, n -> { }));
        for (var r : results) {
            rows.add(measure("edition " + r.composed().page().file().getFileName(), r.composed(), 0));
            System.out.println(rows.get(rows.size() - 1).line());
        }
        Path dir = Files.createTempDirectory("slack");
        for (int i = 0; i < generated; i++) {
            long seed = firstSeed + i;
            Path file = GeneratedPages.write(dir.resolve("g" + i), seed, i % 2 == 0 ? "tabloid" : "broadsheet");
            var prepared = np.prepare(np.read(file));
            long t = System.nanoTime();
            ComposedPage page = np.compose(prepared);
            rows.add(measure("gen " + seed + (i % 2 == 0 ? " t" : " b"), page, (System.nanoTime() - t) / 1_000_000));
            System.out.println(rows.get(rows.size() - 1).line());
        }
        summary("examples+edition", rows.subList(0, 5 + results.size()));
        summary("generated", rows.subList(5 + results.size(), rows.size()));
    }

    static void summary(String what, List<Row> rows) {
        List<Row> photo = rows.stream().filter(r -> !Double.isNaN(r.photoShare())).toList();
        System.out.printf(Locale.ROOT,
                "%s: %d pages; lead photo share mean %.3f (%d pages with one, %d under 0.95), area %.1f cm²; head lines %d; free %d; "
                        + "inversions %d; left out %d; over %d; ms %d%n",
                what, rows.size(), photo.stream().mapToDouble(Row::photoShare).average().orElse(0), photo.size(),
                photo.stream().filter(r -> r.photoShare() < 0.95).count(), photo.stream().mapToDouble(Row::photoAreaCm2).sum(),
                rows.stream().mapToInt(Row::headLines).sum(), rows.stream().mapToInt(Row::free).sum(),
                rows.stream().mapToInt(Row::inversions).sum(), rows.stream().mapToInt(Row::leftOut).sum(),
                rows.stream().mapToInt(Row::over).sum(), rows.stream().mapToLong(Row::planMs).sum());
    }
}
