import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RadialGradientPaint;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/**
 * Draws the stand-in for the seed page's photo (caption 会议现场): a grey, plainly-fake
 * "meeting room" with a banner, a long table and rows of heads, crossed out and labelled
 * PLACEHOLDER PHOTO.
 *
 * <pre>
 *   java examples/seed/MakePlaceholderPhoto.java examples/seed/photos/meeting.jpg
 * </pre>
 *
 * Output: 1800 x 1200 px, 8-bit sRGB, baseline JFIF JPEG at quality 0.85, no EXIF.
 * Deterministic: no randomness and no timestamps, so the same JDK writes the same bytes
 * on every run. Only logical fonts are used (no CJK text is drawn).
 */
public class MakePlaceholderPhoto {

    static final int W = 1800;
    static final int H = 1200;
    static final float QUALITY = 0.85f;

    public static void main(String[] args) throws IOException {
        System.setProperty("java.awt.headless", "true");
        Path out = Path.of(args.length > 0 ? args[0] : "examples/seed/photos/meeting.jpg");
        BufferedImage img = draw();
        if (out.toAbsolutePath().getParent() != null) {
            Files.createDirectories(out.toAbsolutePath().getParent());
        }
        writeJpeg(img, out);
        System.out.println("wrote " + out + " (" + W + "x" + H + ", " + Files.size(out) + " bytes)");
    }

    static BufferedImage draw() {
        BufferedImage img = new BufferedImage(W, H, BufferedImage.TYPE_INT_RGB); // sRGB
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);

        // Back wall: mid-grey, lighter towards the top like ceiling light.
        g.setPaint(new GradientPaint(0, 0, grey(176), 0, 560, grey(122)));
        g.fillRect(0, 0, W, 560);
        // Floor / carpet: darker, getting darker towards the camera.
        g.setPaint(new GradientPaint(0, 520, grey(104), 0, H, grey(64)));
        g.fillRect(0, 520, W, H - 520);
        // Wall panels (vertical strips), for a bit of depth.
        for (int i = 0; i < 9; i++) {
            int x = 40 + i * 200;
            g.setPaint(new GradientPaint(x, 0, grey(168), x + 180, 0, grey(150)));
            g.fillRect(x, 40, 180, 470);
        }
        // Skirting line where the wall meets the floor.
        g.setColor(grey(88));
        g.fillRect(0, 508, W, 16);

        // Banner across the back wall (blank stripes where the slogan would be).
        RoundRectangle2D banner = new RoundRectangle2D.Double(230, 90, 1340, 150, 12, 12);
        g.setPaint(new GradientPaint(0, 90, grey(92), 0, 240, grey(70)));
        g.fill(banner);
        g.setColor(grey(196));
        for (int i = 0; i < 14; i++) { // character-sized blocks: a slogan, unreadable on purpose
            g.fill(new RoundRectangle2D.Double(300 + i * 86, 128, 66, 74, 8, 8));
        }
        // Two screens / boards under the banner.
        g.setColor(grey(58));
        g.fillRect(150, 290, 300, 180);
        g.fillRect(1350, 290, 300, 180);
        g.setColor(grey(132));
        g.fillRect(162, 302, 276, 156);
        g.fillRect(1362, 302, 276, 156);

        // Long conference table in perspective (a trapezoid from the back wall to the camera).
        Path2D table = new Path2D.Double();
        table.moveTo(760, 560);
        table.lineTo(1040, 560);
        table.lineTo(1420, H + 20);
        table.lineTo(380, H + 20);
        table.closePath();
        g.setPaint(new GradientPaint(0, 560, grey(150), 0, H, grey(205)));
        g.fill(table);
        g.setStroke(new BasicStroke(6f));
        g.setColor(grey(84));
        g.draw(table);
        // Name cards / papers along the table edges.
        g.setColor(grey(235));
        for (int row = 0; row < 5; row++) {
            double t = row / 4.0;
            double y = 600 + t * 520;
            double leftEdge = 760 - t * 380 + 40 + t * 40;
            double rightEdge = 1040 + t * 380 - 40 - t * 40;
            double s = 0.5 + t;
            g.fill(new Rectangle2D.Double(leftEdge, y, 46 * s, 24 * s));
            g.fill(new Rectangle2D.Double(rightEdge - 46 * s, y, 46 * s, 24 * s));
        }

