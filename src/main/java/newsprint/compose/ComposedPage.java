package newsprint.compose;

import java.util.List;
import newsprint.layout.Layout;
import newsprint.model.PageFile;
import newsprint.prepare.PreparedPage;
import newsprint.type.Styles;

/**
 * The composer's answer for a prepared page: every module placed (its article with the text as
 * printed), in reading order, with the grid they sit on and
 * the page's free area in grid cells (column-lines) left empty, and the articles it could not
 * place at all ({@code leftOut}, in priority order), whose copy is overset whole. On a front page
 * {@code masthead} is the masthead's area (报头, the ear beside it is a module), and on an
 * edition's last page {@code imprint} the imprint's (报尾); null where there is none. {@code ads}
 * are the page's ads in their slots, placed before any article.
 */
public record ComposedPage(PreparedPage prepared, PageGrid grid, List<Module> modules, List<Unplaced> leftOut, Rect masthead,
                           Rect imprint, List<AdBox> ads) {
    public ComposedPage {
        modules = List.copyOf(modules);
        leftOut = List.copyOf(leftOut);
        ads = List.copyOf(ads);
    }

    /** A page without ads. */
    public ComposedPage(PreparedPage prepared, PageGrid grid, List<Module> modules, List<Unplaced> leftOut, Rect masthead, Rect imprint) {
        this(prepared, grid, modules, leftOut, masthead, imprint, List.of());
    }

    /** Grid cells (column-lines) the ads' slots take, the ear's included. */
    public int adCells() {
        return ads.stream().mapToInt(a -> a.ad().columns() * (int) Math.round(a.slot().heightPt() / grid.leadingPt())).sum();
    }

    /** The page file the page was made from. */
    public PageFile page() {
        return prepared.file();
    }

    public Layout layout() {
        return prepared.layout().layout();
    }

    public Styles styles() {
        return prepared.layout().styles();
    }

    /** The headlines, in reading order, as printed: the page's keywords for the archive. */
    public List<String> headlines() {
        return modules.stream().map(m -> m.article().headline()).toList();
    }

    /**
     * What does not fit, one clause per article: {@code article 'x' is 3 lines (27 characters)
     * over; 2 articles not placed, …}; empty when everything fits.
     */
    public String oversetSummary() {
        StringBuilder sb = new StringBuilder();
        for (Module m : modules) {
            if (!m.fit().fits()) {
                sb.append(sb.isEmpty() ? "" : "; ").append("article '").append(m.article().id()).append("' is ")
                        .append(m.fit().oversetLines()).append(" lines (").append(m.fit().oversetChars()).append(" characters) over");
            }
        }
        List<Unplaced> noRoom = leftOut.stream().filter(u -> u.why().equals(Unplaced.NO_ROOM)).toList();
        if (!noRoom.isEmpty()) {
            sb.append(sb.isEmpty() ? "" : "; ").append(noRoom.size()).append(noRoom.size() == 1 ? " article" : " articles")
                    .append(" not placed, the page has no room for ").append(noRoom.size() == 1 ? "it" : "them").append(": ")
                    .append(String.join(", ", noRoom.stream().map(u -> "'" + u.article().id() + "' ("
                            + u.fit().oversetChars() + " characters)").toList()));
        }
        for (Unplaced u : leftOut) {
            if (!noRoom.contains(u)) {
                sb.append(sb.isEmpty() ? "" : "; ").append("article '").append(u.article().id()).append("' not placed (")
                        .append(u.fit().oversetChars()).append(" characters): ").append(u.why());
            }
        }
        return sb.toString();
    }

    public boolean fits() {
        return leftOut.isEmpty() && modules.stream().allMatch(m -> m.fit().fits());
    }

    /** Column-lines of the type area left empty: underset inside modules. */
    public int freeCells() {
        return modules.stream().mapToInt(m -> m.fit().undersetLines()).sum();
    }

    public int totalCells() {
        return grid.columns() * grid.lines();
    }
}
