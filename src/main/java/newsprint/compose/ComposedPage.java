package newsprint.compose;

import java.util.List;
import newsprint.layout.Layout;
import newsprint.model.PageFile;

/**
 * The composer's answer: every module placed, in reading order, with the grid they sit on and
 * the page's free area in grid cells (column-lines) left empty, and the articles it could not
 * place at all ({@code leftOut}, in priority order), whose copy is overset whole.
 */
public record ComposedPage(PageFile page, Layout layout, PageGrid grid, Styles styles, List<Module> modules,
                           List<Unplaced> leftOut) {
    public ComposedPage {
        modules = List.copyOf(modules);
        leftOut = List.copyOf(leftOut);
    }

    /** Text as the page prints it: with full-width punctuation when the layout asks for it. */
    public String printed(String text) {
        return text == null || !layout.options().fullWidthPunctuation() ? text : newsprint.type.Punctuation.normalize(text);
    }

    /** The headlines, in reading order, as printed: the page's keywords for the archive. */
    public java.util.List<String> headlines() {
        return modules.stream().map(m -> printed(m.article().headline())).toList();
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
