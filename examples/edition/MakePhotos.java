import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/**
 * Draws the stand-in photos of the edition example: plain grey sketches of a subject (a hall, a
 * lab, a ship …), each crossed out and labelled PLACEHOLDER PHOTO, so nobody takes them for
 * real pictures.
 *
 * <pre>
 *   java examples/edition/MakePhotos.java [OUTPUT-DIR]     # default examples/edition/photos
 * </pre>
 *
 * Output: 8-bit sRGB baseline JPEG at quality 0.8, no EXIF. No randomness and no timestamps:
 * the same JDK writes the same bytes on every run. Only logical fonts draw the Latin labels.
 */
public class MakePhotos {

    static final float QUALITY = 0.8f;

    interface Scene {
        void draw(Graphics2D g, int w, int h);
    }

    public static void main(String[] args) throws IOException {
        System.setProperty("java.awt.headless", "true");
        Path dir = Path.of(args.length > 0 ? args[0] : "examples/edition/photos");
        Files.createDirectories(dir);
        make(dir, "congress.jpg", 1800, 1200, "CONGRESS", MakePhotos::hall);
        make(dir, "laureate.jpg", 1500, 1100, "LAUREATE", MakePhotos::portrait);
        make(dir, "pilot-base.jpg", 1600, 900, "PILOT BASE", MakePhotos::building);
        make(dir, "ratoon-rice.jpg", 1400, 1400, "RICE FIELD", MakePhotos::field);
        make(dir, "storage.jpg", 1800, 1000, "ENERGY STORAGE", MakePhotos::storage);
        make(dir, "workshop.jpg", 1600, 1100, "WORKSHOP", MakePhotos::workshop);
        make(dir, "forum.jpg", 1600, 1100, "FORUM", MakePhotos::hall);
        make(dir, "volunteers.jpg", 1500, 1000, "VOLUNTEERS", MakePhotos::classroom);
        make(dir, "radar.jpg", 1500, 1100, "WEATHER RADAR", MakePhotos::radar);
        make(dir, "vessel.jpg", 1800, 1000, "RESEARCH VESSEL", MakePhotos::vessel);
        make(dir, "lab.jpg", 1600, 1100, "LABORATORY", MakePhotos::lab);
        make(dir, "tea-hills.jpg", 1800, 1000, "TEA HILLS", MakePhotos::hills);
        make(dir, "classroom.jpg", 1600, 1100, "CLASSROOM", MakePhotos::classroom);
        make(dir, "exhibit.jpg", 1600, 1100, "EXHIBITION", MakePhotos::exhibit);
        make(dir, "night-sky.jpg", 1600, 1100, "NIGHT SKY", MakePhotos::sky);
        make(dir, "engineer.jpg", 1200, 1600, "ENGINEER", MakePhotos::portrait);
        make(dir, "roundtable.jpg", 1600, 1000, "ROUND TABLE", MakePhotos::panel);
    }

    static void make(Path dir, String file, int w, int h, String subject, Scene scene) throws IOException {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        scene.draw(g, w, h);
        label(g, w, h, subject);
        g.dispose();
        Path out = dir.resolve(file);
        write(img, out);
        System.out.println("wrote " + out + " (" + w + "x" + h + ", " + Files.size(out) + " bytes)");
    }

    // ---------------------------------------------------------------- scenes (coordinates as fractions of w and h)

