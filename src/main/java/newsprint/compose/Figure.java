package newsprint.compose;

import java.util.List;
import newsprint.model.Photo;
import newsprint.type.SetLine;
import newsprint.type.TextStyle;

/**
 * A placed photo: the frame it fills ({@code frame}, cropped to it), the whole image's
 * rectangle when scaled to cover the frame ({@code image}), and its caption lines beneath.
 * {@code effectivePpi} is the image's resolution at its printed size.
 */
public record Figure(Photo photo, int span, Rect frame, Rect image, List<SetLine> caption, TextStyle captionStyle,
                     Rect captionRect, double effectivePpi) {
    public Figure {
        caption = List.copyOf(caption);
    }
}
