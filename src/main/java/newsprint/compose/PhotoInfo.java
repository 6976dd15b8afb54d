package newsprint.compose;

import newsprint.model.Photo;
import newsprint.prepare.PhotoFile;

/**
 * A photo of an article with its pixel size as it is shown (a photo whose EXIF orientation turns
 * it on its side is as wide as it is stored high) and its orientation: what the composer needs
 * of the file, which the prepared page has already inspected.
 */
public record PhotoInfo(Photo photo, int widthPx, int heightPx, int orientation) {
    static PhotoInfo of(Photo photo, PhotoFile file) {
        if (!file.usable()) {
            throw new IllegalStateException("photo " + file.path() + " " + file.problem().message() + ": the preflight stops such a page");
        }
        return new PhotoInfo(photo, file.shownWidthPx(), file.shownHeightPx(), file.orientation());
    }

    /** Height over width. */
    double aspect() {
        return (double) heightPx / widthPx;
    }
}