    /** A hall seen from the back: a banner over a stage, a table of figures, rows of heads. */
    static void hall(Graphics2D g, int w, int h) {
        sky(g, w, h * 0.5, 150, 112);
        ground(g, w, h, h * 0.5, 92, 50);
        box(g, w * 0.1, h * 0.38, w * 0.8, h * 0.12, 128);
        box(g, w * 0.18, h * 0.07, w * 0.64, h * 0.12, 66);
        for (int i = 0; i < 12; i++) {
            box(g, w * (0.21 + i * 0.05), h * 0.095, w * 0.036, h * 0.07, 204);
        }
        box(g, w * 0.3, h * 0.34, w * 0.4, h * 0.06, 212);
        for (int i = 0; i < 7; i++) {
            figure(g, w * (0.33 + i * 0.056), h * 0.32, h * 0.018, 74);
        }
        for (int row = 0; row < 6; row++) {
            double t = row / 5.0;
            int n = 16 - row * 2;
            for (int i = 0; i < n; i++) {
                figure(g, w * (i + (row % 2) * 0.5) / (n - 1), h * (0.56 + t * 0.38), h * (0.018 + t * 0.03), (int) (96 - t * 50));
            }
        }
    }

    /** A half-length figure in front of panels, holding a plaque. */
    static void portrait(Graphics2D g, int w, int h) {
        sky(g, w, h, 176, 104);
        for (int i = 0; i < 4; i++) {
            box(g, w * (0.05 + i * 0.24), h * 0.05, w * 0.21, h * 0.62, 150);
        }
        Path2D body = new Path2D.Double();
        body.moveTo(w * 0.22, h);
        body.quadTo(w * 0.24, h * 0.46, w * 0.5, h * 0.44);
        body.quadTo(w * 0.76, h * 0.46, w * 0.78, h);
        body.closePath();
        g.setColor(tint(56));
        g.fill(body);
        oval(g, w * 0.39, h * 0.22, w * 0.22, h * 0.2, 128);
        oval(g, w * 0.385, h * 0.2, w * 0.23, h * 0.09, 58);
        box(g, w * 0.32, h * 0.62, w * 0.36, h * 0.2, 232);
        for (int i = 0; i < 4; i++) {
            box(g, w * 0.37, h * (0.66 + i * 0.035), w * (i == 3 ? 0.14 : 0.26), h * 0.012, 150);
        }
    }

    /** A low glass-fronted building behind a forecourt. */
    static void building(Graphics2D g, int w, int h) {
        sky(g, w, h * 0.55, 208, 168);
        ground(g, w, h, h * 0.62, 120, 84);
        box(g, w * 0.1, h * 0.2, w * 0.8, h * 0.44, 96);
        for (int c = 0; c < 16; c++) {
            for (int r = 0; r < 5; r++) {
                box(g, w * (0.115 + c * 0.0485), h * (0.23 + r * 0.08), w * 0.042, h * 0.068, 120 + ((c * 7 + r * 11) % 5) * 14);
            }
        }
        box(g, w * 0.08, h * 0.18, w * 0.84, h * 0.03, 60);
        rays(g, w * 0.5, h * 0.64, w, h, 12, 150);
    }

    /** Rows of rice converging to the horizon, a drone above. */
    static void field(Graphics2D g, int w, int h) {
        sky(g, w, h * 0.32, 214, 178);
        ground(g, w, h, h * 0.32, 132, 88);
        g.setStroke(new BasicStroke(3f));
        for (int i = -14; i <= 14; i++) {
            for (int k = 1; k <= 9; k++) {
                double t = k / 9.0;
                double x = w / 2.0 + i * (6 + t * t * (w * 0.085));
                double s = 4 + t * 24;
                oval(g, x - s, h * 0.32 + t * t * h * 0.68 - s * 1.6, s * 2, s * 1.8, 60 + (int) (t * 20));
            }
        }
        drone(g, w * 0.64, h * 0.16, w * 0.09);
    }

