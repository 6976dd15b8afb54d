package newsprint;

import java.nio.file.Path;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import newsprint.archive.ArchiveEdition;
import newsprint.archive.ArchiveFile;
import newsprint.archive.Sidecars;
import newsprint.check.Finding;
import newsprint.check.Preflight;
import newsprint.compose.ComposedPage;
import newsprint.compose.Composer;
import newsprint.fill.PageFiller;
import newsprint.finish.ArchiveFinish;
import newsprint.finish.PdfFinish;
import newsprint.finish.PrintFinish;
import newsprint.layout.Layout;
import newsprint.layout.LayoutLibrary;
import newsprint.model.Ad;
import newsprint.NewsprintException.BadInput;
import newsprint.NewsprintException.MissingResource;
import newsprint.model.Article;
import newsprint.model.Language;
import newsprint.model.PageFile;
import newsprint.model.Photo;
import newsprint.prepare.AdFile;
import newsprint.prepare.PageFlow;
import newsprint.prepare.PhotoFile;
import newsprint.prepare.PhotoInspector;
import newsprint.prepare.PreparedLayout;
import newsprint.prepare.PreparedPage;
import newsprint.read.PageReader;
import newsprint.render.PdfRenderer;
import newsprint.render.RenderedPage;
import newsprint.type.Face;
import newsprint.type.FontLibrary;
import newsprint.type.WordBreaks;
import newsprint.type.Styles;
import org.jsoup.nodes.Document;

/**
 * newsprint as a library, and the engine that lives for a process: the parsed fonts, the
 * prepared layouts (grid, styles, template) and the compressed colour profiles are made once and
 * shared by every page. The stages are {@link #read}, {@link #prepare}, {@link #check},
 * {@link #compose}, {@link #fill} and {@link #render} (which paints and finishes); each takes the
 * previous one's output. One instance is safe to use from many threads at once: pages render in
 * parallel. {@link #render} trusts its page: call {@link #preflight} first, as the
 * {@code render} command does, so a damaged photo never reaches the PDF.
 */
