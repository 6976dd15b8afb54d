package newsprint.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.List;
import newsprint.Newsprint;
import newsprint.edition.EditionMaker;
import newsprint.read.EditionReader;
import newsprint.compose.CopyFitReport;
import newsprint.compose.LayoutAudit;
import newsprint.compose.TypographyAudit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code newsprint fit PAGE [--json]}: the copy-fit report, without making a PDF. */
@Command(name = "fit", mixinStandardHelpOptions = true,
        description = "Report how each article fits its module: capacity and content in characters and lines, "
                + "overset and underset, and the page's free area. Given an edition file, every page as the edition "
                + "sets it (jumps run on, teasers listed). Exits 5 when something is overset.")
final class FitCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PAGE", description = "the page file")
    Path page;

    @Option(names = "--json", description = "print the report as JSON")
    boolean json;

    @Option(names = "--typography", description = "also count, per page, the faults a desk sends a page back for, and list each: "
            + "the lines' (punctuation pairs, opening marks at line starts, spread units, wide gaps, widow characters, broken bylines) "
            + "and the page's (display lines broken inside a word, column widows and orphans, hierarchy inversions, "
            + "unequal headlines of equal priority, the empty grid)")
    boolean typography;

    @picocli.CommandLine.Mixin
    CommonOptions common;

    @Override
    public Integer call() throws Exception {
        Newsprint newsprint = common.newsprint();
        var out = spec.commandLine().getOut();
        if (EditionReader.isEdition(page)) {
            // an edition: every page composed as the edition makes it (jumps, teasers), none rendered
            var results = new EditionMaker(newsprint).make(newsprint.readEdition(page), new EditionMaker.Settings(null, true,
                    Runtime.getRuntime().availableProcessors(), n -> { }));
            List<CopyFitReport> reports = new java.util.ArrayList<>();
            List<TypographyAudit.Report> audits = new java.util.ArrayList<>();
            List<LayoutAudit> layouts = new java.util.ArrayList<>();
            for (var r : results) {
                if (r.failed()) {
                    throw r.failure();
                }
                reports.add(CopyFitReport.of(r.composed()));
                audits.add(typography ? TypographyAudit.of(r.composed()) : null);
                layouts.add(LayoutAudit.of(r.composed()));
            }
            if (json) {
                ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
                var array = mapper.createArrayNode();
                for (int i = 0; i < reports.size(); i++) {
                    array.add(json(mapper, reports.get(i), audits.get(i), typography ? layouts.get(i) : null));
                }
                out.println(mapper.writeValueAsString(array));
            } else {
                for (int i = 0; i < reports.size(); i++) {
                    out.println(text(reports.get(i), layouts.get(i), typography) + (audits.get(i) == null ? "" : "\n" + text(audits.get(i))) + "\n");
                }
            }
            out.flush();
            return reports.stream().allMatch(CopyFitReport::fits) ? ExitCodes.OK : ExitCodes.OVERSET;
        }
        var composed = newsprint.compose(newsprint.prepare(page));
        CopyFitReport report = CopyFitReport.of(composed);
        TypographyAudit.Report audit = typography ? TypographyAudit.of(composed) : null;
        LayoutAudit layout = LayoutAudit.of(composed);
        if (json) {
            ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
            out.println(mapper.writeValueAsString(json(mapper, report, audit, typography ? layout : null)));
        } else {
            out.println(text(report, layout, typography) + (audit == null ? "" : "\n" + text(audit)));
        }
        out.flush();
        return report.fits() ? ExitCodes.OK : ExitCodes.OVERSET;
    }

    /**
     * The report as JSON; with the audits, a {@code typography} member ({@code {counts: {rule: n}, findings: [...]}},
     * the lines' faults) and a {@code layout} member (the page's).
     */
    private static com.fasterxml.jackson.databind.JsonNode json(ObjectMapper mapper, CopyFitReport report, TypographyAudit.Report audit,
            LayoutAudit layout) {
        com.fasterxml.jackson.databind.node.ObjectNode node = mapper.valueToTree(report);
        if (audit != null) {
            node.set("typography", mapper.valueToTree(audit));
        }
        if (layout != null) {
            node.set("layout", mapper.valueToTree(layout));
        }
        return node;
    }

    /** The audit as text: one line of counts, then a line per fault. */
    static String text(TypographyAudit.Report a) {
        StringBuilder sb = new StringBuilder("typography:");
        a.counts().forEach((rule, n) -> sb.append(' ').append(rule).append(' ').append(n).append(','));
        sb.setLength(sb.length() - 1);
        for (TypographyAudit.Finding f : a.findings()) {
            sb.append(String.format(Locale.ROOT, "%n    %s: %s: %s: %s", f.rule(), f.article(), f.where(), f.line()));
        }
        return sb.toString();
    }

    /** The report, its underset warning, and with {@code typography} the layout audit's counts and faults. */
    static String text(CopyFitReport r, LayoutAudit audit, boolean typography) {
        StringBuilder sb = new StringBuilder(text(r));
        String warning = audit.undersetWarning(r.page());
        if (warning != null) {
            sb.append("\nwarning: ").append(warning);
        }
        if (typography) {
            sb.append(String.format(Locale.ROOT, "%nlayout: %d head breaks inside words, %d caption breaks inside words, "
                    + "%d column widows, %d column orphans, %d hierarchy inversions, %d equal-priority headline size mismatches, "
                    + "%d headline baseline mismatches, %d lead photos smaller, %.1f%% of the grid empty",
                    audit.headBreaksInsideWords(), audit.captionBreaksInsideWords(), audit.columnWidows(), audit.columnOrphans(),
                    audit.hierarchyInversions(), audit.headlineSizeMismatches(), audit.headlineBaselineMismatches(),
                    audit.leadPhotoSmaller(), audit.emptyGridPercent()));
            for (String f : audit.faults()) {
                sb.append("\n    ").append(f);
            }
        }
        return sb.toString();
    }

    static String text(CopyFitReport r) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "%s: %s, %d columns × %d lines, %d characters a line%n", r.page(), r.layout(),
                r.columns(), r.lines(), r.charsPerLine()));
        sb.append(String.format(Locale.ROOT, "%-14s %-8s %-9s %9s %9s %9s %9s %s%n", "article", "at", "module", "cap.chars",
                "chars", "cap.lines", "lines", "fit"));
        for (CopyFitReport.Entry e : r.articles()) {
            String fit = !e.placed() ? String.format(Locale.ROOT, "NOT PLACED: %s; all %d lines (%d characters) over",
                    e.notPlaced(), e.oversetLines(), e.oversetChars())
                    : e.jumpsTo() != null ? String.format(Locale.ROOT, "jumps to page %d: %d lines (%d characters) run on",
                            e.jumpsTo(), e.continuedLines(), e.continuedChars())
                    : e.oversetLines() > 0
                    ? String.format(Locale.ROOT, "OVER by %d lines (%d characters)", e.oversetLines(), e.oversetChars())
                    : e.undersetLines() > 0 ? String.format(Locale.ROOT, "under by %d lines (%d characters)", e.undersetLines(), e.undersetChars())
                    : "exact";
            sb.append(String.format(Locale.ROOT, "%-14s %-8s %-9s %9d %9d %9d %9d %s%n", e.id(), e.placed() ? "c" + e.column() + " r" + e.row() : "-",
                    e.placed() ? e.spanColumns() + "×" + e.heightLines() + (e.headColumns() > 0 ? " v" + e.headColumns() : "") : "-",
                    e.capacityChars(), e.contentChars(), e.capacityLines(), e.contentLines(), fit));
            if (e.continuesFrom() != null) {
                sb.append("    continued from page ").append(e.continuesFrom()).append('\n');
            }
            for (String line : e.overset()) {
                sb.append("    overset: ").append(line).append('\n');
            }
        }
        for (CopyFitReport.AdEntry a : r.ads()) {
            sb.append(String.format(Locale.ROOT, "%-14s %-8s %-9s ad: %s%n", a.id(), "c" + a.column() + " r" + a.row(),
                    a.spanColumns() + "×" + a.heightLines(), a.advertiser()));
        }
        if (!r.ads().isEmpty()) {
            sb.append(String.format(Locale.ROOT, "ads: %d of %d grid cells%n", r.adCells(), r.columns() * r.lines()));
        }
        sb.append(String.format(Locale.ROOT, "free: %d of %d grid cells (%.1f%%), about %d characters%n", r.freeCells(),
                r.columns() * r.lines() - r.adCells(), r.freePercent(), r.freeChars()));
        sb.append(r.fits() ? "fits" : "OVERSET: the page cannot be rendered without --allow-overset");
        return sb.toString();
    }
}
