package newsprint.cli;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import newsprint.Newsprint;
import newsprint.OutputFile;
import newsprint.compose.ComposedPage;
import newsprint.model.PageFile;
import newsprint.prepare.PreparedPage;
import newsprint.preview.PagePicture;
import newsprint.preview.PageProof;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code newsprint preview PAGE -o PAGE.png}: the proof picture of a page, drawn from its print
 * PDF, with {@code --overlay} the modules marked (article, columns × lines, under or over). A page
 * whose copy does not fit is drawn all the same (the proof is how the desk sees it), with a warning.
 */
@Command(name = "preview", mixinStandardHelpOptions = true,
        description = "Write a page's proof picture (PNG), drawn from its print PDF at the trim; --overlay marks each module "
                + "with its article, columns × lines and how its copy fits. Refuses a page with a preflight error, as render does.")
final class PreviewCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PAGE", description = "the page file (.yaml, .yml or .json)")
    Path page;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "PAGE.png",
            description = "the PNG to write (a regular file, never one the run reads), or - for standard output")
    Path output;

    @Option(names = "--dpi", defaultValue = "" + PagePicture.DEFAULT_DPI, paramLabel = "N",
            description = "resolution, " + PagePicture.MIN_DPI + " to " + PagePicture.MAX_DPI + " (default: ${DEFAULT-VALUE})")
    int dpi;

    @Option(names = "--overlay", description = "mark the modules: article, columns × lines, under (amber) or over (red), jumps (blue), ads (grey)")
    boolean overlay;

    @picocli.CommandLine.Mixin
    CommonOptions common;

    @Override
    public Integer call() {
        OptionChecks.range("--dpi", dpi, PagePicture.MIN_DPI, PagePicture.MAX_DPI);
        OutputFile out = OutputFile.of(output);
        out.refuseOverwriting(Map.of(page, "the page file"));
        Newsprint newsprint = common.newsprint();
        PageFile file = newsprint.read(page);
        out.refuseOverwriting(newsprint.inputs(file));
        PreparedPage prepared = newsprint.prepare(file);
        newsprint.preflight(prepared);
        ComposedPage composed = newsprint.compose(prepared);
        var err = spec.commandLine().getErr();
        if (!composed.fits()) {
            err.println("warning: " + page + ": " + composed.oversetSummary() + "; the proof shows the page with the overset text cut");
        }
        PageProof proof = PageProof.of(composed, newsprint.render(composed), dpi);
        BufferedImage picture = overlay ? proof.withOverlay() : proof.picture();
        byte[] png = PagePicture.png(picture);
        out.write(png);
        (out.isStandardOutput() ? err : spec.commandLine().getOut()).println("wrote " + (out.isStandardOutput() ? "the PNG to standard output"
                : output) + " (" + picture.getWidth() + " × " + picture.getHeight() + " pixels at " + dpi + " dpi, " + png.length / 1024 + " KB"
                + (overlay ? ", " + proof.marks().size() + " boxes marked" : "") + ")");
        return ExitCodes.OK;
    }
}
