package newsprint.edition;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import newsprint.Newsprint;
import newsprint.NewsprintException;
import newsprint.archive.ArchiveEdition;
import newsprint.archive.ArchiveFile;
import newsprint.archive.ArchivePage;
import newsprint.archive.ArticleRef;
import newsprint.archive.Sidecars;
import newsprint.compose.ComposedPage;
import newsprint.compose.FrameLine;
import newsprint.compose.Module;
import newsprint.compose.TextFrame;
import newsprint.finish.ArchiveFinish;
import newsprint.finish.EditionArchive;
import newsprint.model.BodyBlock;
import newsprint.model.EditionFile;
import newsprint.model.PageFile;
import newsprint.render.PdfRenderer;

/**
 * The edition's archive PDF, from its composed pages: each page rendered for the archive, then
 * joined with page labels, an outline of pages and articles, the edition and page files as
 * sources, and the jumped articles threaded and their cut paragraphs made whole.
 */
final class Archive {
    private Archive() {
    }

    /** The archive's file name: the plates' pattern's code and date, {@code KJB_20240725_archive.pdf}. */
    static String name(EditionFile edition) {
        return (edition.edition().code() == null ? "newsprint" : edition.edition().code()) + "_"
                + edition.edition().date().toString().replace("-", "") + "_archive.pdf";
    }

    /**
     * The edition's archive: its PDF ({@link #name}) first, then its sidecars, named as newspaper
     * digitisation programmes name them ({@code kjb_20240725_001.alto.xml} per page,
     * {@code kjb_20240725.mets.xml}, {@code kjb_20240725.articles.jsonl}; the title is the
     * edition's code in lower case), pointing at the pages of the archive PDF, which carries them
     * too as supplements.
     */
    static List<ArchiveFile> of(Newsprint newsprint, EditionFile edition, List<EditionMaker.PageResult> results, int jobs)
            throws IOException {
        String pdfName = name(edition);
        String title = edition.edition().code() == null ? "newsprint" : edition.edition().code().toLowerCase(java.util.Locale.ROOT)
                .replaceAll("[^a-z0-9-]", "-").replaceAll("^-+", "");
        title = title.isEmpty() ? "newsprint" : title;
        java.time.LocalDate date = edition.edition().date();
        List<ArchivePage> archived = new ArrayList<>();
        List<ArchiveEdition.Jump> threads = new ArrayList<>();
        for (EditionMaker.PageResult r : results) {
            archived.add(new ArchivePage(r.composed(), ArchiveEdition.stem(title, date, r.number()) + ArchiveEdition.ALTO, pdfName, r.number()));
            for (Module m : r.composed().modules()) {
                if (m.jumps()) {
                    threads.add(new ArchiveEdition.Jump(new ArticleRef(r.number() - 1, m.article().id()),
                            new ArticleRef(m.fit().continuesOn() - 1, m.article().id())));
                }
            }
        }
        String stem = ArchiveEdition.stem(title, date, 0);
        List<ArchiveFile> sidecars = Sidecars.of(new ArchiveEdition(stem, edition.edition(), archived, stem + ArchiveEdition.METS,
                stem + ArchiveEdition.ARTICLES, threads));
        List<ArchiveFile> out = new ArrayList<>();
        out.add(new ArchiveFile(pdfName, "application/pdf", "the edition's archive PDF", pdf(newsprint, edition, results, sidecars, jobs)));
        out.addAll(sidecars);
        return out;
    }

