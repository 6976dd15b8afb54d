package newsprint.archive;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import newsprint.model.Edition;

/**
 * What the sidecars describe: an edition (paper, date, issue), its pages in order with their
 * file names, and the names of the edition's METS and articles files. {@code objectId} names the
 * edition in the METS ({@code OBJID}), e.g. {@code kejibao_20240725}. {@code jumps} join an
 * article to its continuation on a later page (转版: 下转第5版): the two are one article in the METS
 * and the articles file, its parts in the order of the jumps.
 */
public record ArchiveEdition(String objectId, Edition edition, List<ArchivePage> pages, String metsName, String articlesName,
                             List<Jump> jumps) {
    /** An article continued from {@code from} on {@code to}. */
    public record Jump(ArticleRef from, ArticleRef to) {
    }

    /** The ending of a page's ALTO file. */
    public static final String ALTO = ".alto.xml";
    /** The ending of the METS file. */
    public static final String METS = ".mets.xml";
    /** The ending of the articles file. */
    public static final String ARTICLES = ".articles.jsonl";

    public ArchiveEdition {
        pages = List.copyOf(pages);
        jumps = List.copyOf(jumps);
        if (pages.isEmpty()) {
            throw new IllegalArgumentException("an edition has at least one page");
        }
    }

    /**
     * One page archived on its own as {@code pdfName}: its sidecars take the PDF's name less
     * {@code .pdf} ({@code seed.pdf}: {@code seed.alto.xml}, {@code seed.mets.xml},
     * {@code seed.articles.jsonl}).
     */
    public static ArchiveEdition ofPage(newsprint.compose.ComposedPage page, String pdfName) {
        List<String> names = sidecarNames(pdfName);
        ArchivePage p = new ArchivePage(page, names.get(0), pdfName, 1);
        return new ArchiveEdition(stem(pdfName), page.page().edition(), List.of(p), names.get(1), names.get(2), List.of());
    }

    /** The names of a single page's sidecars beside {@code pdfName}: its ALTO, METS and articles files. */
    public static List<String> sidecarNames(String pdfName) {
        String stem = stem(pdfName);
        return List.of(stem + ALTO, stem + METS, stem + ARTICLES);
    }

    private static String stem(String pdfName) {
        return pdfName.toLowerCase(Locale.ROOT).endsWith(".pdf") ? pdfName.substring(0, pdfName.length() - 4) : pdfName;
    }

    /**
     * The name stem newspaper digitisation programmes use: {@code title_yyyymmdd} for the edition,
     * {@code title_yyyymmdd_ppp} for page {@code ppp} (pass 0 for the edition's own). {@code title}
     * is the paper's short Latin name (kejibao), chosen by the archive.
     */
    public static String stem(String title, LocalDate date, int page) {
        if (!title.matches("[a-z0-9][a-z0-9-]*")) {
            throw new IllegalArgumentException("a title for file names is lower-case letters, digits and -: " + title);
        }
        String edition = title + "_" + date.format(DateTimeFormatter.BASIC_ISO_DATE);
        return page == 0 ? edition : edition + String.format(Locale.ROOT, "_%03d", page);
    }
}
