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
 * place at all ({@code leftOut}, in priority order), whose copy is overset whole.
 */
public record ComposedPage(PreparedPage prepared, PageGrid grid, List<Module> modules, List<Unplaced> leftOut) {
    public ComposedPage {
        modules = List.copyOf(modules);
        leftOut = List.copyOf(leftOut);
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
