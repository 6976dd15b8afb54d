import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RadialGradientPaint;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
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
 * Draws the four stand-in photos of the front-page example: plainly-fake, nearly grey sketches,
 * each crossed out and labelled PLACEHOLDER PHOTO with a one-word subject.
 *
 * <pre>
 *   java examples/front-page/MakePhotos.java [OUTPUT-DIR]     # default examples/front-page/photos
 * </pre>
 *
 * <table>
 *   <tr><th>file</th><th>size</th><th>subject</th></tr>
 *   <tr><td>conference.jpg</td><td>1800 x 1200 (landscape)</td><td>a conference hall: stage, banner, audience</td></tr>
 *   <tr><td>laureate.jpg</td><td>1200 x 1600 (portrait)</td><td>one person holding a certificate</td></tr>
 *   <tr><td>facility.jpg</td><td>1600 x 900 (wide)</td><td>a glass-fronted research building</td></tr>
 *   <tr><td>field.jpg</td><td>1400 x 1400 (square)</td><td>rows of rice plants under a drone</td></tr>
 * </table>
 *
 * Output: 8-bit sRGB, baseline JFIF JPEG at quality 0.85, no EXIF. Deterministic: no randomness
 * and no timestamps, so the same JDK writes the same bytes on every run. Only logical fonts are
 * used (no CJK text is drawn). Adapted from examples/seed/MakePlaceholderPhoto.java; it shares no
 * code with it.
 */
public class MakePhotos {

    static final float QUALITY = 0.85f;

    interface Scene {
        void draw(Graphics2D g, int w, int h);
    }

    public static void main(String[] args) throws IOException {
        System.setProperty("java.awt.headless", "true");
        Path dir = Path.of(args.length > 0 ? args[0] : "examples/front-page/photos");
        Files.createDirectories(dir);
        make(dir.resolve("conference.jpg"), 1800, 1200, "CONFERENCE", MakePhotos::conference);
        make(dir.resolve("laureate.jpg"), 1200, 1600, "LAUREATE", MakePhotos::laureate);
        make(dir.resolve("facility.jpg"), 1600, 900, "FACILITY", MakePhotos::facility);
        make(dir.resolve("field.jpg"), 1400, 1400, "FIELD", MakePhotos::field);
    }

