package newsprint.archive;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import newsprint.model.Article;
import newsprint.model.Edition;

/**
 * Writes an edition's METS 1.12.1 file: descriptive metadata (MODS) for the edition and for
 * each article; the files (each page's ALTO, with its SHA-256, and the PDF page that shows it);
 * the physical structure (the pages in order, each with its ALTO and PDF); the logical structure
 * (edition → page → article → kicker, headline, subheadline, byline, paragraphs, subheads,
 * source line, photos with captions), every part pointing at its ALTO blocks or words, a
 * paragraph set across two columns as a sequence of two blocks and a jumped article across its
 * pages' ALTO files; and links from each article to the pages it is printed on.
 */
public final class MetsWriter {
    static final String NAMESPACE = "http://www.loc.gov/METS/";
    static final String SCHEMA = "http://www.loc.gov/standards/mets/version1121/mets.xsd";
    static final String MODS = "http://www.loc.gov/mods/v3";
    static final String XLINK = "http://www.w3.org/1999/xlink";

    private MetsWriter() {
    }

    /** The METS file of {@code edition}, whose pages are {@code pages} and whose ALTO files are {@code alto} (by name). */
    public static byte[] write(ArchiveEdition edition, List<PrintedPage> pages, Map<String, byte[]> alto, String softwareVersion) {
        List<LogicalArticle> articles = LogicalArticle.of(edition, pages);
        Edition e = edition.edition();
        Xml x = new Xml();
        x.open("mets:mets", "xmlns:mets", NAMESPACE, "xmlns:mods", MODS, "xmlns:xlink", XLINK,
                "xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance", "xsi:schemaLocation", NAMESPACE + " " + SCHEMA,
                "OBJID", edition.objectId(), "TYPE", "Newspaper", "LABEL", label(e));
        x.open("mets:metsHdr", "CREATEDATE", e.date() + "T00:00:00+08:00");
        x.open("mets:agent", "ROLE", "CREATOR", "TYPE", "OTHER", "OTHERTYPE", "SOFTWARE").text("mets:name", "newsprint " + softwareVersion).close();
        x.close();
        x.open("mets:dmdSec", "ID", "DMD_EDITION").open("mets:mdWrap", "MDTYPE", "MODS").open("mets:xmlData").open("mods:mods");
        x.open("mods:titleInfo").text("mods:title", e.paper()).close();
        x.text("mods:typeOfResource", "text").text("mods:genre", "newspaper");
        x.open("mods:originInfo").text("mods:dateIssued", e.date().toString(), "encoding", "iso8601").close();
        if (e.issue() != null) {
            x.open("mods:part").open("mods:detail", "type", "issue").text("mods:number", e.issue().toString()).close().close();
        }
        x.close().close().close().close();
        for (LogicalArticle a : articles) {
            Article article = a.first().part().article();
            x.open("mets:dmdSec", "ID", "DMD_" + logicalId(a)).open("mets:mdWrap", "MDTYPE", "MODS").open("mets:xmlData").open("mods:mods");
            x.open("mods:titleInfo").text("mods:title", article.headline());
            if (article.subheadline() != null) {
                x.text("mods:subTitle", article.subheadline());
            }
            x.close();
            if (article.kicker() != null) {
                x.text("mods:note", article.kicker(), "type", "kicker");
            }
            if (article.byline() != null) {
                x.text("mods:note", article.byline(), "type", "statement of responsibility");
            }
            x.text("mods:typeOfResource", "text").text("mods:genre", "article");
            x.close().close().close().close();
        }
        x.open("mets:fileSec");
        x.open("mets:fileGrp", "USE", "FULLTEXT");
        for (int p = 0; p < edition.pages().size(); p++) {
            ArchivePage page = edition.pages().get(p);
            byte[] bytes = alto.get(page.altoName());
            x.open("mets:file", "ID", "ALTO_" + (p + 1), "MIMETYPE", "text/xml", "SIZE", Integer.toString(bytes.length),
                    "CHECKSUM", newsprint.Digest.sha256(bytes), "CHECKSUMTYPE", "SHA-256");
            x.empty("mets:FLocat", "LOCTYPE", "URL", "xlink:href", page.altoName()).close();
        }
        x.close().open("mets:fileGrp", "USE", "PDF");
        for (int p = 0; p < edition.pages().size(); p++) {
            ArchivePage page = edition.pages().get(p);
            boolean shared = edition.pages().stream().filter(o -> o.pdfName().equals(page.pdfName())).count() > 1;
            x.open("mets:file", "ID", "PDF_" + (p + 1), "MIMETYPE", "application/pdf");
            x.empty("mets:FLocat", "LOCTYPE", "URL", "xlink:href", page.pdfName() + (shared ? "#page=" + page.pdfPage() : "")).close();
        }
        x.close().close();

        x.open("mets:structMap", "TYPE", "PHYSICAL").open("mets:div", "ID", "PHYS_0", "TYPE", "physSequence", "LABEL", label(e));
        for (int p = 0; p < edition.pages().size(); p++) {
            ArchivePage page = edition.pages().get(p);
            x.open("mets:div", "ID", "PHYS_" + (p + 1), "TYPE", "page", "ORDER", Integer.toString(p + 1),
                    "ORDERLABEL", Integer.toString(page.number()), "LABEL", pageLabel(page));
            x.empty("mets:fptr", "FILEID", "ALTO_" + (p + 1)).empty("mets:fptr", "FILEID", "PDF_" + (p + 1)).close();
        }
        x.close().close();

        x.open("mets:structMap", "TYPE", "LOGICAL").open("mets:div", "ID", "LOG_0", "TYPE", "issue", "DMDID", "DMD_EDITION", "LABEL", label(e));
        for (int p = 0; p < edition.pages().size(); p++) {
            x.open("mets:div", "ID", "LOG_" + (p + 1), "TYPE", "page", "ORDER", Integer.toString(p + 1), "LABEL", pageLabel(edition.pages().get(p)));
            int order = 1;
            for (LogicalArticle a : articles) {
                if (a.first().page() == p) {
                    article(x, a, order++);
                }
            }
            x.close();
        }
        x.close().close();

        x.open("mets:structLink");
        for (LogicalArticle a : articles) {
            for (int p : a.pieces().stream().map(LogicalArticle.Piece::page).distinct().toList()) {
                x.empty("mets:smLink", "xlink:from", logicalId(a), "xlink:to", "PHYS_" + (p + 1));
            }
        }
        x.close();
        x.close();
        return x.bytes();
    }

