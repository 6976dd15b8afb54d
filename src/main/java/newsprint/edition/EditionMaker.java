package newsprint.edition;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.IntConsumer;
import newsprint.Digest;
import newsprint.Newsprint;
import newsprint.NewsprintException;
import newsprint.compose.ComposedPage;
import newsprint.compose.Module;
import newsprint.finish.InkCoverage;
import newsprint.finish.PrintFinish;
import newsprint.model.Article;
import newsprint.model.EditionFile;
import newsprint.model.PageFile;
import newsprint.prepare.PageFlow;
import newsprint.prepare.PreparedLayout;
import newsprint.prepare.PreparedPage;

/**
 * Makes an edition: every page prepared, checked, composed and rendered by one engine, the
 * pages in parallel except where a jump makes one wait for another (the page an article jumps
 * to takes the copy its own page could not hold, so it is composed after it). A page that fails
 * is reported with its own error; the pages waiting on it fail with it.
 */
public final class EditionMaker {
    /** How to make the edition: plates' finish (null: compose only), overset allowed, threads, and who hears of each page done. */
    public record Settings(PrintFinish print, boolean allowOverset, int jobs, IntConsumer pageDone) {
    }

    /** One page made, or the error that stopped it. */
    public record PageResult(int number, PageFile file, ComposedPage composed, byte[] plate, NewsprintException failure,
                             InkCoverage.Report ink, String plateSha256) {
        public PageResult(int number, PageFile file, ComposedPage composed, byte[] plate, NewsprintException failure) {
            this(number, file, composed, plate, failure, null, null);
        }

        /** The plate's SHA-256 (the manifest lists it, the proof's ID is made of them): taken on the page's own thread when it was made. */
        public String plateSha256() {
            return plateSha256 != null || plate == null ? plateSha256 : Digest.sha256(plate);
        }

        public boolean failed() {
            return failure != null;
        }
    }

    private final Newsprint newsprint;

    public EditionMaker(Newsprint newsprint) {
        this.newsprint = newsprint;
    }

    /**
     * The pages of an edition, and the proof of the plates made with its SHA-256 (both null when
     * no plate was made, or the proof was not asked for, or its making failed: then
     * {@link EditionFiles#of} makes it and reports what fails).
     */
    public record Made(List<PageResult> pages, byte[] proof, String proofSha256) {
    }

    /** Every page of {@code edition}, in page order, made or failed. */
    public List<PageResult> make(EditionFile edition, Settings settings) {
        return make(edition, settings, Map.of());
    }

    /**
     * Every page of {@code edition}, in page order, made or failed, and the proof of the plates:
     * put together and hashed on a thread of its own once the last plate is made, while the last
     * pages' ink is still measured (after every page it kept one core busy and the other idle).
     */
    public Made makeWithProof(EditionFile edition, Settings settings) {
        return run(edition, settings, Map.of(), true);
    }

    /**
     * Every page of {@code edition}, with the pages in {@code unchanged} taken as composed there
     * (the desk's screen knows which pages none of the changed files reach, see
     * {@link #teasers}): only the others are read, checked and composed again.
     */
    public List<PageResult> make(EditionFile edition, Settings settings, Map<Integer, ComposedPage> unchanged) {
        return run(edition, settings, unchanged, false).pages();
    }

