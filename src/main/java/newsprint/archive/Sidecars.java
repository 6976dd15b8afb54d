package newsprint.archive;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Makes an edition's sidecars: an ALTO file per page, the METS file and the articles file, in
 * that order, each with its name from the {@link ArchiveEdition}. The same edition gives the
 * same bytes.
 */
public final class Sidecars {
    public static final String XML = "application/xml";
    public static final String JSON_LINES = "application/jsonl";

    private Sidecars() {
    }

    public static List<ArchiveFile> of(ArchiveEdition edition) {
        String version = version();
        List<PrintedPage> pages = edition.pages().stream().map(p -> PrintedPage.of(p.page())).toList();
        Map<String, byte[]> alto = new LinkedHashMap<>();
        List<ArchiveFile> out = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            ArchivePage page = edition.pages().get(i);
            byte[] bytes = AltoWriter.write(pages.get(i), page.pdfName(), version);
            if (alto.put(page.altoName(), bytes) != null) {
                throw new IllegalArgumentException("two pages share the ALTO file name " + page.altoName());
            }
            out.add(new ArchiveFile(page.altoName(), XML, "ALTO 4.4: the text of page " + page.number() + " line by line, with positions", bytes));
        }
        out.add(new ArchiveFile(edition.metsName(), XML, "METS 1.12.1: the edition, its pages and articles, and their files",
                MetsWriter.write(edition, pages, alto, version)));
        out.add(new ArchiveFile(edition.articlesName(), JSON_LINES, "the articles for a search indexer, one JSON object a line",
                ArticlesJsonl.write(edition, pages)));
        return out;
    }

    /** newsprint's version, as the jar's manifest gives it ("development" when run from classes). */
    static String version() {
        String v = Sidecars.class.getPackage().getImplementationVersion();
        return v == null ? "development" : v;
    }
}
