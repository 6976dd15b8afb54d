package newsprint.preview;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import newsprint.compose.AdBox;
import newsprint.compose.ArticleFit;
import newsprint.compose.ComposedPage;
import newsprint.compose.Module;
import newsprint.compose.PageGrid;
import newsprint.compose.Rect;

/**
 * One box marked on a proof: an article's module (its grid place, columns × lines, how its copy
 * fits) or an ad's slot, with its rectangle in points from the trimmed page's top left. The desk's
 * screen sends these as JSON; {@link OverlayPainter} draws them into a picture.
 */
public record ModuleMark(String kind, String id, Fit fit, int column, int row, int spanColumns, int heightLines,
                         double xPt, double yPt, double widthPt, double heightPt, int overLines, int overChars,
                         int underLines, int underChars, Integer jumpsTo, List<String> overset, String label) {
    /** How the copy fits its module, which the mark's colour says. */
    public enum Fit {
        /** Exactly full. */
        EXACT,
        /** Lines left empty (underset). */
        UNDER,
        /** Copy that does not fit (overset): it is cut. */
        OVER,
        /** The article runs on to another page (转版). */
        JUMPS,
        /** An ad's slot, booked before the news. */
        AD;

        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public ModuleMark {
        overset = List.copyOf(overset);
    }

    /** Every module of the page in reading order, then every ad. */
    public static List<ModuleMark> of(ComposedPage page) {
        PageGrid g = page.grid();
        List<ModuleMark> marks = new ArrayList<>();
        for (Module m : page.modules()) {
            ArticleFit f = m.fit();
            Fit fit = m.jumps() ? Fit.JUMPS : !f.fits() ? Fit.OVER : f.undersetLines() > 0 ? Fit.UNDER : Fit.EXACT;
            String size = m.span() + "×" + m.lines();
            String state = switch (fit) {
                case JUMPS -> "→ " + f.continuesOn();
                case OVER -> "+" + f.oversetLines() + " lines";
                case UNDER -> "−" + f.undersetLines() + " lines";
                default -> "exact";
            };
            Rect r = m.rect();
            marks.add(new ModuleMark("article", m.article().id(), fit, m.column() + 1, m.line() + 1, m.span(), m.lines(), r.xPt(), r.yPt(),
                    r.widthPt(), r.heightPt(), f.oversetLines(), f.oversetChars(), f.undersetLines(), f.undersetChars(g.charsPerLine()),
                    m.jumps() ? f.continuesOn() : null, f.oversetText(), m.article().id() + "  " + size + "  " + state));
        }
        for (AdBox a : page.ads()) {
            Rect r = a.slot();
            int column = (int) Math.round((r.xPt() - g.typeArea().xPt()) / (g.columnWidthPt() + g.gutterPt())) + 1;
            int row = (int) Math.round((r.yPt() - g.typeArea().yPt()) / g.leadingPt()) + 1;
            int lines = (int) Math.round(r.heightPt() / g.leadingPt());
            marks.add(new ModuleMark("ad", a.ad().id(), Fit.AD, column, row, a.ad().columns(), lines, r.xPt(), r.yPt(), r.widthPt(),
                    r.heightPt(), 0, 0, 0, 0, null, List.of(), "ad " + a.ad().id() + "  " + a.ad().columns() + "×" + lines));
        }
        return marks;
    }
}