    private Made run(EditionFile edition, Settings settings, Map<Integer, ComposedPage> unchanged, boolean proof) {
        int pages = edition.pages().size();
        Article teasers = Teasers.box(edition);
        Map<Integer, List<Integer>> sources = new HashMap<>();
        edition.jumps().forEach((from, targets) -> targets.values().forEach(to -> {
            List<Integer> list = sources.computeIfAbsent(to, k -> new ArrayList<>());
            if (!list.contains(from)) {
                list.add(from);
            }
        }));
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, settings.jobs()), r -> {
            Thread t = new Thread(r, "newsprint-edition");
            t.setDaemon(true);
            return t;
        });
        ExecutorService proofThread = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "newsprint-proof");
            t.setDaemon(true);
            return t;
        });
        if (proof) {
            // the proof's thread waits for the plates: meanwhile the manifest's writer is made ready
            proofThread.execute(Manifest::warmUp);
        }
        try {
            Map<Integer, CompletableFuture<ComposedPage>> composed = new HashMap<>();
            List<CompletableFuture<PageResult>> results = new ArrayList<>();
            for (int number : order(pages, sources)) {
                List<Integer> from = sources.getOrDefault(number, List.of());
                if (unchanged.containsKey(number)) {
                    composed.put(number, CompletableFuture.completedFuture(unchanged.get(number)));
                    continue;
                }
                CompletableFuture<?>[] waits = from.stream().map(composed::get).toArray(CompletableFuture[]::new);
                CompletableFuture<ComposedPage> page = CompletableFuture.allOf(waits).handle((ok, failed) -> null)
                        .thenApplyAsync(x -> compose(edition, number, from, composed, teasers, settings), pool);
                composed.put(number, page);
            }
            // each page as soon as its plate is made and hashed, before its ink is measured (null: it failed)
            List<CompletableFuture<PageResult>> plated = new ArrayList<>();
            for (int number = 1; number <= pages; number++) {
                int n = number;
                CompletableFuture<PageResult> plate = new CompletableFuture<>();
                plated.add(plate);
                results.add(composed.get(n).thenApplyAsync(page -> {
                    byte[] bytes = settings.print() == null ? null : newsprint.render(page, settings.print());
                    PageResult made = new PageResult(n, edition.page(n), page, bytes, null, null, bytes == null ? null : Digest.sha256(bytes));
                    plate.complete(made);
                    // measured on the same thread right after: the converted photos' samples wait for it (see PlateColour.made)
                    return bytes == null ? made : new PageResult(n, edition.page(n), page, bytes, null, ink(bytes, settings.print()),
                            made.plateSha256());
                }, pool).exceptionally(e -> new PageResult(n, edition.page(n), null, null, failure(e)))
                        .whenComplete((r, e) -> {
                            plate.complete(r);
                            settings.pageDone().accept(n);
                        }));
            }
            CompletableFuture<Made> proofMade = !proof ? null : CompletableFuture.allOf(plated.toArray(CompletableFuture[]::new))
                    .thenApplyAsync(x -> proof(edition, plated.stream().map(CompletableFuture::join).toList()), proofThread);
            List<PageResult> made = results.stream().map(CompletableFuture::join).toList();
            Made withProof = proofMade == null ? null : proofMade.join();
            // the proof holds the plates of the pages made: a page that failed after its plate (its ink measure) is left out of it
            List<byte[]> plates = made.stream().filter(r -> !r.failed() && r.plate() != null).map(PageResult::plate).toList();
            return withProof != null && samePlates(plates, withProof.pages()) ? new Made(made, withProof.proof(), withProof.proofSha256())
                    : new Made(made, null, null);
        } finally {
            pool.shutdownNow();
            proofThread.shutdownNow();
        }
    }

    /**
     * The proof of the plates of {@code plated} (the pages as their plates were made, a failed
     * one null), with its SHA-256; its {@code pages} are the plated pages it holds. Null when no
     * plate was made or the proof could not be made ({@link EditionFiles#of} makes it again and
     * reports why).
     */
    private static Made proof(EditionFile edition, List<PageResult> plated) {
        List<PageResult> ok = plated.stream().filter(r -> r != null && !r.failed() && r.plate() != null).toList();
        if (ok.isEmpty()) {
            return null;
        }
        Map<byte[], String> hashes = new java.util.IdentityHashMap<>();
        ok.forEach(r -> hashes.put(r.plate(), r.plateSha256()));
        try {
            byte[] proof = Proof.of(edition, ok.stream().map(PageResult::plate).toList(), hashes::get);
            return new Made(ok, proof, Digest.sha256(proof));
        } catch (java.io.IOException | RuntimeException e) {
            return null;
        }
    }

    /** Whether {@code plates} are the plates of {@code pages}, the same arrays in the same order. */
    private static boolean samePlates(List<byte[]> plates, List<PageResult> pages) {
        if (plates.size() != pages.size()) {
            return false;
        }
        for (int i = 0; i < plates.size(); i++) {
            if (plates.get(i) != pages.get(i).plate()) {
                return false;
            }
        }
        return true;
    }

    /** The front page's 导读 box as {@code edition} makes it (null when no article is a teaser): it changes when a teaser does. */
    public static Article teasers(EditionFile edition) {
        return Teasers.box(edition);
    }

    /** The pages in an order where every page comes after the pages that jump onto it. */
    private static List<Integer> order(int pages, Map<Integer, List<Integer>> sources) {
        List<Integer> order = new ArrayList<>();
        boolean[] done = new boolean[pages + 1];
        for (int p = 1; p <= pages; p++) {
            visit(p, sources, done, order);
        }
        return order;
    }

    private static void visit(int p, Map<Integer, List<Integer>> sources, boolean[] done, List<Integer> order) {
        if (done[p]) {
            return;
        }
        done[p] = true; // the reader refused cycles
        for (int s : sources.getOrDefault(p, List.of())) {
            visit(s, sources, done, order);
        }
        order.add(p);
    }

    /** Prepares, checks and composes page {@code number}, with the continuations its source pages sent it. */
    private ComposedPage compose(EditionFile edition, int number, List<Integer> from, Map<Integer, CompletableFuture<ComposedPage>> composed,
                                 Article teasers, Settings settings) {
        PageFile file = edition.page(number);
        PreparedLayout layout = newsprint.layout(file.page().layout());
        List<Article> added = new ArrayList<>();
        Map<String, Integer> continuesFrom = new LinkedHashMap<>();
        for (int source : from) {
            ComposedPage before;
            try {
                before = composed.get(source).join();
            } catch (CompletionException e) {
                throw new NewsprintException.PreflightFailed(file.file() + ": page " + number + " takes the rest of an article jumping from page "
                        + source + " (" + edition.page(source).file() + "), which could not be made", "correct page " + source + " first");
            }
            for (Module m : before.modules()) {
                if (m.jumps() && m.fit().continuesOn() == number) {
                    added.add(continuation(m, layout));
                    continuesFrom.put(m.article().id(), source);
                }
            }
        }
        String teasersId = null;
        if (number == 1 && teasers != null) {
            added.add(teasers.withText(layout::printed));
            teasersId = teasers.id();
        }
        PageFlow flow = new PageFlow(number, edition.pages().size(), number == edition.pages().size(),
                edition.jumps().getOrDefault(number, Map.of()), continuesFrom, teasersId);
        PreparedPage prepared = newsprint.prepare(file, flow, added);
        newsprint.preflight(prepared);
        ComposedPage page = newsprint.compose(prepared);
        if (!page.fits() && !settings.allowOverset()) {
            throw new NewsprintException.Overset(file.file() + ": " + page.oversetSummary(),
                    "cut the copy, or make the edition with --allow-overset to see the pages");
        }
        return page;
    }

    /**
     * The rest of a jumping article as it opens its continuation (printed text): its jump head (the
     * page file's {@code jump.head}, else its headline) over the body its own page could not hold,
     * ended by its source line; no kicker, subheadline, byline or photos (they printed with the start).
     */
    private static Article continuation(Module m, PreparedLayout layout) {
        Article a = m.article();
        String head = a.jump() != null && a.jump().head() != null ? a.jump().head() : a.headline();
        return new Article(a.id(), null, head, null, null, m.rest(), List.of(), a.source(), a.priority(), null, null);
    }

    /** The plate's ink per separation and per picture, for the manifest. */
    private static InkCoverage.Report ink(byte[] plate, PrintFinish print) {
        try {
            return InkCoverage.measure(plate, print.press());
        } catch (java.io.IOException e) {
            throw new NewsprintException.RenderFailure("cannot measure the ink of a plate just made: " + e.getMessage(), null, e);
        }
    }

    private static NewsprintException failure(Throwable e) {
        Throwable t = e instanceof CompletionException && e.getCause() != null ? e.getCause() : e;
        if (t instanceof NewsprintException ne) {
            return ne;
        }
        if (t instanceof Error error) {
            throw error;
        }
        throw new IllegalStateException("a page of the edition failed: " + t, t);
    }
}
