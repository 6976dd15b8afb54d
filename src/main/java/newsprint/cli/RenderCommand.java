package newsprint.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import newsprint.Newsprint;
import newsprint.NewsprintException;
import newsprint.OutputFile;
import newsprint.OutputSet;
import newsprint.archive.ArchiveEdition;
import newsprint.archive.ArchiveFile;
import newsprint.compose.ComposedPage;
import newsprint.compose.LayoutAudit;
import newsprint.compose.Module;
import newsprint.finish.PrintFinish;
import newsprint.model.PageFile;
import newsprint.prepare.PreparedPage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code newsprint render PAGE -o OUT.pdf}: composes a page and writes its PDF. */
@Command(name = "render", mixinStandardHelpOptions = true,
        description = "Compose a page file and write its PDF. Refuses a page with a preflight error "
                + "(see 'newsprint check') or whose articles do not fit.")
final class RenderCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PAGE", description = "the page file (.yaml, .yml or .json)")
    Path page;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "OUT.pdf",
            description = "the PDF to write (a regular file, never one the run reads), or - for standard output")
    Path output;

    @Option(names = "--allow-overset", description = "render even when text does not fit; what was cut is listed")
    boolean allowOverset;

    @picocli.CommandLine.Mixin
    CommonOptions common;

    @Option(names = "--archive", description = "make the archive PDF (PDF/A-3u + PDF/UA-1, page file attached) instead of the print PDF")
    boolean archive;

    @Option(names = "--bleed", paramLabel = "MM", defaultValue = "3", description = "print PDF: bleed around the trim in mm (default: ${DEFAULT-VALUE})")
    double bleedMm;

    @Option(names = "--marks", description = "print PDF: crop marks in a slug outside the bleed")
    boolean marks;

    @picocli.CommandLine.Mixin
    PressOptions pressOptions;

    /** Below this effective resolution a photo is reported: newsprint presses want 150 ppi or more. */
    static final int LOW_PPI = 150;

    /** The bleed a press asks for is a few millimetres; 20 mm is more than any asks. */
    static final double MAX_BLEED_MM = 20;

    @Override
    public Integer call() {
        // everything about the arguments is checked before any work
        OptionChecks.range("--bleed", bleedMm, 0, MAX_BLEED_MM, "mm");
        newsprint.finish.Press press = pressOptions.press();
        OutputFile out = OutputFile.of(output);
        // the archive PDF and its sidecars beside it are one output, all or none (with -o -, the PDF alone: it carries them)
        List<Path> sidecars = archive && !out.isStandardOutput()
                ? ArchiveEdition.sidecarNames(output.getFileName().toString()).stream().map(output::resolveSibling).toList() : List.of();
        List<Path> targets = new java.util.ArrayList<>(List.of(output));
        targets.addAll(sidecars);
        OutputSet archiveOutput = sidecars.isEmpty() ? null : OutputSet.of(targets);
        out.refuseOverwriting(Map.of(page, "the page file"));
        if (archiveOutput != null) {
            archiveOutput.refuseOverwriting(Map.of(page, "the page file"));
        }
        Newsprint newsprint = common.newsprint();
        PageFile file = newsprint.read(page);
        out.refuseOverwriting(newsprint.inputs(file));
        if (archiveOutput != null) {
            archiveOutput.refuseOverwriting(newsprint.inputs(file));
        }
        if (!archive) {
            press.prefetch(); // the photos' conversion, made while the page is composed
        }
        PreparedPage prepared = newsprint.prepare(file);
        newsprint.preflight(prepared);
        ComposedPage composed = newsprint.compose(prepared);
        var err = spec.commandLine().getErr();
        if (!composed.fits()) {
            String sb = composed.oversetSummary();
            if (!allowOverset) {
                throw new NewsprintException.Overset(page + ": " + sb, "cut the copy, or render with --allow-overset to see the page");
            }
            err.println("warning: " + page + ": " + sb + "; the overset text is cut:");
            for (Module m : composed.modules()) {
                for (String line : m.fit().oversetText()) {
                    err.println("  cut from '" + m.article().id() + "': " + line);
                }
            }
            for (var u : composed.leftOut()) {
                err.println("  left out: article '" + u.article().id() + "' (" + u.article().headline() + ")");
            }
        }
        for (Module m : composed.modules()) {
            for (var f : m.figures()) {
                if (f.effectivePpi() < LOW_PPI) {
                    err.printf(java.util.Locale.ROOT, "warning: %s: article '%s': photo '%s' prints at %.0f ppi (under %d): it may look soft%n",
                            page, m.article().id(), f.photo().file().getFileName(), f.effectivePpi(), LOW_PPI);
                }
            }
        }
        String underset = LayoutAudit.of(composed).undersetWarning(page.toString());
        if (underset != null) {
            err.println("warning: " + underset);
        }
        byte[] pdf;
        if (archive) {
            String name = out.isStandardOutput() ? "page.pdf" : output.getFileName().toString();
            List<ArchiveFile> files = newsprint.archive(composed, name);
            pdf = files.get(0).bytes();
            if (archiveOutput == null) {
                out.write(pdf);
            } else {
                archiveOutput.write(files.stream().map(ArchiveFile::bytes).toList());
            }
        } else {
            pdf = newsprint.render(composed, new PrintFinish(bleedMm, marks, press));
            out.write(pdf);
        }
        // with -o -, standard output is the PDF's alone
        (out.isStandardOutput() ? err : spec.commandLine().getOut()).println("wrote " + (out.isStandardOutput() ? "the PDF to standard output"
                : output) + " (" + pdf.length / 1024 + " KB, " + composed.modules().size()
                + " articles, " + composed.freeCells() + " of " + composed.totalCells() + " grid cells empty"
                + (composed.ads().isEmpty() ? "" : ", " + composed.ads().size() + (composed.ads().size() == 1 ? " ad in " : " ads in ")
                        + composed.adCells() + " cells") + ")");
        if (!sidecars.isEmpty()) {
            spec.commandLine().getOut().println("wrote " + String.join(", ", sidecars.stream().map(Path::toString).toList())
                    + " (ALTO, METS, articles; also attached to the PDF)");
        }
        return ExitCodes.OK;
    }
}
