package newsprint.compose;

import java.util.ArrayList;
import java.util.List;

/**
 * The copy-fit of a page (算字): per article, its module and how its copy fits; for the page, the
 * grid cells left empty. Counts are exact: the characters reported as fitting are the characters
 * printed, since the lines counted are the lines the PDF is made of.
 */
public record CopyFitReport(String page, String layout, int columns, int lines, int charsPerLine, boolean fits,
                            List<Entry> articles, int freeCells, double freePercent, int freeChars) {

    /**
     * One article's module (1-based column and row; 0 when {@code placed} is false: the page had no
     * room for it) and its fit; {@code headColumns} are the columns a vertical head takes (0 for a
     * head across), which the body's capacity does not have.
     */
    public record Entry(String id, boolean placed, int column, int row, int spanColumns, int heightLines, int capacityLines, int contentLines,
                        int capacityChars, int contentChars, int oversetLines, int oversetChars, int undersetLines,
                        int undersetChars, List<String> overset, int headColumns) {
    }

    public static CopyFitReport of(ComposedPage page) {
        PageGrid g = page.grid();
        List<Entry> entries = new ArrayList<>();
        for (Module m : page.modules()) {
            ArticleFit f = m.fit();
            entries.add(new Entry(m.article().id(), true, m.column() + 1, m.line() + 1, m.span(), m.lines(), f.capacityLines(),
                    f.contentLines(), f.capacityChars(), f.contentChars(), f.oversetLines(), f.oversetChars(),
                    f.undersetLines(), f.undersetChars(g.charsPerLine()), f.oversetText(), m.span() - m.frames().size()));
        }
        for (Unplaced u : page.leftOut()) {
            ArticleFit f = u.fit();
            entries.add(new Entry(u.article().id(), false, 0, 0, 0, 0, 0, f.contentLines(), 0, f.contentChars(),
                    f.oversetLines(), f.oversetChars(), 0, 0, f.oversetText(), 0));
        }
        int free = page.freeCells();
        double percent = Math.round(1000.0 * free / page.totalCells()) / 10.0;
        return new CopyFitReport(page.page().file().toString(), page.layout().name(), g.columns(), g.lines(), g.charsPerLine(),
                page.fits(), entries, free, percent, free * g.charsPerLine());
    }
}
