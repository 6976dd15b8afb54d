package newsprint.desk;

import java.util.List;
import newsprint.check.Finding;
import newsprint.compose.ComposedPage;
import newsprint.compose.CopyFitReport;
import newsprint.model.PageFile;
import newsprint.preview.ModuleMark;

/**
 * One page as the desk shows it now: where it stands in the edition, its version (which goes up
 * each time the page looks different or its error changes), and either what was made (print PDF,
 * proof picture and thumbnail, module marks, copy-fit, findings, state hash) or the error that
 * stopped it. A page that failed keeps nothing of an earlier version.
 */
public record PageView(int number, String file, String section, long version, PageFile page, ComposedPage composed, byte[] pdf,
                       byte[] png, byte[] thumbnail, int widthPx, int heightPx, float dpi, List<ModuleMark> marks, CopyFitReport fit,
                       List<Finding> findings, PageHash state, Failure failure, String fingerprint, long renderMillis) {

    /** What stopped the page: the kind of error, its message (naming file, article and field) and its hint. */
    public record Failure(String kind, String message, String hint) {
    }

    public boolean failed() {
        return failure != null;
    }

    public boolean fits() {
        return composed != null && composed.fits();
    }
}
