package newsprint.prepare;

import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.color.PDColor;
import org.apache.pdfbox.pdmodel.graphics.color.PDColorSpace;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceN;
import org.apache.pdfbox.pdmodel.graphics.color.PDICCBased;
import org.apache.pdfbox.pdmodel.graphics.color.PDIndexed;
import org.apache.pdfbox.pdmodel.graphics.color.PDPattern;
import org.apache.pdfbox.pdmodel.graphics.color.PDSeparation;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.pdmodel.graphics.pattern.PDShadingPattern;
import org.apache.pdfbox.pdmodel.graphics.shading.PDShading;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;

/**
 * What an ad page paints, found by running its content (forms and Type 3 glyphs included) the
 * way a renderer does, without drawing: whether any paint lands on another plate than black,
 * which RGB colour spaces are painted with, the lowest resolution of its images at the size they
 * are drawn in the ad, and whether it carries marked content. Colour that is set but never
 * painted does not count.
 */
final class AdContent extends ContentWalker {
    private boolean colour;
    private boolean marked;
    private double leastPpi = Double.POSITIVE_INFINITY;
    private final Set<String> rgb = new LinkedHashSet<>();
    private long operators;
    /** A content stream with more operators than this is not an ad: the inspection stops (and calls it colour). */
    private static final long MAX_OPERATORS = 20_000_000;

    private AdContent(PDPage page) {
        super(page);
    }

    static AdContent of(PDPage page) throws IOException {
        AdContent c = new AdContent(page);
        c.processPage(page);
        return c;
    }

    boolean colour() {
        return colour;
    }

    boolean markedContent() {
        return marked;
    }

    double leastPpi() {
        return leastPpi;
    }

    Set<String> rgb() {
        return rgb;
    }

    @Override
    protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
        if (++operators > MAX_OPERATORS) {
            throw new IOException("more than " + MAX_OPERATORS + " drawing operators");
        }
        if (AdFile.MARKING.contains(operator.getName())) {
            marked = true;
        }
        super.processOperator(operator, operands);
    }

    private void paint(PDColor c) throws IOException {
        if (c != null) {
            space(c.getColorSpace(), c.getComponents());
        }
    }

    /** Notes the colour space painted with; {@code components} null when unknown (an image's). */
    private void space(PDColorSpace cs, float[] components) throws IOException {
        if (cs == null) {
            return;
        }
        String name = cs.getName();
        if (cs instanceof PDPattern) {
            return; // a pattern's own paint is looked at where it is used (shadings)
        }
        if (cs instanceof PDIndexed indexed) {
            space(indexed.getBaseColorSpace(), null);
            return;
        }
        if (cs instanceof PDSeparation sep) {
            colour |= !sep.getColorantName().equals("Black");
            return;
        }
        if (cs instanceof PDDeviceN n) {
            colour |= n.getColorantNames().stream().anyMatch(k -> !k.equals("Black") && !k.equals("None"));
            return;
        }
        int count = cs instanceof PDICCBased icc ? icc.getNumberOfComponents() : cs.getNumberOfComponents();
        if (count == 1) {
            return;
        }
        if (count == 3 && !name.equals("Lab")) {
            rgb.add(cs instanceof PDICCBased ? "ICC-based RGB" : name);
            colour = true;
        } else if (count == 4 && components != null && components.length == 4) {
            colour |= components[0] > 0.001f || components[1] > 0.001f || components[2] > 0.001f;
        } else {
            colour = true;
        }
    }

    @Override
    public void drawImage(PDImage image) throws IOException {
        if (image.isStencil()) {
            paint(getGraphicsState().getNonStrokingColor());
        } else {
            space(image.getColorSpace(), null);
        }
        Matrix m = getGraphicsState().getCurrentTransformationMatrix();
        double wide = Math.hypot(m.getValue(0, 0), m.getValue(0, 1));
        double high = Math.hypot(m.getValue(1, 0), m.getValue(1, 1));
        if (wide > 0.01 && high > 0.01 && image.getWidth() > 1 && image.getHeight() > 1) {
            leastPpi = Math.min(leastPpi, Math.min(image.getWidth() / (wide / 72), image.getHeight() / (high / 72)));
        }
    }

    @Override
    protected void showGlyph(Matrix textRenderingMatrix, PDFont font, int code, Vector displacement) throws IOException {
        RenderingMode mode = getGraphicsState().getTextState().getRenderingMode();
        if (mode.isFill()) {
            paint(getGraphicsState().getNonStrokingColor());
        }
        if (mode.isStroke()) {
            paint(getGraphicsState().getStrokingColor());
        }
        super.showGlyph(textRenderingMatrix, font, code, displacement);
    }

    @Override
    public void strokePath() throws IOException {
        paint(getGraphicsState().getStrokingColor());
    }

    @Override
    public void fillPath(int windingRule) throws IOException {
        PDColor c = getGraphicsState().getNonStrokingColor();
        if (c != null && c.getColorSpace() instanceof PDPattern pattern) {
            var p = getResources() == null ? null : getResources().getPattern(c.getPatternName());
            if (p instanceof PDShadingPattern sp && sp.getShading() != null) {
                space(sp.getShading().getColorSpace(), null);
            }
            return;
        }
        paint(c);
    }

    @Override
    public void shadingFill(COSName shadingName) throws IOException {
        PDShading shading = getResources() == null ? null : getResources().getShading(shadingName);
        if (shading != null) {
            space(shading.getColorSpace(), null);
        }
    }
}