    static void make(Path out, int w, int h, String subject, Scene scene) throws IOException {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB); // sRGB
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        scene.draw(g, w, h);
        placeholderMarks(g, w, h, subject);
        g.dispose();
        writeJpeg(img, out);
        System.out.println("wrote " + out + " (" + w + "x" + h + ", " + Files.size(out) + " bytes)");
    }

    // ---------------------------------------------------------------- scenes

    /** A conference hall seen from the back: stage, banner, lectern, rows of heads. */
    static void conference(Graphics2D g, int w, int h) {
        g.setPaint(new GradientPaint(0, 0, tint(150), 0, 620, tint(110)));
        g.fillRect(0, 0, w, 620);
        g.setPaint(new GradientPaint(0, 600, tint(90), 0, h, tint(52)));
        g.fillRect(0, 600, w, h - 600);
        // Stage and its front edge.
        g.setColor(tint(128));
        g.fillRect(160, 470, w - 320, 140);
        g.setColor(tint(196));
        g.fillRect(160, 600, w - 320, 14);
        // Banner with blank "characters".
        g.setPaint(new GradientPaint(0, 80, tint(78), 0, 230, tint(60)));
        g.fill(new RoundRectangle2D.Double(260, 80, w - 520, 150, 14, 14));
        g.setColor(tint(205));
        for (int i = 0; i < 13; i++) {
            g.fill(new RoundRectangle2D.Double(330 + i * 88, 118, 66, 74, 8, 8));
        }
        // Screens on both sides of the stage.
        for (int x : new int[] {180, w - 480}) {
            g.setColor(tint(46));
            g.fillRect(x, 270, 300, 180);
            g.setPaint(new GradientPaint(x, 280, tint(170), x + 300, 450, tint(120)));
            g.fillRect(x + 12, 282, 276, 156);
        }
        // Presidium table with seated figures, lectern on the right.
        g.setColor(tint(210));
        g.fillRect(560, 420, 680, 70);
        for (int i = 0; i < 7; i++) {
            person(g, 610 + i * 96, 392, 22, 70);
        }
        g.setColor(tint(70));
        g.fill(new Rectangle2D.Double(1310, 380, 90, 150));
        // Audience: rows of heads, nearer rows larger and darker.
        for (int row = 0; row < 6; row++) {
            double t = row / 5.0;
            double r = 20 + t * 34;
            double y = 680 + t * 470;
            int n = (int) Math.round(18 - t * 8);
            double step = (w + 120.0) / n;
            for (int i = 0; i < n; i++) {
                double x = -60 + step * (i + (row % 2 == 0 ? 0.5 : 0.0));
                person(g, x, y, r, (int) Math.round(96 - t * 50));
            }
        }
        vignette(g, w, h);
    }

    /** A standing figure holding a certificate in front of a backdrop. */
    static void laureate(Graphics2D g, int w, int h) {
        g.setPaint(new GradientPaint(0, 0, tint(176), 0, h, tint(104)));
        g.fillRect(0, 0, w, h);
        // Backdrop panels.
        g.setColor(tint(150));
        for (int i = 0; i < 4; i++) {
            g.fillRect(60 + i * 280, 80, 250, 1000);
        }
        // Body (jacket) and head.
        double cx = w / 2.0;
        Path2D jacket = new Path2D.Double();
        jacket.moveTo(cx - 300, h + 10);
        jacket.lineTo(cx - 270, 860);
        jacket.quadTo(cx - 230, 700, cx - 90, 680);
        jacket.lineTo(cx + 90, 680);
        jacket.quadTo(cx + 230, 700, cx + 270, 860);
        jacket.lineTo(cx + 300, h + 10);
        jacket.closePath();
        g.setPaint(new GradientPaint(0, 680, tint(66), 0, h, tint(40)));
        g.fill(jacket);
        // Shirt collar.
        Path2D shirt = new Path2D.Double();
        shirt.moveTo(cx - 80, 684);
        shirt.lineTo(cx, 820);
        shirt.lineTo(cx + 80, 684);
        shirt.closePath();
        g.setColor(tint(226));
        g.fill(shirt);
        g.setColor(tint(120));
        g.fillRect((int) cx - 24, 620, 48, 80); // neck
        g.fill(new Ellipse2D.Double(cx - 130, 360, 260, 310));
        g.setColor(tint(60));
        g.fill(new Ellipse2D.Double(cx - 138, 330, 276, 170)); // hair
        g.setColor(tint(146));
        g.fill(new Ellipse2D.Double(cx - 70, 420, 60, 30)); // light on the face
        // Certificate held in front of the chest.
        g.setColor(tint(36));
        g.fill(new RoundRectangle2D.Double(cx - 250, 930, 500, 360, 16, 16));
        g.setColor(tint(236));
        g.fill(new Rectangle2D.Double(cx - 222, 958, 444, 304));
        g.setColor(tint(150));
        for (int i = 0; i < 5; i++) {
            g.fill(new Rectangle2D.Double(cx - 170, 1010 + i * 48, 340 - (i == 4 ? 160 : 0), 18));
        }
        g.setColor(tint(92));
        g.fill(new Ellipse2D.Double(cx + 110, 1180, 64, 64)); // seal
        // Hands at the certificate's lower corners.
        g.setColor(tint(130));
        g.fill(new Ellipse2D.Double(cx - 280, 1230, 90, 70));
        g.fill(new Ellipse2D.Double(cx + 190, 1230, 90, 70));
        vignette(g, w, h);
    }

    /** A low building with a glass curtain wall, under a pale sky, with a forecourt. */
    static void facility(Graphics2D g, int w, int h) {
        g.setPaint(new GradientPaint(0, 0, tint(206), 0, 420, tint(168)));
        g.fillRect(0, 0, w, 420);
        g.setPaint(new GradientPaint(0, 560, tint(120), 0, h, tint(84)));
        g.fillRect(0, 560, w, h - 560);
        // Main block.
        g.setColor(tint(96));
        g.fillRect(180, 180, 1240, 390);
        // Glass grid.
        for (int c = 0; c < 16; c++) {
            for (int r = 0; r < 5; r++) {
                int v = 120 + ((c * 7 + r * 11) % 5) * 14; // stepped reflections, no randomness
                g.setColor(tint(v));
                g.fillRect(200 + c * 76, 200 + r * 70, 68, 62);
            }
        }
        // Roof slab and a tower on the left.
        g.setColor(tint(60));
        g.fillRect(150, 160, 1300, 26);
        g.setColor(tint(78));
        g.fillRect(240, 70, 180, 120);
        g.setColor(tint(140));
        g.fillRect(258, 88, 144, 40);
        // Entrance canopy.
        g.setColor(tint(44));
        g.fillRect(700, 470, 320, 20);
        g.setColor(tint(30));
        g.fillRect(760, 490, 200, 80);
        // Forecourt lines in perspective.
        g.setColor(tint(150));
        g.setStroke(new BasicStroke(5f));
        for (int i = -6; i <= 6; i++) {
            g.draw(new Line2D.Double(860 + i * 40, 580, 860 + i * 260, h));
        }
        // Trees (round crowns on sticks) on both sides.
        for (int x : new int[] {80, 1480, 1540}) {
            g.setColor(tint(50));
            g.fillRect(x - 8, 440, 16, 150);
            g.setColor(tint(70));
            g.fill(new Ellipse2D.Double(x - 80, 300, 160, 180));
        }
        vignette(g, w, h);
    }

    /** Rows of rice plants converging to the horizon, a drone above. */
    static void field(Graphics2D g, int w, int h) {
        int horizon = 430;
        g.setPaint(new GradientPaint(0, 0, tint(214), 0, horizon, tint(178)));
        g.fillRect(0, 0, w, horizon);
        // Distant hills.
        Path2D hills = new Path2D.Double();
        hills.moveTo(0, horizon);
        hills.quadTo(250, 300, 520, 380);
        hills.quadTo(820, 260, 1100, 370);
        hills.quadTo(1260, 320, w, 360);
        hills.lineTo(w, horizon);
        hills.closePath();
        g.setColor(tint(140));
        g.fill(hills);
        g.setPaint(new GradientPaint(0, horizon, tint(132), 0, h, tint(88)));
        g.fillRect(0, horizon, w, h - horizon);
        // Plant rows: lines from a vanishing point, with tufts along them.
        double vx = w / 2.0;
        for (int i = -14; i <= 14; i++) {
            double bx = vx + i * 120;
            g.setColor(tint(70));
            g.setStroke(new BasicStroke(3f));
            g.draw(new Line2D.Double(vx + i * 6, horizon, bx, h));
            for (int k = 1; k <= 9; k++) {
                double t = k / 9.0;
                double y = horizon + t * t * (h - horizon);
                double x = vx + i * 6 + (bx - vx - i * 6) * t * t;
                double s = 4 + t * 26;
                g.setColor(tint(60 + (int) Math.round(t * 20)));
                g.fill(new Ellipse2D.Double(x - s, y - s * 1.6, s * 2, s * 1.8));
            }
        }
        // Drone: body, four arms, rotors.
        double dx = 930, dy = 210;
        g.setColor(tint(40));
        g.fill(new RoundRectangle2D.Double(dx - 60, dy - 24, 120, 48, 18, 18));
        g.setStroke(new BasicStroke(10f));
        for (int sx : new int[] {-1, 1}) {
            g.draw(new Line2D.Double(dx, dy, dx + sx * 130, dy - 40));
            g.draw(new Line2D.Double(dx, dy, dx + sx * 130, dy + 40));
            g.setColor(tint(90));
            g.fill(new Ellipse2D.Double(dx + sx * 130 - 70, dy - 52, 140, 24));
            g.fill(new Ellipse2D.Double(dx + sx * 130 - 70, dy + 28, 140, 24));
            g.setColor(tint(40));
        }
        // Spray cone under the drone.
        Path2D spray = new Path2D.Double();
        spray.moveTo(dx - 40, dy + 30);
        spray.lineTo(dx + 40, dy + 30);
        spray.lineTo(dx + 170, dy + 330);
        spray.lineTo(dx - 170, dy + 330);
        spray.closePath();
        g.setColor(new Color(255, 255, 255, 60));
        g.fill(spray);
        vignette(g, w, h);
    }

    // ---------------------------------------------------------------- shared drawing

    /** A head over shoulders, seen from behind. */
    static void person(Graphics2D g, double cx, double cy, double r, int shade) {
        g.setColor(tint(Math.max(0, shade - 12)));
        g.fill(new Ellipse2D.Double(cx - r * 1.9, cy + r * 0.75, r * 3.8, r * 2.6));
        g.setColor(tint(shade));
        g.fill(new Ellipse2D.Double(cx - r, cy - r, 2 * r, 2 * r));
    }

    static void vignette(Graphics2D g, int w, int h) {
        float radius = (float) (0.62 * Math.hypot(w, h));
        g.setPaint(new RadialGradientPaint(new Point2D.Double(w / 2.0, h / 2.0), radius,
                new float[] {0.55f, 1f},
                new Color[] {new Color(0, 0, 0, 0), new Color(0, 0, 0, 110)}));
        g.fillRect(0, 0, w, h);
    }

    /** Frame, diagonal cross, and a label plate: PLACEHOLDER PHOTO and the subject word. */
    static void placeholderMarks(Graphics2D g, int w, int h, String subject) {
        g.setColor(new Color(255, 255, 255, 190));
        g.setStroke(new BasicStroke(14f));
        g.draw(new Rectangle2D.Double(30, 30, w - 60, h - 60));
        g.setStroke(new BasicStroke(10f));
        g.drawLine(30, 30, w - 30, h - 30);
        g.drawLine(w - 30, 30, 30, h - 30);

        int plateW = (int) Math.round(w * 0.8);
        int plateH = (int) Math.round(plateW * 0.3);
        int plateX = (w - plateW) / 2;
        int plateY = (h - plateH) / 2;
        RoundRectangle2D plate = new RoundRectangle2D.Double(plateX, plateY, plateW, plateH, 40, 40);
        g.setColor(new Color(32, 32, 32, 215));
        g.fill(plate);
        g.setColor(new Color(255, 255, 255, 200));
        g.setStroke(new BasicStroke(4f));
        g.draw(plate);
        int inner = plateW - 80;
        centred(g, w, "PLACEHOLDER PHOTO", new Font(Font.SANS_SERIF, Font.BOLD, plateH * 2 / 5),
                plateY + plateH * 47 / 100, inner, new Color(250, 250, 250));
        centred(g, w, subject, new Font(Font.SANS_SERIF, Font.PLAIN, plateH / 4),
                plateY + plateH * 75 / 100, inner, new Color(220, 220, 220));
        centred(g, w, "newsprint front-page example", new Font(Font.SANS_SERIF, Font.PLAIN, plateH / 9),
                plateY + plateH * 91 / 100, inner, new Color(190, 190, 190));
    }

    /** Draws text centred horizontally with its baseline at y, shrunk if wider than maxWidth. */
    static void centred(Graphics2D g, int w, String s, Font font, int baseline, int maxWidth, Color c) {
        FontMetrics fm = g.getFontMetrics(font);
        int sw = fm.stringWidth(s);
        if (sw > maxWidth) {
            font = font.deriveFont(font.getSize2D() * maxWidth / sw);
            fm = g.getFontMetrics(font);
            sw = fm.stringWidth(s);
        }
        g.setFont(font);
        g.setColor(c);
        g.drawString(s, (w - sw) / 2, baseline);
    }

    /** A grey with a faint warm cast, so the pictures are "greyscale-ish" but plainly RGB. */
    static Color tint(int v) {
        return new Color(clamp(v + 6), clamp(v + 2), clamp(v - 4));
    }

    static int clamp(int v) {
        return Math.max(0, Math.min(255, v));
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
            // null metadata: a plain JFIF APP0 header, no EXIF, no thumbnail.
            writer.write(null, new IIOImage(img, null, null), p);
        } finally {
            writer.dispose();
        }
    }
}