    private static void article(Xml x, LogicalArticle a, int order) {
        Article article = a.first().part().article();
        String id = logicalId(a);
        x.open("mets:div", "ID", id, "TYPE", "article", "ORDER", Integer.toString(order), "DMDID", "DMD_" + id, "LABEL", article.headline());
        int n = 0;
        for (PrintedPage.Kind kind : List.of(PrintedPage.Kind.KICKER, PrintedPage.Kind.HEADLINE, PrintedPage.Kind.SUBHEADLINE)) {
            List<Area> areas = areas(a, b -> b.kind() == kind);
            if (!areas.isEmpty()) {
                div(x, id + "." + ++n, kind.name().toLowerCase(java.util.Locale.ROOT), areas);
            }
        }
        List<Area> byline = bylineAreas(a);
        if (!byline.isEmpty()) {
            div(x, id + "." + ++n, "byline", byline);
        }
        // body blocks in their order, page by page: each paragraph, subhead or source line with all its parts
        for (LogicalArticle.Piece pc : a.pieces()) {
            LogicalArticle one = new LogicalArticle(List.of(pc));
            int blocks = pc.part().blocks().stream().mapToInt(PrintedPage.Block::index).max().orElse(-1);
            for (int i = 0; i <= blocks; i++) {
                int index = i;
                for (PrintedPage.Kind kind : List.of(PrintedPage.Kind.PARAGRAPH, PrintedPage.Kind.SUBHEAD, PrintedPage.Kind.SOURCE)) {
                    List<Area> areas = areas(one, b -> b.kind() == kind && b.index() == index);
                    if (!areas.isEmpty()) {
                        div(x, id + "." + ++n, kind.name().toLowerCase(java.util.Locale.ROOT), areas);
                    }
                }
            }
        }
        for (LogicalArticle.Piece pc : a.pieces()) {
            for (PrintedPage.Illustration il : pc.part().illustrations()) {
                String illustration = id + "." + ++n;
                x.open("mets:div", "ID", illustration, "TYPE", "illustration");
                fptr(x, List.of(new Area(pc.page(), il.id(), il.id())));
                if (il.caption() != null) {
                    div(x, illustration + ".caption", "caption", List.of(new Area(pc.page(), il.caption().id(), il.caption().id())));
                }
                x.close();
            }
        }
        x.close();
    }

    /** A place in a page's ALTO file: the blocks or words from {@code begin} to {@code end}. */
    private record Area(int page, String begin, String end) {
    }

    private static List<Area> areas(LogicalArticle a, java.util.function.Predicate<PrintedPage.Block> which) {
        List<Area> out = new ArrayList<>();
        for (LogicalArticle.Piece pc : a.pieces()) {
            pc.part().blocks().stream().filter(which).forEach(b -> out.add(new Area(pc.page(), b.id(), b.id())));
        }
        return out;
    }

    /** The byline's words: from its first to its last, in each block it runs through. */
    private static List<Area> bylineAreas(LogicalArticle a) {
        List<Area> out = new ArrayList<>();
        for (LogicalArticle.Piece pc : a.pieces()) {
            for (PrintedPage.Block b : pc.part().blocks()) {
                List<PrintedPage.Word> words = b.lines().stream().flatMap(l -> l.words().stream()).filter(PrintedPage.Word::byline).toList();
                if (!words.isEmpty()) {
                    out.add(new Area(pc.page(), words.get(0).id(), words.get(words.size() - 1).id()));
                }
            }
        }
        return out;
    }

    private static void div(Xml x, String id, String type, List<Area> areas) {
        x.open("mets:div", "ID", id, "TYPE", type);
        fptr(x, areas);
        x.close();
    }

    private static void fptr(Xml x, List<Area> areas) {
        x.open("mets:fptr");
        if (areas.size() > 1) {
            x.open("mets:seq");
        }
        for (Area area : areas) {
            x.empty("mets:area", "FILEID", "ALTO_" + (area.page() + 1), "BETYPE", "IDREF", "BEGIN", area.begin(), "END", area.end());
        }
        if (areas.size() > 1) {
            x.close();
        }
        x.close();
    }

    /**
     * The article's id in the METS: {@code ART_}, its first page's place in the edition, {@code _},
     * its id there. Its parts add {@code .N}: an article id has no dot, so no two ids meet.
     */
    static String logicalId(LogicalArticle a) {
        return "ART_" + (a.first().page() + 1) + "_" + a.first().part().article().id();
    }

    private static String label(Edition e) {
        return e.paper() + " " + e.date() + (e.issue() == null ? "" : " 总第" + e.issue() + "期");
    }

    private static String pageLabel(ArchivePage page) {
        return "第" + page.number() + "版 " + page.page().page().page().section();
    }
}
