/**
 * Page makeup: places every article as a rectangular module on the column grid, sets its
 * headline across the module and its body through the module's column frames, balanced, and
 * reports exactly what fits (copy-fitting). The composer never touches HTML.
 *
 * <p>Steps: {@link newsprint.compose.Copy} sets each article's text once at the column measure;
 * {@link newsprint.compose.Planner} chooses the modules' rectangles; {@link newsprint.compose.Composer}
 * fills each module's frames and writes the copy-fit report.
 */
package newsprint.compose;
