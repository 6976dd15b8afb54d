package newsprint.compose;

import java.util.List;
import newsprint.model.Photo;
import newsprint.type.SetLine;

/**
 * A placed photo: the frame it fills ({@code frame}, cropped to it), the whole image's
 * rectangle when scaled to cover the frame ({@code image}), and its caption lines beneath.
 * {@code orientation} is its EXIF orientation (1 upright), which the filler turns it by, and
 * {@code effectivePpi} the image's resolution at its printed size.
 */
public record Figure(Photo photo, int span, Rect frame, Rect image, int orientation, List<SetLine> caption,
                     Rect captionRect, double effectivePpi) {
    public Figure {
        caption = List.copyOf(caption);
    }
}
