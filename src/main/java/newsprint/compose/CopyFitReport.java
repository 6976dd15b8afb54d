package newsprint.compose;

import java.util.ArrayList;
import java.util.List;

/**
 * The copy-fit of a page (算字): per article, its module and how its copy fits; for the page, the
 * grid cells left empty. Counts are exact: the characters reported as fitting are the characters
 * printed, since the lines counted are the lines the PDF is made of.
 */
public record CopyFitReport(String page, String layout, int columns, int lines, int charsPerLine, boolean fits,
                            List<Entry> articles, List<AdEntry> ads, int adCells, int freeCells, double freePercent, int freeChars) {

    /** One ad's slot (1-based column and row, columns × lines), booked before the articles: not part of the copy's space. */
    public record AdEntry(String id, String advertiser, int column, int row, int spanColumns, int heightLines) {
    }

    /**
     * One article's module (1-based column and row; 0 when {@code placed} is false: the page had no
     * room for it) and its fit; {@code headColumns} are the columns a vertical head takes (0 for a
     * head across), which the body's capacity does not have.
     */
    public record Entry(String id, boolean placed, int column, int row, int spanColumns, int heightLines, int capacityLines, int contentLines,
                        int capacityChars, int contentChars, int oversetLines, int oversetChars, int undersetLines,
                        int undersetChars, List<String> overset, Integer jumpsTo, int continuedLines, int continuedChars,
                        Integer continuesFrom, int headColumns, String notPlaced) {
    }

    public static CopyFitReport of(ComposedPage page) {
        PageGrid g = page.grid();
        List<Entry> entries = new ArrayList<>();
        for (Module m : page.modules()) {
            ArticleFit f = m.fit();
            entries.add(new Entry(m.article().id(), true, m.column() + 1, m.line() + 1, m.span(), m.lines(), f.capacityLines(),
                    f.contentLines(), f.capacityChars(), f.contentChars(), f.oversetLines(), f.oversetChars(),
                    f.undersetLines(), f.undersetChars(g.charsPerLine()), f.oversetText(),
                    m.jumps() ? f.continuesOn() : null, f.continuedLines(), f.continuedChars(),
                    page.prepared().flow().continuesFrom().get(m.article().id()), m.span() - m.frames().size(), null));
        }
        for (Unplaced u : page.leftOut()) {
            ArticleFit f = u.fit();
            entries.add(new Entry(u.article().id(), false, 0, 0, 0, 0, 0, f.contentLines(), 0, f.contentChars(),
                    f.oversetLines(), f.oversetChars(), 0, 0, f.oversetText(), null, 0, 0, null, 0, u.why()));
        }
        List<AdEntry> ads = new ArrayList<>();
        for (AdBox a : page.ads()) {
            Rect r = a.slot();
            ads.add(new AdEntry(a.ad().id(), a.ad().advertiser(),
                    (int) Math.round((r.xPt() - g.typeArea().xPt()) / (g.columnWidthPt() + g.gutterPt())) + 1,
                    (int) Math.round((r.yPt() - g.typeArea().yPt()) / g.leadingPt()) + 1, a.ad().columns(),
                    (int) Math.round(r.heightPt() / g.leadingPt())));
        }
        int free = page.freeCells();
        // empty cells as a share of the space the articles have: the ads' is not the copy's to fill
        int copyCells = page.totalCells() - page.adCells();
        double percent = copyCells == 0 ? 0 : Math.round(1000.0 * free / copyCells) / 10.0;
        return new CopyFitReport(page.page().file().toString(), page.layout().name(), g.columns(), g.lines(), g.charsPerLine(),
                page.fits(), entries, ads, page.adCells(), free, percent, free * g.charsPerLine());
    }
}
