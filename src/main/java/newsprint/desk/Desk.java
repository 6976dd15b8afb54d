package newsprint.desk;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import newsprint.Digest;
import newsprint.Newsprint;
import newsprint.NewsprintException;
import newsprint.check.Finding;
import newsprint.check.Preflight;
import newsprint.compose.ComposedPage;
import newsprint.compose.CopyFitReport;
import newsprint.edition.EditionMaker;
import newsprint.finish.InkCoverage;
import newsprint.finish.PrintFinish;
import newsprint.model.EditionFile;
import newsprint.model.PageFile;
import newsprint.prepare.PreparedPage;
import newsprint.preview.PagePicture;
import newsprint.preview.PageProof;

/**
 * The pages the desk shows, kept made by one warm engine. {@link #refresh} reads everything again
 * and composes every page (an edition's as the edition sets them: jumps, teasers), which is cheap,
 * then renders only the pages that look different from what it last made (their filled page and
 * their photos' and ads' contents are compared), in parallel. A page that fails carries its error;
 * the others are made all the same.
 */
public final class Desk implements AutoCloseable {
    /** A thumbnail on the flatplan: a tabloid page is 240 × 347 pixels. */
    static final int THUMBNAIL_WIDTH_PX = 240;

    private final DeskSource source;
    private final Supplier<Newsprint> engines;
    private final float dpi;
    private final SignOffs signOffs;
    private final ExecutorService renderers;
    private final int threads;
    private volatile Newsprint newsprint;
    private volatile EditionFile edition;
    private volatile Snapshot snapshot = new Snapshot(0, List.of(), null, Set.of());
    private final Set<Path> layoutFiles = new LinkedHashSet<>();
    /** The last edition composed: its jumps and teasers, to know which pages a change reaches. */
    private EditionFile composedEdition;
    /** The files each page served alone read when it was last made, by page file. */
    private final Map<String, Map<Path, String>> pageInputs = new HashMap<>();

