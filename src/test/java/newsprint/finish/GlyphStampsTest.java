package newsprint.finish;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.GeneralPath;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** A glyph's mask filled in the thread's reused scratch picture is the mask filled in a picture of its own. */
class GlyphStampsTest {
    private static RenderingHints hints() {
        RenderingHints hints = new RenderingHints(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        hints.put(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        hints.put(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        return hints;
    }

    /** An outline of curves and lines in a 1000-unit em, its own every seed, with a hole. */
    private static GeneralPath outline(Random random) {
        GeneralPath path = new GeneralPath(GeneralPath.WIND_NON_ZERO);
        path.moveTo(random.nextInt(300), random.nextInt(300) - 100);
        for (int i = 0; i < 6; i++) {
            if (random.nextBoolean()) {
                path.curveTo(random.nextFloat() * 1000, random.nextFloat() * 1000 - 150, random.nextFloat() * 1000, random.nextFloat() * 900,
                        random.nextFloat() * 1000, random.nextFloat() * 880);
            } else {
                path.lineTo(random.nextFloat() * 1000, random.nextFloat() * 880 - 120);
            }
        }
        path.closePath();
        path.append(new Ellipse2D.Float(200 + random.nextInt(200), 200 + random.nextInt(200), 150, 90), false);
        return path;
    }

    @Test
    void aMaskFilledInTheScratchIsTheMaskFilledOnItsOwn() {
        Random random = new Random(9);
        RenderingHints hints = hints();
        float[] sizes = {0.0625f, 0.1f, 0.127f, 0.2f, 0.33f, 0.5f, 0.9f};
        for (int i = 0; i < 60; i++) {
            GeneralPath path = outline(random);
            float sx = sizes[i % sizes.length];
            float sy = -sx * (i % 3 == 0 ? 1.1f : 1f);
            int[] own = GlyphStamps.coverage(path, sx, sy, hints, false);
            int[] scratch = GlyphStamps.coverage(path, sx, sy, hints, true);
            assertThat(scratch).as("outline %d at %s", i, sx).isEqualTo(own);
            assertThat(java.util.Arrays.stream(own, 4, own.length).sum()).as("it has ink").isGreaterThan(0);
        }
        // larger than the scratch: made on its own picture as before
        GeneralPath big = outline(random);
        assertThat(GlyphStamps.coverage(big, 0.5f, -0.5f, hints, true)).isEqualTo(GlyphStamps.coverage(big, 0.5f, -0.5f, hints, false));
    }
}
