package newsprint.archive;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import newsprint.compose.Rect;
import newsprint.type.TextStyle;

/**
 * Writes one page as ALTO 4.4: its articles in reading order, each a {@code ComposedBlock} of
 * {@code TYPE="article"} ({@code ID="ART_<article id>"}) holding a {@code TextBlock} per head
 * part, per paragraph part in each column (a part continued in the next column names it in
 * {@code IDNEXT}) and per caption, and an {@code Illustration} per photo; every line with its
 * box and baseline, every word a {@code String} with its style. Positions are in tenths of a
 * millimetre ({@code mm10}) from the top left of the trimmed page, which is the archive PDF's
 * page; type sizes in points.
 */
public final class AltoWriter {
    public static final String NAMESPACE = "http://www.loc.gov/standards/alto/ns-v4#";
    static final String SCHEMA = "http://www.loc.gov/standards/alto/v4/alto-4-4.xsd";
    /** Tenths of a millimetre in a point. */
    static final double MM10_PER_PT = 254.0 / 72.0;
    /** Hundredths of a tenth of a millimetre: a micrometre, far below any printing tolerance. */
    private static final int DECIMALS = 2;

    private AltoWriter() {
    }

    /** The ALTO file of {@code page}, which is shown by {@code pdfName}. */
    public static byte[] write(PrintedPage page, String pdfName, String softwareVersion) {
        Map<String, String> styles = styles(page);
        Xml x = new Xml();
        x.open("alto", "xmlns", NAMESPACE, "xmlns:xlink", "http://www.w3.org/1999/xlink",
                "xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance", "xsi:schemaLocation", NAMESPACE + " " + SCHEMA);
        x.open("Description").text("MeasurementUnit", "mm10");
        x.open("sourceImageInformation").text("fileName", pdfName).close();
        x.open("Processing", "ID", "PROC1");
        x.text("processingCategory", "contentGeneration");
        x.text("processingStepDescription", "lines and positions as newsprint's composer set them (no OCR)");
        x.open("processingSoftware").text("softwareCreator", "newsprint").text("softwareName", "newsprint")
                .text("softwareVersion", softwareVersion).close();
        x.close().close();
        x.open("Styles");
        styles.forEach((key, id) -> {
            String[] k = key.split("\u0000", -1);
            x.empty("TextStyle", "ID", id, "FONTFAMILY", k[0], "FONTSIZE", k[1], "FONTSTYLE", k[2].isEmpty() ? null : k[2]);
        });
        x.close();
        var grid = page.page().grid();
        x.open("Layout");
        x.open("Page", "ID", "PAGE1", "PHYSICAL_IMG_NR", "1", "PRINTED_IMG_NR", Integer.toString(page.page().page().page().number()),
                "WIDTH", mm10(grid.pageWidthPt()), "HEIGHT", mm10(grid.pageHeightPt()), "PROCESSINGREFS", "PROC1");
        // the type area (版心): the folio's band and the grid below it
        Rect folio = grid.folio();
        Rect type = grid.typeArea();
        x.open("PrintSpace", "HPOS", mm10(type.xPt()), "VPOS", mm10(folio.yPt()), "WIDTH", mm10(type.widthPt()),
                "HEIGHT", mm10(type.bottomPt() - folio.yPt()));
        for (PrintedPage.Part a : page.articles()) {
            x.open("ComposedBlock", box("ID", a.id(), "TYPE", "article", a.rect()));
            for (PrintedPage.Block b : a.blocks()) {
                textBlock(x, b, next(a.blocks(), b), styles);
            }
            for (PrintedPage.Illustration il : a.illustrations()) {
                x.empty("Illustration", box("ID", il.id(), "TYPE", "photo", il.rect()));
                if (il.caption() != null) {
                    textBlock(x, il.caption(), null, styles);
                }
            }
            x.close();
        }
        x.close().close().close();
        x.close();
        return x.bytes();
    }

    /** The part that continues {@code b} in the next column, or null. */
    private static PrintedPage.Block next(List<PrintedPage.Block> blocks, PrintedPage.Block b) {
        if (b.last()) {
            return null;
        }
        return blocks.stream().filter(o -> o.kind() == b.kind() && o.index() == b.index() && o.part() == b.part() + 1).findFirst().orElse(null);
    }

    private static void textBlock(Xml x, PrintedPage.Block b, PrintedPage.Block next, Map<String, String> styles) {
        String[] attributes = box("ID", b.id(), null, null, b.rect());
        x.open("TextBlock", append(attributes, "IDNEXT", next == null ? null : next.id()));
        for (PrintedPage.Line l : b.lines()) {
            x.open("TextLine", "ID", l.id(), "HPOS", mm10(l.xPt()), "VPOS", mm10(l.topPt()), "WIDTH", mm10(l.widthPt()),
                    "HEIGHT", mm10(l.heightPt()), "BASELINE", mm10(l.xPt()) + "," + mm10(l.baselinePt()) + " "
                            + mm10(l.xPt() + l.widthPt()) + "," + mm10(l.baselinePt()));
            List<PrintedPage.Word> words = l.words();
            for (int i = 0; i < words.size(); i++) {
                PrintedPage.Word w = words.get(i);
                x.empty("String", "ID", w.id(), "CONTENT", w.text(), "HPOS", mm10(w.xPt()), "VPOS", mm10(l.topPt()),
                        "WIDTH", mm10(w.widthPt()), "HEIGHT", mm10(l.heightPt()), "STYLEREFS", styles.get(key(w.style())));
                if (w.spaceAfter() && i + 1 < words.size()) {
                    double end = w.xPt() + w.widthPt();
                    x.empty("SP", "HPOS", mm10(end), "VPOS", mm10(l.topPt()), "WIDTH", mm10(words.get(i + 1).xPt() - end));
                }
            }
            x.close();
        }
        x.close();
    }

    private static String[] box(String idName, String id, String typeName, String type, Rect r) {
        return new String[] {idName, id, "HPOS", mm10(r.xPt()), "VPOS", mm10(r.yPt()), "WIDTH", mm10(r.widthPt()),
                "HEIGHT", mm10(r.heightPt()), typeName == null ? "TYPE" : typeName, type};
    }

    private static String[] append(String[] a, String name, String value) {
        String[] out = java.util.Arrays.copyOf(a, a.length + 2);
        out[a.length] = name;
        out[a.length + 1] = value;
        return out;
    }

    /** Each distinct face and size used on the page, in order of first use: {@code TS1}, {@code TS2} … */
    private static Map<String, String> styles(PrintedPage page) {
        Map<String, String> ids = new LinkedHashMap<>();
        for (PrintedPage.Part a : page.articles()) {
            java.util.stream.Stream.concat(a.blocks().stream(), a.illustrations().stream().map(PrintedPage.Illustration::caption)
                            .filter(java.util.Objects::nonNull))
                    .flatMap(b -> b.lines().stream()).flatMap(l -> l.words().stream())
                    .forEach(w -> ids.computeIfAbsent(key(w.style()), k -> "TS" + (ids.size() + 1)));
        }
        return ids;
    }

    /** A style's family, size in points and ALTO font style, joined: its key among the page's styles. */
    static String key(TextStyle s) {
        try {
            String family = s.face().font().getNaming().getFontFamily();
            return family + "\u0000" + Xml.number(s.sizePt(), 2) + "\u0000" + (s.face().cssWeight() >= 600 ? "bold" : "");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String mm10(double pt) {
        return Xml.number(pt * MM10_PER_PT, DECIMALS);
    }
}