    /** A desk on {@code source}, its engine from {@code engines} (asked again when a layout file changes), pictures at {@code dpi}. */
    public Desk(DeskSource source, Supplier<Newsprint> engines, float dpi) {
        this.source = source;
        this.engines = engines;
        this.dpi = dpi;
        this.signOffs = new SignOffs(source.signOffFile());
        this.threads = Math.max(1, Runtime.getRuntime().availableProcessors());
        this.renderers = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "newsprint-desk-render");
            t.setDaemon(true);
            return t;
        });
        this.newsprint = engines.get();
    }

    public DeskSource source() {
        return source;
    }

    public SignOffs signOffs() {
        return signOffs;
    }

    public float dpi() {
        return dpi;
    }

    public Snapshot snapshot() {
        return snapshot;
    }

    public Newsprint engine() {
        return newsprint;
    }

    /** The edition file as last read, or null when the desk serves pages alone (or the edition could never be read). */
    public EditionFile edition() {
        return edition;
    }

    /** True when a change to {@code file} may change a page: a file a page reads, or a new page file of a served folder. */
    public boolean concerns(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        if (snapshot.inputs().contains(abs)) {
            return true;
        }
        String name = abs.getFileName().toString();
        return source.kind() == DeskSource.Kind.FOLDER && abs.getParent().equals(source.root()) && !name.startsWith(".")
                && !name.endsWith(SignOffs.SUFFIX) && (name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".json"));
    }

    /**
     * Reads, composes and renders what changed; {@code changed} are the files that changed since
     * the last refresh (empty: the first, or unknown). A changed layout file makes a new engine
     * (the fonts stay parsed: they live for the process).
     */
    public synchronized Snapshot refresh(Set<Path> changed) {
        if (changed.stream().map(p -> p.toAbsolutePath().normalize()).anyMatch(layoutFiles::contains)) {
            newsprint = engines.get();
        }
        Newsprint np = newsprint;
        Snapshot before = snapshot;
        Map<String, PageView> earlier = new HashMap<>();
        before.pages().forEach(p -> earlier.put(p.file(), p));
        List<Planned> planned = new ArrayList<>();
        Map<Path, String> inputs = new LinkedHashMap<>();
        PageView.Failure editionFailure = null;
        switch (source.kind()) {
            case EDITION -> {
                try {
                    EditionFile edition = np.readEdition(source.file());
                    this.edition = edition;
                    inputs.putAll(np.inputs(edition));
                    List<EditionMaker.PageResult> results = new EditionMaker(np).make(edition,
                            new EditionMaker.Settings(null, true, threads, n -> { }), unchanged(np, edition, changed, before));
                    composedEdition = edition;
                    for (EditionMaker.PageResult r : results) {
                        planned.add(new Planned(r.number(), r.file().file(), r.file(), r.composed(), r.failure()));
                    }
                } catch (RuntimeException e) {
                    // the edition file or one of its pages cannot be read: every page keeps its last state, the one named carries the error
                    editionFailure = failure(e);
                    inputs.put(source.file(), "the edition file");
                    before.inputs().forEach(p -> inputs.putIfAbsent(p, "a file of the edition"));
                    for (PageView p : before.pages()) {
                        boolean named = e.getMessage() != null && e.getMessage().contains(source.root().resolve(p.file()).toString());
                        planned.add(named ? new Planned(p.number(), source.root().resolve(p.file()), null, null, e)
                                : new Planned(p.number(), source.root().resolve(p.file()), p.page(), p.composed(), null));
                    }
                }
            }
            case PAGE -> planned.add(planOrKeep(np, 1, source.file(), inputs, changed, earlier));
            case FOLDER -> {
                List<Path> files = source.folderPages();
                for (int i = 0; i < files.size(); i++) {
                    planned.add(planOrKeep(np, i + 1, files.get(i), inputs, changed, earlier));
                }
            }
        }
        layoutFiles.clear();
        Set<Path> watched = new LinkedHashSet<>();
        inputs.forEach((path, what) -> {
            Path abs = path.toAbsolutePath().normalize();
            if (what.startsWith("a file of layout")) {
                layoutFiles.add(abs);
            }
            if (!what.startsWith("a font")) {
                watched.add(abs);
            }
        });
        List<Future<PageView>> made = new ArrayList<>();
        for (Planned p : planned) {
            made.add(renderers.submit(() -> view(np, p, earlier.get(source.key(p.path())))));
        }
        List<PageView> pages = new ArrayList<>();
        for (Future<PageView> f : made) {
            try {
                pages.add(f.get());
            } catch (java.util.concurrent.ExecutionException e) {
                if (e.getCause() instanceof Error err) {
                    throw err;
                }
                throw new IllegalStateException("a page could not be shown", e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
        }
        snapshot = new Snapshot(before.generation() + 1, pages, editionFailure, watched);
        return snapshot;
    }

    /**
     * The pages of {@code edition} that none of the {@code changed} files reach, as last composed:
     * a page is reached by a change to one of its own files, by a change to a page jumping onto it
     * (before or now), and the front page by a change to the 导读 box. Nothing is kept after a
     * change to the edition file or a layout, or when the pages moved.
     */
    private Map<Integer, ComposedPage> unchanged(Newsprint np, EditionFile edition, Set<Path> changed, Snapshot before) {
        Set<Path> files = new LinkedHashSet<>();
        changed.forEach(p -> files.add(p.toAbsolutePath().normalize()));
        EditionFile last = composedEdition;
        if (files.isEmpty() || last == null || files.contains(source.file()) || files.stream().anyMatch(layoutFiles::contains)
                || before.pages().size() != edition.pages().size()) {
            return Map.of();
        }
        Set<Integer> dirty = new java.util.TreeSet<>();
        for (int n = 1; n <= edition.pages().size(); n++) {
            PageView earlier = before.page(n);
            PageFile page = edition.page(n);
            if (earlier == null || earlier.composed() == null || !earlier.file().equals(source.key(page.file()))) {
                dirty.add(n);
                continue;
            }
            for (Path input : np.inputs(page).keySet()) {
                if (files.contains(input.toAbsolutePath().normalize())) {
                    dirty.add(n);
                }
            }
        }
        if (!java.util.Objects.equals(EditionMaker.teasers(edition), EditionMaker.teasers(last))) {
            dirty.add(1);
        }
        boolean grew = true;
        while (grew) {
            grew = false;
            for (int from : List.copyOf(dirty)) {
                for (EditionFile e : List.of(edition, last)) {
                    for (int to : e.jumps().getOrDefault(from, Map.of()).values()) {
                        grew |= dirty.add(to);
                    }
                }
            }
        }
        Map<Integer, ComposedPage> keep = new HashMap<>();
        for (int n = 1; n <= edition.pages().size(); n++) {
            if (!dirty.contains(n)) {
                keep.put(n, before.page(n).composed());
            }
        }
        return keep;
    }

    /** A page served alone: as composed before when none of its files changed, else made again. */
    private Planned planOrKeep(Newsprint np, int number, Path file, Map<Path, String> inputs, Set<Path> changed, Map<String, PageView> earlier) {
        String key = source.key(file);
        PageView before = earlier.get(key);
        Map<Path, String> read = pageInputs.get(key);
        if (!changed.isEmpty() && before != null && before.composed() != null && read != null
                && changed.stream().map(p -> p.toAbsolutePath().normalize()).noneMatch(p -> read.containsKey(p) || layoutFiles.contains(p))) {
            inputs.putAll(read);
            return new Planned(number, file, before.page(), before.composed(), null);
        }
        Map<Path, String> mine = new LinkedHashMap<>();
        Planned planned = planPage(np, number, file, mine);
        Map<Path, String> normal = new LinkedHashMap<>();
        mine.forEach((path, what) -> normal.put(path.toAbsolutePath().normalize(), what));
        inputs.putAll(normal);
        pageInputs.put(key, normal);
        return planned;
    }

    /** A page read, prepared and composed on its own; or the error that stopped it. */
    private static Planned planPage(Newsprint np, int number, Path file, Map<Path, String> inputs) {
        inputs.put(file, "the page file");
        PageFile page = null;
        try {
            page = np.read(file);
            inputs.putAll(np.inputs(page));
            PreparedPage prepared = np.prepare(page);
            np.preflight(prepared);
            return new Planned(number, file, page, np.compose(prepared), null);
        } catch (RuntimeException e) {
            return new Planned(number, file, page, null, e);
        }
    }

    /** What the composer made of a page, or what stopped it. */
    private record Planned(int number, Path path, PageFile page, ComposedPage composed, RuntimeException failure) {
    }

    /** The page's view: the earlier one again when it looks the same, else rendered anew. */
    private PageView view(Newsprint np, Planned p, PageView earlier) {
        String key = source.key(p.path());
        long version = earlier == null ? 0 : earlier.version();
        String section = p.page() == null ? (earlier == null ? null : earlier.section()) : p.page().page().section();
        if (p.failure() != null || p.composed() == null) {
            PageView.Failure failure = p.failure() == null ? new PageView.Failure("internal", "the page was not made", null) : failure(p.failure());
            boolean same = earlier != null && earlier.failed() && earlier.failure().equals(failure);
            return new PageView(p.number(), key, section, same ? version : version + 1, p.page(), null, null, null, null, 0, 0, dpi,
                    List.of(), null, findingsOf(np, p.page()), null, failure, null, 0);
        }
        if (earlier != null && p.composed() == earlier.composed() && earlier.number() == p.number()) {
            return earlier; // composed before and reached by no change
        }
        try {
            ComposedPage composed = p.composed();
            String fingerprint = fingerprint(np, composed);
            if (earlier != null && !earlier.failed() && fingerprint.equals(earlier.fingerprint()) && earlier.number() == p.number()) {
                return new PageView(p.number(), key, section, version, p.page(), composed, earlier.pdf(), earlier.png(), earlier.thumbnail(),
                        earlier.widthPx(), earlier.heightPx(), dpi, earlier.marks(), CopyFitReport.of(composed), earlier.findings(),
                        PageHash.of(source, p.page(), earlier.pdf()), null, fingerprint, earlier.renderMillis());
            }
            long start = System.nanoTime();
            byte[] pdf = np.render(composed);
            PageProof proof = PageProof.of(composed, pdf, dpi);
            BufferedImage picture = proof.picture();
            byte[] png = PagePicture.png(picture);
            byte[] thumbnail = PagePicture.png(PagePicture.scaled(picture, THUMBNAIL_WIDTH_PX));
            long millis = (System.nanoTime() - start) / 1_000_000;
            List<Finding> findings = new ArrayList<>(np.check(composed.prepared(), composed));
            findings.addAll(Preflight.ink(composed, ink(composed, pdf)));
            return new PageView(p.number(), key, section, version + 1, p.page(), composed, pdf, png, thumbnail, picture.getWidth(),
                    picture.getHeight(), dpi, proof.marks(), CopyFitReport.of(composed), findings, PageHash.of(source, p.page(), pdf), null,
                    fingerprint, millis);
        } catch (RuntimeException e) {
            PageView.Failure failure = failure(e);
            return new PageView(p.number(), key, section, version + 1, p.page(), null, null, null, null, 0, 0, dpi, List.of(), null,
                    List.of(), null, failure, null, 0);
        }
    }

    /** The ink the page's plate carries, as {@code check} measures it: its findings are the desk's too. */
    private static InkCoverage.Report ink(ComposedPage page, byte[] pdf) {
        try {
            return InkCoverage.measure(pdf, PrintFinish.standard().press());
        } catch (java.io.IOException e) {
            throw new NewsprintException.RenderFailure(page.page().file() + ": cannot measure the ink of its plate: " + e.getMessage(), null, e);
        }
    }

    /** The findings of a page that failed, when it can be read and prepared at all. */
    private static List<Finding> findingsOf(Newsprint np, PageFile page) {
        if (page == null) {
            return List.of();
        }
        try {
            return np.check(np.prepare(page));
        } catch (RuntimeException e) {
            return List.of();
        }
    }

    /** What the page will look like: its filled template and the contents of its photos and ads (the template names them by path). */
    private static String fingerprint(Newsprint np, ComposedPage page) {
        StringBuilder sb = new StringBuilder(np.fill(page).outerHtml());
        PageFile file = page.page();
        file.articles().forEach(a -> a.photos().forEach(ph -> sb.append('\n').append(contents(ph.file()))));
        file.ads().forEach(ad -> sb.append('\n').append(contents(ad.file())));
        sb.append('\n').append(page.page().page().number());
        return Digest.sha256(sb.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static String contents(Path file) {
        try {
            return Digest.sha256(java.nio.file.Files.readAllBytes(file));
        } catch (java.io.IOException e) {
            return "missing";
        }
    }

    static PageView.Failure failure(Throwable e) {
        if (e instanceof NewsprintException ne) {
            String kind = ne.getClass().getSimpleName().replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
            return new PageView.Failure(kind, ne.getMessage(), ne.hint());
        }
        return new PageView.Failure("internal", "internal error: " + e, "this is a bug: report it with the page file");
    }

    @Override
    public void close() {
        renderers.shutdownNow();
    }
}