    /** Rows of battery containers under a wide sky, a line of pylons behind. */
    static void storage(Graphics2D g, int w, int h) {
        sky(g, w, h * 0.45, 212, 170);
        ground(g, w, h, h * 0.45, 140, 96);
        for (int i = 0; i < 5; i++) {
            double x = w * (0.1 + i * 0.2);
            g.setColor(tint(80));
            g.setStroke(new BasicStroke(6f));
            g.draw(new Line2D.Double(x, h * 0.45, x + w * 0.03, h * 0.12));
            g.draw(new Line2D.Double(x + w * 0.06, h * 0.45, x + w * 0.03, h * 0.12));
            g.draw(new Line2D.Double(x - w * 0.01, h * 0.2, x + w * 0.07, h * 0.2));
        }
        for (int row = 0; row < 3; row++) {
            double y = h * (0.5 + row * 0.15);
            double ch = h * (0.08 + row * 0.03);
            for (int i = 0; i < 6; i++) {
                double cw = w * 0.14;
                box(g, w * 0.03 + i * w * 0.16, y, cw, ch, 196 - row * 30);
                box(g, w * 0.03 + i * w * 0.16, y + ch * 0.8, cw, ch * 0.2, 90);
            }
        }
    }

    /** A production line: a conveyor with boxes and robot arms. */
    static void workshop(Graphics2D g, int w, int h) {
        sky(g, w, h * 0.6, 172, 132);
        ground(g, w, h, h * 0.6, 110, 70);
        for (int i = 0; i < 8; i++) {
            box(g, w * (0.02 + i * 0.125), h * 0.05, w * 0.1, h * 0.02, 226);
        }
        box(g, 0, h * 0.6, w, h * 0.07, 64);
        for (int i = 0; i < 7; i++) {
            box(g, w * (0.04 + i * 0.14), h * 0.53, w * 0.07, h * 0.07, 168);
        }
        g.setStroke(new BasicStroke((float) (w * 0.018), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        for (int i = 0; i < 3; i++) {
            double x = w * (0.2 + i * 0.3);
            g.setColor(tint(46));
            Path2D arm = new Path2D.Double();
            arm.moveTo(x, h * 0.78);
            arm.lineTo(x - w * 0.04, h * 0.4);
            arm.lineTo(x + w * 0.06, h * 0.3);
            arm.lineTo(x + w * 0.08, h * 0.46);
            g.draw(arm);
            box(g, x - w * 0.05, h * 0.76, w * 0.1, h * 0.06, 40);
        }
    }

    /** A room seen from the back: a board, a figure in front of it, rows of heads at desks. */
    static void classroom(Graphics2D g, int w, int h) {
        sky(g, w, h * 0.6, 196, 160);
        ground(g, w, h, h * 0.6, 120, 80);
        box(g, w * 0.2, h * 0.1, w * 0.6, h * 0.3, 54);
        for (int i = 0; i < 4; i++) {
            box(g, w * 0.26, h * (0.16 + i * 0.06), w * (0.34 - i * 0.05), h * 0.015, 176);
        }
        figure(g, w * 0.72, h * 0.36, h * 0.04, 60);
        for (int row = 0; row < 4; row++) {
            double t = row / 3.0;
            double y = h * (0.58 + t * 0.3);
            box(g, 0, y + h * 0.05, w, h * 0.03, 150 - row * 12);
            for (int i = 0; i < 7 - row; i++) {
                figure(g, w * (0.08 + i * (0.84 / (6 - row))), y, h * (0.03 + t * 0.025), (int) (90 - t * 40));
            }
        }
    }

    /** A radar dome on a mast on a hilltop, clouds behind. */
    static void radar(Graphics2D g, int w, int h) {
        sky(g, w, h, 190, 130);
        for (int i = 0; i < 4; i++) {
            oval(g, w * (0.05 + i * 0.24), h * (0.12 + (i % 2) * 0.08), w * 0.26, h * 0.12, 214);
        }
        Path2D hill = new Path2D.Double();
        hill.moveTo(0, h);
        hill.quadTo(w * 0.5, h * 0.5, w, h);
        g.setColor(tint(82));
        g.fill(hill);
        box(g, w * 0.47, h * 0.5, w * 0.06, h * 0.26, 150);
        oval(g, w * 0.4, h * 0.26, w * 0.2, h * 0.3, 236);
        g.setColor(tint(170));
        g.setStroke(new BasicStroke(3f));
        for (int i = 1; i < 5; i++) {
            g.draw(new Line2D.Double(w * 0.4 + i * w * 0.04, h * 0.28, w * 0.4 + i * w * 0.04, h * 0.54));
        }
    }

    /** A ship with a crane at its stern on a grey sea. */
    static void vessel(Graphics2D g, int w, int h) {
        sky(g, w, h * 0.5, 200, 164);
        ground(g, w, h, h * 0.5, 112, 66);
        Path2D hull = new Path2D.Double();
        hull.moveTo(w * 0.12, h * 0.52);
        hull.lineTo(w * 0.88, h * 0.52);
        hull.lineTo(w * 0.82, h * 0.66);
        hull.lineTo(w * 0.18, h * 0.66);
        hull.closePath();
        g.setColor(tint(48));
        g.fill(hull);
        box(g, w * 0.5, h * 0.36, w * 0.24, h * 0.16, 222);
        box(g, w * 0.58, h * 0.26, w * 0.1, h * 0.1, 206);
        for (int i = 0; i < 6; i++) {
            box(g, w * (0.52 + i * 0.035), h * 0.4, w * 0.02, h * 0.03, 80);
        }
        g.setColor(tint(60));
        g.setStroke(new BasicStroke((float) (w * 0.008)));
        g.draw(new Line2D.Double(w * 0.24, h * 0.52, w * 0.3, h * 0.18));
        g.draw(new Line2D.Double(w * 0.3, h * 0.18, w * 0.16, h * 0.3));
        box(g, w * 0.14, h * 0.3, w * 0.04, h * 0.06, 230);
        for (int i = 0; i < 8; i++) {
            box(g, w * (0.05 + i * 0.12), h * (0.72 + (i % 3) * 0.08), w * 0.08, h * 0.006, 170);
        }
    }

    /** A bench with glassware and a figure at a microscope, shelves behind. */
    static void lab(Graphics2D g, int w, int h) {
        sky(g, w, h, 216, 150);
        for (int r = 0; r < 3; r++) {
            box(g, w * 0.05, h * (0.1 + r * 0.14), w * 0.9, h * 0.015, 120);
            for (int i = 0; i < 14; i++) {
                box(g, w * (0.07 + i * 0.062), h * (0.1 + r * 0.14) - h * 0.07, w * 0.035, h * 0.07, 150 + (i * 5 + r * 3) % 4 * 20);
            }
        }
        box(g, 0, h * 0.62, w, h * 0.06, 70);
        box(g, 0, h * 0.68, w, h * 0.32, 110);
        for (int i = 0; i < 5; i++) {
            oval(g, w * (0.06 + i * 0.08), h * 0.52, w * 0.05, h * 0.1, 230);
        }
        box(g, w * 0.62, h * 0.42, w * 0.06, h * 0.2, 40);
        figure(g, w * 0.76, h * 0.4, h * 0.07, 226);
    }

    /** Terraced hills with rows of bushes, mist in the valley. */
    static void hills(Graphics2D g, int w, int h) {
        sky(g, w, h * 0.4, 220, 186);
        for (int band = 0; band < 6; band++) {
            double top = h * (0.3 + band * 0.12);
            Path2D ridge = new Path2D.Double();
            ridge.moveTo(0, h);
            ridge.lineTo(0, top + h * 0.05);
            ridge.quadTo(w * 0.3, top - h * 0.08, w * 0.6, top + h * 0.02);
            ridge.quadTo(w * 0.85, top + h * 0.08, w, top);
            ridge.lineTo(w, h);
            ridge.closePath();
            g.setColor(tint(160 - band * 18));
            g.fill(ridge);
            g.setColor(tint(120 - band * 14));
            g.setStroke(new BasicStroke((float) (h * 0.012 + band * 2)));
            g.draw(new Line2D.Double(0, top + h * 0.08, w, top + h * 0.05));
        }
    }

    /** Display cases along a hall, a parent and a child looking at one. */
    static void exhibit(Graphics2D g, int w, int h) {
        sky(g, w, h * 0.65, 120, 80);
        ground(g, w, h, h * 0.65, 150, 100);
        for (int i = 0; i < 5; i++) {
            double x = w * (0.04 + i * 0.2);
            box(g, x, h * 0.3, w * 0.15, h * 0.34, 200);
            oval(g, x + w * 0.04, h * 0.38, w * 0.07, h * 0.12, 110);
            box(g, x, h * 0.64, w * 0.15, h * 0.05, 60);
        }
        figure(g, w * 0.42, h * 0.62, h * 0.06, 40);
        figure(g, w * 0.5, h * 0.72, h * 0.04, 52);
    }

    /** Four figures seated behind a long table, a backdrop and a screen behind them. */
    static void panel(Graphics2D g, int w, int h) {
        sky(g, w, h * 0.7, 184, 140);
        ground(g, w, h, h * 0.7, 100, 64);
        box(g, w * 0.08, h * 0.08, w * 0.84, h * 0.3, 120);
        box(g, w * 0.3, h * 0.12, w * 0.4, h * 0.22, 206);
        for (int i = 0; i < 4; i++) {
            figure(g, w * (0.2 + i * 0.2), h * 0.5, h * 0.06, 64 + i * 8);
        }
        box(g, w * 0.06, h * 0.6, w * 0.88, h * 0.05, 228);
        box(g, w * 0.08, h * 0.65, w * 0.84, h * 0.2, 170);
        for (int i = 0; i < 4; i++) {
            box(g, w * (0.17 + i * 0.2), h * 0.57, w * 0.06, h * 0.03, 40);
        }
    }

    /** A starry sky over a ridge with a small observatory dome, a meteor trail across. */
    static void sky(Graphics2D g, int w, int h) {
        sky(g, w, h, 36, 76);
        for (int i = 0; i < 160; i++) {
            double x = (i * 7919L % 1000) / 1000.0 * w;
            double y = (i * 104729L % 1000) / 1000.0 * h * 0.7;
            double s = 2 + i % 4;
            oval(g, x, y, s, s, 230);
        }
        g.setColor(tint(240));
        g.setStroke(new BasicStroke(5f));
        g.draw(new Line2D.Double(w * 0.15, h * 0.1, w * 0.42, h * 0.34));
        Path2D ridge = new Path2D.Double();
        ridge.moveTo(0, h);
        ridge.lineTo(0, h * 0.74);
        ridge.quadTo(w * 0.4, h * 0.62, w, h * 0.8);
        ridge.lineTo(w, h);
        ridge.closePath();
        g.setColor(tint(20));
        g.fill(ridge);
        oval(g, w * 0.62, h * 0.62, w * 0.1, h * 0.12, 150);
    }

    // ---------------------------------------------------------------- shapes

    static void sky(Graphics2D g, int w, double h, int top, int bottom) {
        g.setPaint(new GradientPaint(0, 0, tint(top), 0, (float) h, tint(bottom)));
        g.fill(new Rectangle2D.Double(0, 0, w, h));
    }

    static void ground(Graphics2D g, int w, int h, double from, int top, int bottom) {
        g.setPaint(new GradientPaint(0, (float) from, tint(top), 0, h, tint(bottom)));
        g.fill(new Rectangle2D.Double(0, from, w, h - from));
    }

    static void box(Graphics2D g, double x, double y, double w, double h, int shade) {
        g.setColor(tint(shade));
        g.fill(new Rectangle2D.Double(x, y, w, h));
    }

    static void oval(Graphics2D g, double x, double y, double w, double h, int shade) {
        g.setColor(tint(shade));
        g.fill(new Ellipse2D.Double(x, y, w, h));
    }

    /** A head over shoulders, seen from behind, centred on x with the head's centre at y. */
    static void figure(Graphics2D g, double x, double y, double r, int shade) {
        oval(g, x - r * 1.9, y + r * 0.75, r * 3.8, r * 2.6, Math.max(0, shade - 12));
        oval(g, x - r, y - r, 2 * r, 2 * r, shade);
    }

    static void drone(Graphics2D g, double x, double y, double size) {
        g.setColor(tint(40));
        g.fill(new RoundRectangle2D.Double(x - size / 2, y - size / 5, size, size * 0.4, size / 6, size / 6));
        for (int side : new int[] {-1, 1}) {
            oval(g, x + side * size * 1.1 - size * 0.55, y - size * 0.45, size * 1.1, size * 0.2, 90);
        }
    }

    static void rays(Graphics2D g, double x, double y, int w, int h, int n, int shade) {
        g.setColor(tint(shade));
        g.setStroke(new BasicStroke(5f));
        for (int i = -n / 2; i <= n / 2; i++) {
            g.draw(new Line2D.Double(x + i * w * 0.025, y, x + i * w * 0.16, h));
        }
    }

    /** Frame, cross and a plate reading PLACEHOLDER PHOTO and the subject. */
    static void label(Graphics2D g, int w, int h, String subject) {
        g.setColor(new Color(255, 255, 255, 190));
        g.setStroke(new BasicStroke(12f));
        g.draw(new Rectangle2D.Double(28, 28, w - 56, h - 56));
        g.setStroke(new BasicStroke(8f));
        g.drawLine(28, 28, w - 28, h - 28);
        g.drawLine(w - 28, 28, 28, h - 28);
        int plateW = (int) Math.round(w * 0.8);
        int plateH = (int) Math.round(plateW * 0.3);
        int plateY = (h - plateH) / 2;
        g.setColor(new Color(32, 32, 32, 215));
        g.fill(new RoundRectangle2D.Double((w - plateW) / 2.0, plateY, plateW, plateH, 40, 40));
        centred(g, w, "PLACEHOLDER PHOTO", new Font(Font.SANS_SERIF, Font.BOLD, plateH * 2 / 5), plateY + plateH * 47 / 100, plateW - 80, 250);
        centred(g, w, subject, new Font(Font.SANS_SERIF, Font.PLAIN, plateH / 4), plateY + plateH * 75 / 100, plateW - 80, 220);
        centred(g, w, "newsprint edition example", new Font(Font.SANS_SERIF, Font.PLAIN, plateH / 9), plateY + plateH * 91 / 100, plateW - 80, 190);
    }

    static void centred(Graphics2D g, int w, String s, Font font, int baseline, int maxWidth, int grey) {
        FontMetrics fm = g.getFontMetrics(font);
        if (fm.stringWidth(s) > maxWidth) {
            font = font.deriveFont(font.getSize2D() * maxWidth / fm.stringWidth(s));
            fm = g.getFontMetrics(font);
        }
        g.setFont(font);
        g.setColor(new Color(grey, grey, grey));
        g.drawString(s, (w - fm.stringWidth(s)) / 2, baseline);
    }

    /** A grey with a faint warm cast: plainly RGB, nearly neutral. */
    static Color tint(int v) {
        return new Color(clamp(v + 6), clamp(v + 2), clamp(v - 4));
    }

    static int clamp(int v) {
        return Math.max(0, Math.min(255, v));
    }

    static void write(BufferedImage img, Path out) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ImageWriteParam p = writer.getDefaultWriteParam();
        p.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        p.setCompressionQuality(QUALITY);
        p.setProgressiveMode(ImageWriteParam.MODE_DISABLED);
        Files.deleteIfExists(out);
        try (ImageOutputStream ios = ImageIO.createImageOutputStream(out.toFile())) {
            writer.setOutput(ios);
            writer.write(null, new IIOImage(img, null, null), p); // plain JFIF header: no EXIF, no thumbnail
        } finally {
            writer.dispose();
        }
    }
}
