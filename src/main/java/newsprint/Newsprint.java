package newsprint;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import newsprint.check.Finding;
import newsprint.check.Preflight;
import newsprint.compose.ComposedPage;
import newsprint.compose.Composer;
import newsprint.compose.GlyphCheck;
import newsprint.compose.Styles;
import newsprint.fill.PageFiller;
import newsprint.layout.Layout;
import newsprint.layout.LayoutLibrary;
import newsprint.model.PageFile;
import newsprint.read.PageReader;
import newsprint.finish.ArchiveFinish;
import newsprint.finish.PrintFinish;
import newsprint.render.PdfFinish;
import newsprint.render.PdfRenderer;
import newsprint.type.FontLibrary;
import org.jsoup.nodes.Document;

/**
 * newsprint as a library: read a page file, check it, compose it on its layout's grid, fill the
 * layout's template, render the PDF. One instance keeps the parsed fonts and can render many
 * pages, one at a time. {@link #render} trusts its page: call {@link #preflight} first, as the
 * {@code render} command does, so a damaged photo never reaches the PDF.
 */
public final class Newsprint {
    private final LayoutLibrary layouts;
    private final FontLibrary fonts = FontLibrary.fromSystemProperty();
    private final PageReader reader = new PageReader();
    private final Composer composer = new Composer();
    private final PageFiller filler = new PageFiller();
    private final PdfRenderer renderer = new PdfRenderer();
    private final Preflight preflight = new Preflight();

    public Newsprint(LayoutLibrary layouts) {
        this.layouts = layouts;
    }

    /** An instance using the layouts and fonts bundled with newsprint. */
    public static Newsprint bundled() {
        return new Newsprint(LayoutLibrary.bundled());
    }

    public PageFile read(Path pageFile) {
        return reader.read(pageFile);
    }

    /** Places the page's articles; stops on a character no font has. Overset is reported in the result, not thrown. */
    public ComposedPage compose(PageFile page) {
        Layout layout = layouts.layout(page.page().layout());
        Styles styles = styles(layout);
        GlyphCheck.require(page, styles, layout.options().fullWidthPunctuation());
        return composer.compose(page, layout, styles);
    }

    /**
     * The preflight's findings for the page, errors and warnings, without making a PDF. The page
     * is composed (when its photos can be read) to know each photo's printed resolution.
     */
    public List<Finding> check(PageFile page) {
        Layout layout = layouts.layout(page.page().layout());
        Styles styles = styles(layout);
        return preflight.check(page, layout, styles, () -> composer.compose(page, layout, styles));
    }

    /**
     * Stops a page the preflight finds an error in: a character no font has, a photo that does
     * not decode, a paragraph printed twice, a headline without words. Render calls it first.
     */
    public void preflight(PageFile page) {
        Layout layout = layouts.layout(page.page().layout());
        Preflight.require(page, preflight.unplaced(page, layout, styles(layout)));
    }

    private Styles styles(Layout layout) {
        return new Styles(layout, fonts, layouts.folderOf(layout.name()));
    }

    public Document fill(ComposedPage page) {
        String name = page.layout().name();
        return filler.fill(page, layouts.template(name), layouts.stylesheet(name));
    }

    /** The print PDF with the usual press settings (PDF/X-4, 3 mm bleed). */
    public byte[] render(ComposedPage page) {
        return render(page, PrintFinish.standard());
    }

    /** The PDF finished for print ({@link PrintFinish}) or for the archive ({@link ArchiveFinish}). */
    public synchronized byte[] render(ComposedPage page, PdfFinish finish) {
        return renderer.render(page, fill(page), finish);
    }

    /**
     * Every file on disk the run reads for {@code page}, with what it is: the page file, its
     * photos, the layout's files when read from a folder, and the fonts read from disk. An
     * output must be none of them ({@link OutputFile#refuseOverwriting}).
     */
    public Map<Path, String> inputs(PageFile page) {
        Map<Path, String> files = new LinkedHashMap<>();
        files.put(page.file(), "the page file");
        page.articles().forEach(a -> a.photos().forEach(p -> files.put(p.file(), "a photo of article '" + a.id() + "'")));
        String name = page.page().layout();
        layouts.files(name).forEach(f -> files.put(f, "a file of layout '" + name + "'"));
        for (Layout.FontRef font : layouts.layout(name).fonts().values()) {
            Path file = fonts.fileOnDisk(font.file(), layouts.folderOf(name));
            if (file != null) {
                files.put(file, "a font of layout '" + name + "'");
            }
        }
        return files;
    }

    /**
     * Writes {@code bytes} to {@code target} by {@link OutputFile}'s rules: a regular file (or a
     * new one), through a temporary file moved into place, so a failed or killed run leaves no
     * partial file and an existing good one untouched.
     */
    public static void writeAtomically(Path target, byte[] bytes) {
        OutputFile.of(target).write(bytes);
    }
}
