package newsprint.compose;

import java.util.List;
import newsprint.layout.Layout;
import newsprint.model.PageFile;

/**
 * The composer's answer: every module placed, in reading order, with the grid they sit on and
 * the page's free area in grid cells (column-lines) left empty.
 */
public record ComposedPage(PageFile page, Layout layout, PageGrid grid, Styles styles, List<Module> modules) {
    public ComposedPage {
        modules = List.copyOf(modules);
    }

    public boolean fits() {
        return modules.stream().allMatch(m -> m.fit().fits());
    }

    /** Column-lines of the type area left empty: underset inside modules. */
    public int freeCells() {
        return modules.stream().mapToInt(m -> m.fit().undersetLines()).sum();
    }

    public int totalCells() {
        return grid.columns() * grid.lines();
    }
}
