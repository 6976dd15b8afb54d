package newsprint.preview;

import java.awt.image.BufferedImage;
import java.util.List;
import newsprint.compose.ComposedPage;
import newsprint.layout.Role;

/**
 * A proof of a composed page: its print PDF, the PDF drawn at {@code dpi}, and the marks of its
 * modules and ads. {@link #picture()} is the page alone; {@link #withOverlay()} has the marks drawn in.
 */
public record PageProof(ComposedPage page, byte[] pdf, BufferedImage picture, List<ModuleMark> marks, float dpi) {
    public PageProof {
        marks = List.copyOf(marks);
    }

    /** The proof of {@code page}, whose print PDF is {@code pdf}. */
    public static PageProof of(ComposedPage page, byte[] pdf, float dpi) {
        return new PageProof(page, pdf, PagePicture.draw(pdf, dpi), ModuleMark.of(page), dpi);
    }

    /** A copy of the picture with the marks drawn over it, labelled in the page's smallest headline face. */
    public BufferedImage withOverlay() {
        BufferedImage copy = new BufferedImage(picture.getWidth(), picture.getHeight(), BufferedImage.TYPE_INT_RGB);
        copy.createGraphics().drawImage(picture, 0, 0, null);
        new OverlayPainter(page.styles().get(Role.HEADLINE3).face()).paint(copy, marks, dpi);
        return copy;
    }
}