public final class Newsprint {
    private final LayoutLibrary layouts;
    private final FontLibrary fonts;
    private final ConcurrentHashMap<String, PreparedLayout> prepared = new ConcurrentHashMap<>();
    private final PageReader reader = new PageReader();
    private final Composer composer = new Composer();
    private final PageFiller filler = new PageFiller();
    private final PdfRenderer renderer = new PdfRenderer();
    private final Preflight preflight = new Preflight();
    private final PhotoInspector photos = new PhotoInspector();
    /**
     * Threads that decode photos beside the caller's work. Not the common pool: on two cores it
     * has one thread, and an edition's pages would wait in line for it while the cores idle.
     */
    private final java.util.concurrent.ExecutorService decoders = java.util.concurrent.Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "newsprint-photo");
        t.setDaemon(true);
        return t;
    });

    public Newsprint(LayoutLibrary layouts, FontLibrary fonts) {
        this.layouts = layouts;
        this.fonts = fonts;
    }

    /** An instance on {@code layouts}, with the fonts the launcher points at (or those in the jar). */
    public Newsprint(LayoutLibrary layouts) {
        this(layouts, FontLibrary.fromSystemProperty());
    }

    /**
     * Starts, on a thread of its own, the one-off work a process's first page would otherwise do
     * on its own thread while the other cores wait: ICU's Chinese dictionary (headlines break by
     * it) and the renderer's libraries ({@link PdfRenderer#renderNothing()}). Returns at once; for a
     * process about to read, compose and render a page (the command line's {@code render},
     * {@code edition}, {@code check}, {@code preview} and {@code serve} call it first). Output is
     * the same with or without it: it only fills the libraries' own caches of their data. Not
     * done in a VM allowed less than {@link #WARM_UP_MIN_HEAP} bytes of heap: there the page needs
     * what the warm-up would take, and a warm-up that runs out of memory stops quietly (the page's
     * own thread reports the memory error, as it would without it).
     */
    public static void warmUp() {
        if (Runtime.getRuntime().maxMemory() < WARM_UP_MIN_HEAP) {
            return;
        }
        Thread warm = new Thread(() -> {
            try {
                WordBreaks.warmUp();
                PdfRenderer.renderNothing();
            } catch (RuntimeException | OutOfMemoryError e) {
                // nothing is lost: the page's own work does the same and reports what fails
            }
        }, "newsprint-warm-up");
        warm.setDaemon(true);
        warm.start();
    }

    /** The least heap a VM must be allowed for {@link #warmUp()} to run: the seed page renders in 64 MB, a front page in more. */
    static final long WARM_UP_MIN_HEAP = 256L * 1024 * 1024;

    /** An instance using the layouts and fonts bundled with newsprint. */
    public static Newsprint bundled() {
        return new Newsprint(LayoutLibrary.bundled());
    }

    public PageFile read(Path pageFile) {
        return reader.read(pageFile);
    }

    /** Reads an edition file and every page file it lists (see {@link newsprint.read.EditionReader}). */
    public newsprint.model.EditionFile readEdition(Path editionFile) {
        return new newsprint.read.EditionReader().read(editionFile);
    }

    /** The files an edition's run reads: the edition file, and every page's files (see {@link #inputs(PageFile)}). */
    public Map<Path, String> inputs(newsprint.model.EditionFile edition) {
        Map<Path, String> files = new LinkedHashMap<>();
        files.put(edition.file(), "the edition file");
        for (PageFile page : edition.pages()) {
            inputs(page).forEach(files::putIfAbsent);
        }
        return files;
    }

    /**
     * The page ready for the later stages: its layout prepared, each distinct photo file read and
     * inspected once (a file that cannot be used is reported by {@link #check}, not thrown here),
     * its articles' text as it will print.
     */
    public PreparedPage prepare(PageFile page) {
        return prepare(page, PageFlow.alone(page.page().number()), List.of());
    }

    /**
     * The page prepared as a page of an edition: standing where {@code flow} says, with
     * {@code added} (printed text: continuations of articles jumping here, the teasers box) set
     * after its own articles.
     */
    public PreparedPage prepare(PageFile page, PageFlow flow, List<Article> added) {
        // the photos are decoded beside the layout's preparation (which may wait for its fonts)
        Map<Path, CompletableFuture<PhotoFile>> pending = new LinkedHashMap<>();
        for (Article a : page.articles()) {
            for (Photo p : a.photos()) {
                pending.computeIfAbsent(p.file(), f -> CompletableFuture.supplyAsync(() -> photos.inspect(f), decoders));
            }
        }
        Map<Path, CompletableFuture<AdFile>> adsPending = new LinkedHashMap<>();
        for (Ad ad : page.ads()) {
            adsPending.computeIfAbsent(ad.file(), f -> CompletableFuture.supplyAsync(() -> AdFile.inspect(f), decoders));
        }
        PreparedLayout layout = askedBy(page, () -> layout(page.page().layout()));
        requireScript(page, layout);
        Map<Path, PhotoFile> files = new LinkedHashMap<>();
        pending.forEach((path, inspection) -> files.put(path, joined(inspection)));
        Map<Path, AdFile> ads = new LinkedHashMap<>();
        adsPending.forEach((path, inspection) -> ads.put(path, joined(inspection)));
        List<Article> printed = new java.util.ArrayList<>(page.articles().stream().map(a -> a.withText(layout::printed)).toList());
        printed.addAll(added);
        return new PreparedPage(page, layout, files, printed, flow, ads);
    }

    /** A page is set in a layout made for its script: Traditional text in Simplified fonts would print Simplified glyph forms. */
    private static void requireScript(PageFile page, PreparedLayout layout) {
        Language lang = page.page().lang();
        Language made = layout.layout().lang();
        if (lang.script() != made) {
            throw new BadInput(page.file() + ": page.lang is " + lang.tag() + " but layout '" + layout.name() + "' is made for "
                    + made.tag() + " (its fonts draw " + (made.traditional() ? "Traditional" : "Simplified") + " glyph forms)",
                    lang.traditional() ? "set page.layout to a Traditional layout (tabloid-hant, broadsheet-hant), or leave it out"
                            : "set page.layout to a Simplified layout (tabloid, broadsheet), or leave it out");
        }
    }

    /** The result of work done on another thread, or what went wrong there (out of memory included), thrown here. */
    private static <T> T joined(CompletableFuture<T> work) {
        try {
            return work.join();
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }

    /** Reads and prepares the page file at {@code pageFile}. */
    public PreparedPage prepare(Path pageFile) {
        return prepare(read(pageFile));
    }

    /** The layout called {@code name}, prepared once per process: grid data, styles with their faces, template. */
    public PreparedLayout layout(String name) {
        PreparedLayout l = prepared.get(name);
        if (l == null) {
            // made outside the map's lock: preparing reads files and may wait for fonts
            l = prepareLayout(name);
            PreparedLayout earlier = prepared.putIfAbsent(name, l);
            l = earlier != null ? earlier : l;
        }
        return l;
    }

    private PreparedLayout prepareLayout(String name) {
        Layout layout = layouts.layout(name);
        Path folder = layouts.folderOf(name);
        Map<String, Face> faces = new LinkedHashMap<>();
        layout.fonts().forEach((font, ref) -> faces.put(font, fonts.face(font, ref.file(), folder, ref.family(), ref.weight())));
        PhotoFile artwork = null;
        if (layout.masthead() != null && layout.masthead().artwork() != null) {
            String file = layout.masthead().artwork();
            artwork = PhotoFile.of(Path.of(file), layouts.artwork(name, file));
            if (!artwork.usable()) {
                throw new NewsprintException.MissingResource("layout '" + name + "': masthead.artwork '" + file + "' "
                        + artwork.problem().message(), "the masthead is a PNG or JPEG beside layout.yaml");
            }
        }
        return new PreparedLayout(layout, new Styles(layout, faces), layouts.template(name, layout), layouts.stylesheet(name, layout),
                artwork);
    }

    /**
     * The preflight's findings for the page, errors and warnings, without making a PDF. The page
     * is composed (when its photos can be used) to know each photo's printed resolution.
     */
    public List<Finding> check(PreparedPage page) {
        return preflight.check(page, () -> composer.compose(page));
    }

    /** The preflight's findings for a page already composed as {@code composed} (an edition's page, with its jumps). */
    public List<Finding> check(PreparedPage page, ComposedPage composed) {
        return preflight.check(page, () -> composed);
    }

    /**
     * Stops a page the preflight finds an error in: a character no font draws, a photo that
     * cannot be used, a paragraph printed twice, a headline without words. Render calls it first.
     */
    public void preflight(PreparedPage page) {
        Preflight.require(page.file(), preflight.unplaced(page));
    }

    /** Places the page's articles. Overset (and articles left out) is reported in the result, not thrown. */
    public ComposedPage compose(PreparedPage page) {
        return composer.compose(page);
    }

    public Document fill(ComposedPage page) {
        return filler.fill(page);
    }

    /** The print PDF with the usual press settings (PDF/X-4, 3 mm bleed). */
    public byte[] render(ComposedPage page) {
        return render(page, PrintFinish.standard());
    }

    /** The PDF painted and then finished for print ({@link PrintFinish}) or for the archive ({@link ArchiveFinish}). */
    public byte[] render(ComposedPage page, PdfFinish finish) {
        try (RenderedPage rendered = renderer.render(page, fill(page), finish.tagged())) {
            return finish.finish(rendered);
        } catch (IOException e) {
            throw new NewsprintException.RenderFailure(page.page().file() + ": cannot finish the PDF: " + e.getMessage(), null, e);
        }
    }

    /**
     * The archive PDF of {@code page}, to be saved as {@code pdfName}, first, then its sidecars
     * named after it ({@link ArchiveEdition#sidecarNames}): the page's ALTO, METS and articles
     * files, which the PDF also carries as attachments. An edition's pages are archived with
     * {@link Sidecars#of} on an {@link ArchiveEdition} of them and {@link ArchiveFinish}.
     */
    public List<ArchiveFile> archive(ComposedPage page, String pdfName) {
        List<ArchiveFile> sidecars = Sidecars.of(ArchiveEdition.ofPage(page, pdfName));
        byte[] pdf = render(page, new ArchiveFinish(sidecars));
        List<ArchiveFile> out = new java.util.ArrayList<>();
        out.add(new ArchiveFile(pdfName, "application/pdf", "the archive PDF", pdf));
        out.addAll(sidecars);
        return out;
    }

    /**
     * {@code work} on {@code page}'s layout; when there is no layout of the name the page (or its
     * edition) gives, the error says which page file asked for it.
     */
    private static <T> T askedBy(PageFile page, java.util.function.Supplier<T> work) {
        try {
            return work.get();
        } catch (MissingResource e) {
            if (!e.getMessage().startsWith("layout '" + page.page().layout() + "' not found")) {
                throw e;
            }
            throw new MissingResource(page.file() + ": its " + e.getMessage(), e.hint(), e);
        }
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
        page.ads().forEach(ad -> files.put(ad.file(), "the file of ad '" + ad.id() + "'"));
        String name = page.page().layout();
        askedBy(page, () -> layouts.files(name)).forEach(f -> files.put(f, "a file of layout '" + name + "'"));
        for (Layout.FontRef font : askedBy(page, () -> layouts.layout(name)).fonts().values()) { // read, not prepared: no font is parsed before the refusal
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
