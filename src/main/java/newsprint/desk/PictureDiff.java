package newsprint.desk;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.imageio.ImageIO;
import newsprint.NewsprintException;
import newsprint.preview.PagePicture;

/**
 * What changed between the signed-off picture of a page and its current one: the current page
 * faded to light grey, each changed pixel in red (and every pixel outside the other picture, when
 * the sizes differ). {@link #changedPixels} says how many.
 */
record PictureDiff(byte[] png, long changedPixels) {
    /** Channels may move this much before a pixel counts as changed: less than any real change, more than nothing. */
    static final int TOLERANCE = 24;

    static PictureDiff of(byte[] signedPng, byte[] currentPng) {
        BufferedImage a = read(signedPng);
        BufferedImage b = read(currentPng);
        BufferedImage out = new BufferedImage(b.getWidth(), b.getHeight(), BufferedImage.TYPE_INT_RGB);
        long changed = 0;
        for (int y = 0; y < b.getHeight(); y++) {
            for (int x = 0; x < b.getWidth(); x++) {
                int now = b.getRGB(x, y);
                boolean differs = x >= a.getWidth() || y >= a.getHeight() || differs(a.getRGB(x, y), now);
                if (differs) {
                    changed++;
                    out.setRGB(x, y, 0xE00000);
                } else {
                    int grey = 200 + luma(now) * 55 / 255;
                    out.setRGB(x, y, grey << 16 | grey << 8 | grey);
                }
            }
        }
        return new PictureDiff(PagePicture.png(out), changed);
    }

    private static boolean differs(int p, int q) {
        for (int shift = 0; shift <= 16; shift += 8) {
            if (Math.abs((p >> shift & 0xFF) - (q >> shift & 0xFF)) > TOLERANCE) {
                return true;
            }
        }
        return false;
    }

    private static int luma(int rgb) {
        return ((rgb >> 16 & 0xFF) * 299 + (rgb >> 8 & 0xFF) * 587 + (rgb & 0xFF) * 114) / 1000;
    }

    private static BufferedImage read(byte[] png) {
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
            if (image == null) {
                throw new IOException("not a picture");
            }
            return image;
        } catch (IOException e) {
            throw new NewsprintException.MissingResource("a signed-off picture cannot be read: " + e.getMessage(),
                    "sign the page off again");
        }
    }
}
