package newsprint.preview;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.GeneralPath;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;
import newsprint.type.Face;

/**
 * Draws the module marks into a proof picture: each box tinted and outlined in its fit's colour
 * (green exact, amber under, red over, blue jumps, grey an ad), its label (article, columns ×
 * lines, lines under or over) on a band at its top left, set in one of the page's own faces as
 * outlines, so the picture is the same wherever it is made.
 */
public final class OverlayPainter {
    /** The label's type size on the page: the body's, readable on a 100 dpi proof. */
    static final double LABEL_PT = 9;

    private final Face face;

    /** A painter whose labels are set in {@code face} (a page's headline face: bold, with every mark a label uses). */
    public OverlayPainter(Face face) {
        this.face = face;
    }

    /** The colour of a fit, as the desk's screen shows it too (see {@code desk.css}). */
    public static Color colour(ModuleMark.Fit fit) {
        return switch (fit) {
            case EXACT -> new Color(0x2e7d32);
            case UNDER -> new Color(0xe69500);
            case OVER -> new Color(0xd32f2f);
            case JUMPS -> new Color(0x1565c0);
            case AD -> new Color(0x616161);
        };
    }

    public void paint(BufferedImage image, List<ModuleMark> marks, float dpi) {
        double scale = dpi / 72.0;
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            float stroke = (float) Math.max(1, 1.5 * scale);
            for (ModuleMark m : marks) {
                Color c = colour(m.fit());
                Rectangle2D box = new Rectangle2D.Double(m.xPt() * scale, m.yPt() * scale, m.widthPt() * scale, m.heightPt() * scale);
                g.setColor(new Color(c.getRed(), c.getGreen(), c.getBlue(), m.fit() == ModuleMark.Fit.OVER ? 56 : 28));
                g.fill(box);
                g.setColor(c);
                g.setStroke(new BasicStroke(stroke));
                g.draw(box);
                label(g, m.label(), c, box, LABEL_PT * scale);
            }
        } finally {
            g.dispose();
        }
    }

    /** The label on a band of its colour at the box's top left, white, cut to the box's width. */
    private void label(Graphics2D g, String text, Color c, Rectangle2D box, double sizePx) {
        double pad = sizePx * 0.3;
        double width = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            width += face.advanceEm(cp) * sizePx;
            i += Character.charCount(cp);
        }
        Rectangle2D band = new Rectangle2D.Double(box.getX(), box.getY(), Math.min(box.getWidth(), width + 2 * pad), sizePx * 1.4);
        g.setColor(c);
        g.fill(band);
        g.setColor(Color.WHITE);
        java.awt.Shape clip = g.getClip();
        g.clip(band);
        double x = band.getX() + pad;
        double baseline = band.getY() + sizePx * 1.1;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            GeneralPath glyph = face.outlineEm(cp);
            if (glyph != null) {
                AffineTransform at = new AffineTransform(sizePx, 0, 0, -sizePx, x, baseline); // font y grows upwards
                g.fill(at.createTransformedShape(glyph));
            }
            x += face.advanceEm(cp) * sizePx;
            i += Character.charCount(cp);
        }
        g.setClip(clip);
    }
}