    private static byte[] pdf(Newsprint newsprint, EditionFile edition, List<EditionMaker.PageResult> results, List<ArchiveFile> sidecars,
                              int jobs) throws IOException {
        List<byte[]> rendered = rendered(newsprint, results, jobs);
        List<EditionArchive.Page> pages = new ArrayList<>();
        List<EditionArchive.Jump> jumps = new ArrayList<>();
        List<String> keywords = new ArrayList<>();
        for (int i = 0; i < results.size(); i++) {
            EditionMaker.PageResult r = results.get(i);
            ComposedPage page = r.composed();
            byte[] pdf = rendered.get(i);
            List<EditionArchive.Mark> marks = new ArrayList<>();
            for (Module m : page.modules()) {
                marks.add(new EditionArchive.Mark(m.article().headline(), m.rect()));
                keywords.add(m.article().headline());
                if (m.jumps()) {
                    jumps.add(jump(results, r.number(), m));
                }
            }
            pages.add(new EditionArchive.Page(pdf, "第" + r.number() + "版", "第" + r.number() + "版 " + page.page().page().section(), marks));
        }
        var e = edition.edition();
        EditionArchive.Info info = new EditionArchive.Info(e.paper() + " " + e.date(), e.paper(), results.size() + " 版",
                PdfRenderer.editionDate(results.get(0).composed()), String.join("; ", keywords));
        List<EditionArchive.Source> sources = new ArrayList<>();
        sources.add(new EditionArchive.Source(edition.file().getFileName().toString(), edition.source(),
                "newsprint edition file: the day's pages in order"));
        for (PageFile p : edition.pages()) {
            sources.add(new EditionArchive.Source(edition.folder().relativize(p.file().toAbsolutePath().normalize()).toString(), p.source(),
                    "newsprint page file: the structured articles page " + p.page().number() + " was made from"));
        }
        for (ArchiveFile f : sidecars) {
            sources.add(new EditionArchive.Source(f.name(), f.bytes(), f.description(), f.mediaType(), "Supplement"));
        }
        return EditionArchive.of(pages, info, sources, jumps);
    }

    /**
     * Every page rendered for the archive, in page order, on {@code jobs} threads: the pages are
     * independent, and rendered one after the other they were the edition's longest stretch on
     * one core. An error is the first page's in page order, as before.
     */
    private static List<byte[]> rendered(Newsprint newsprint, List<EditionMaker.PageResult> results, int jobs) {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(jobs, results.size())), r -> {
            Thread t = new Thread(r, "newsprint-archive");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<byte[]>> pages = new ArrayList<>();
            for (EditionMaker.PageResult r : results) {
                pages.add(pool.submit(() -> newsprint.render(r.composed(), new ArchiveFinish())));
            }
            List<byte[]> out = new ArrayList<>();
            for (Future<byte[]> page : pages) {
                out.add(page.get());
            }
            return out;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException("an archive page failed: " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new NewsprintException.RenderFailure("interrupted while rendering the archive", null, e);
        } finally {
            pool.shutdownNow();
        }
    }

    /** The jump of module {@code m} on page {@code from}: its two boxes and the paragraph it cut (null when it cut between paragraphs). */
    private static EditionArchive.Jump jump(List<EditionMaker.PageResult> results, int from, Module m) {
        int to = m.fit().continuesOn();
        Module cont = results.get(to - 1).composed().modules().stream().filter(x -> x.article().id().equals(m.article().id()))
                .findFirst().orElse(null);
        String tail = null;
        String head = null;
        if (!m.rest().isEmpty() && m.rest().get(0) instanceof BodyBlock.Continued c) {
            head = c.text();
            List<FrameLine> printed = new ArrayList<>();
            for (TextFrame f : m.frames()) {
                printed.addAll(f.lines());
            }
            StringBuilder sb = new StringBuilder();
            int block = -2;
            for (FrameLine l : printed) {
                if (l.kind() == FrameLine.Kind.JUMP) {
                    continue;
                }
                if (l.block() != block) {
                    sb.setLength(0);
                    block = l.block();
                }
                sb.append(l.line().text());
            }
            tail = sb.toString();
        }
        return new EditionArchive.Jump(m.article().headline(), from - 1, m.rect(), to - 1,
                cont == null ? m.rect() : cont.rect(), tail, head);
    }
}
