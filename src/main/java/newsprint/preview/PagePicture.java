package newsprint.preview;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import newsprint.NewsprintException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * A page's print PDF as a picture: the trimmed page (the bleed and any marks cut off, so a point
 * on the page is {@code pt × dpi / 72} pixels from the picture's top left), drawn by PDFBox's
 * renderer, and written as PNG. The same PDF and resolution give the same PNG bytes.
 */
public final class PagePicture {
    /** A proof on screen: a broadsheet page is 1,535 × 2,126 pixels. */
    public static final int DEFAULT_DPI = 100;
    public static final int MIN_DPI = 10;
    /** A broadsheet at 300 dpi is 4,606 × 6,378 pixels (117 MB in memory); more is not a proof's business. */
    public static final int MAX_DPI = 300;

    private PagePicture() {
    }

    /** The first page of {@code pdf} at {@code dpi}, cut to its trim box, in RGB. */
    public static BufferedImage draw(byte[] pdf, float dpi) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDPage page = doc.getPage(0);
            page.setCropBox(page.getTrimBox());
            PDFRenderer renderer = new PDFRenderer(doc);
            // a photo is decoded at about the resolution it is drawn at, not whole: its colours are converted pixel by pixel
            renderer.setSubsamplingAllowed(true);
            return renderer.renderImageWithDPI(0, dpi, ImageType.RGB);
        } catch (IOException e) {
            throw new NewsprintException.RenderFailure("cannot draw the page's PDF as a picture: " + e.getMessage(), null, e);
        }
    }

    /** The picture as PNG, with no time or other metadata in it: the same picture, the same bytes. */
    public static byte[] png(BufferedImage image) {
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("png");
        ImageWriter writer = writers.next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(stream);
            writer.write(null, new IIOImage(image, null, null), writer.getDefaultWriteParam());
        } catch (IOException e) {
            throw new NewsprintException.RenderFailure("cannot write the picture as PNG: " + e.getMessage(), null, e);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    /** {@code image} scaled to {@code width} pixels wide (area-averaged), for a thumbnail. */
    public static BufferedImage scaled(BufferedImage image, int width) {
        int height = Math.max(1, (int) Math.round((double) image.getHeight() * width / image.getWidth()));
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = out.createGraphics();
        try {
            g.setRenderingHint(java.awt.RenderingHints.KEY_INTERPOLATION, java.awt.RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setRenderingHint(java.awt.RenderingHints.KEY_RENDERING, java.awt.RenderingHints.VALUE_RENDER_QUALITY);
            g.drawImage(image.getScaledInstance(width, height, java.awt.Image.SCALE_AREA_AVERAGING), 0, 0, null);
        } finally {
            g.dispose();
        }
        return out;
    }
}