        // People: rows of heads and shoulders on both sides of the table, nearer = larger.
        for (int row = 0; row < 5; row++) {
            double t = row / 4.0;                  // 0 = far end, 1 = near the camera
            double r = 22 + t * 48;                // head radius
            double y = 560 + t * 480;              // head centre
            double inner = 760 - t * 380 - r * 1.4; // just outside the table edge
            int shade = (int) Math.round(70 - t * 28);
            person(g, inner, y, r, shade);
            person(g, W - inner, y, r, shade);
        }
        // Back row of people seated along the wall.
        for (int i = 0; i < 11; i++) {
            person(g, 160 + i * 148, 470, 20, 84);
        }

        // Soft vignette, as from a real lens.
        g.setPaint(new RadialGradientPaint(new Point2D.Double(W / 2.0, H / 2.0), 1150f,
                new float[] {0.55f, 1f},
                new Color[] {new Color(0, 0, 0, 0), new Color(0, 0, 0, 110)}));
        g.fillRect(0, 0, W, H);

        // Unmistakable placeholder marks: frame and diagonal cross.
        g.setColor(new Color(255, 255, 255, 190));
        g.setStroke(new BasicStroke(14f));
        g.draw(new Rectangle2D.Double(30, 30, W - 60, H - 60));
        g.setStroke(new BasicStroke(10f));
        g.drawLine(30, 30, W - 30, H - 30);
        g.drawLine(W - 30, 30, 30, H - 30);

        // Label plate with the words.
        g.setColor(new Color(32, 32, 32, 215));
        g.fill(new RoundRectangle2D.Double(210, 430, 1380, 340, 40, 40));
        g.setColor(new Color(255, 255, 255, 200));
        g.setStroke(new BasicStroke(4f));
        g.draw(new RoundRectangle2D.Double(210, 430, 1380, 340, 40, 40));
        centred(g, "PLACEHOLDER PHOTO", new Font(Font.SANS_SERIF, Font.BOLD, 150), 600, 1300, grey(250));
        centred(g, "newsprint seed example", new Font(Font.SANS_SERIF, Font.PLAIN, 80), 720, 1200, grey(220));

        g.dispose();
        return img;
    }

    /** A seated person seen from behind/side: head circle over a shoulder ellipse. */
    static void person(Graphics2D g, double cx, double cy, double r, int shade) {
        g.setColor(grey(Math.max(0, shade - 10)));
        g.fill(new Ellipse2D.Double(cx - r * 1.9, cy + r * 0.75, r * 3.8, r * 2.6));
        g.setColor(grey(shade));
        g.fill(new Ellipse2D.Double(cx - r, cy - r, 2 * r, 2 * r));
        g.setColor(grey(Math.min(255, shade + 26)));
        g.fill(new Ellipse2D.Double(cx - r * 0.55, cy - r * 0.8, r * 0.7, r * 0.5)); // highlight
    }

    /** Draws text centred horizontally with its baseline at y, shrunk if wider than maxWidth. */
    static void centred(Graphics2D g, String s, Font font, int baseline, int maxWidth, Color c) {
        FontMetrics fm = g.getFontMetrics(font);
        int w = fm.stringWidth(s);
        if (w > maxWidth) {
            font = font.deriveFont(font.getSize2D() * maxWidth / w);
            fm = g.getFontMetrics(font);
            w = fm.stringWidth(s);
        }
        g.setFont(font);
        g.setColor(c);
        g.drawString(s, (W - w) / 2, baseline);
    }

    static Color grey(int v) {
        return new Color(v, v, v);
    }

    static void writeJpeg(BufferedImage img, Path out) throws IOException {
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("jpeg");
        if (!writers.hasNext()) {
            throw new IOException("no JPEG ImageWriter available");
        }
        ImageWriter writer = writers.next();
        ImageWriteParam p = writer.getDefaultWriteParam();
        p.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        p.setCompressionQuality(QUALITY);
        p.setProgressiveMode(ImageWriteParam.MODE_DISABLED); // baseline
        Files.deleteIfExists(out);
        try (ImageOutputStream ios = ImageIO.createImageOutputStream(out.toFile())) {
            writer.setOutput(ios);
            // null metadata: the writer emits a plain JFIF APP0 header, no EXIF, no thumbnail.
            writer.write(null, new IIOImage(img, null, null), p);
        } finally {
            writer.dispose();
        }
    }
}
