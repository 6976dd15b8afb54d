package newsprint.compose;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import newsprint.GeneratedPages;
import newsprint.Newsprint;
import newsprint.check.Preflight;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Photos of one module keep the composer's crop rule as a photo alone does (0.65 to 1.3 of its
 * natural height, at least {@link Preflight#SHOWN_AT_LEAST} of the picture shown): a row of
 * several photos used to grow as tall as its tallest photo allowed, the photo-heavy page's
 * landscape pictures then printing in portrait frames that showed 33 to 59 % of them.
 */
class PhotoCropTest {
    private static final Newsprint NEWSPRINT = Newsprint.bundled();

    @TempDir
    static Path dir;

    /** The share of its picture a figure's frame shows, as {@code newsprint check} measures it. */
    private static double shown(Figure f) {
        return f.frame().widthPt() * f.frame().heightPt() / (f.image().widthPt() * f.image().heightPt());
    }

    /** Every figure of a module of several photos showing less than the rule allows, named. */
    private static List<String> croppedTooFar(ComposedPage page, String name) {
        List<String> out = new ArrayList<>();
        for (Module m : page.modules()) {
            if (m.figures().size() < 2) {
                continue;
            }
            for (Figure f : m.figures()) {
                if (shown(f) < Preflight.SHOWN_AT_LEAST) {
                    out.add(String.format(java.util.Locale.ROOT, "%s %s %s: %.0f%% shown in %.0f × %.0f pt", name, m.article().id(),
                            f.photo().file().getFileName(), 100 * shown(f), f.frame().widthPt(), f.frame().heightPt()));
                }
            }
        }
        return out;
    }

    @Test
    void thePhotoHeavyPagesRowsOfPhotosShowWhatTheRuleAllows() {
        ComposedPage page = NEWSPRINT.compose(NEWSPRINT.prepare(Path.of("examples/photo-heavy/page.yaml")));
        assertThat(croppedTooFar(page, "photo-heavy")).isEmpty();
        // and every figure of the page, alone in its module or not, shows at least 60 % of its picture
        assertThat(page.modules().stream().flatMap(m -> m.figures().stream()).mapToDouble(PhotoCropTest::shown).min().orElseThrow())
                .isGreaterThanOrEqualTo(Preflight.SHOWN_AT_LEAST);
        // the page still fills: no more than 5 % of its grid is empty
        assertThat(LayoutAudit.of(page).underset()).as("%.1f%% empty", LayoutAudit.of(page).emptyGridPercent()).isFalse();
    }

    /** Generated pages whose articles have 2 or 3 photos of four shapes (3:2, 8:11, 16:9, 1:1), on both layouts. */
    @Test
    void generatedPagesRowsOfPhotosShowWhatTheRuleAllows() throws IOException {
        List<String> faults = new ArrayList<>();
        int modules = 0;
        for (int i = 0; i < 40; i++) {
            long seed = 20241124L + i;
            Path file = GeneratedPages.write(dir, seed, i % 2 == 0 ? "tabloid" : "broadsheet");
            ComposedPage page = NEWSPRINT.compose(NEWSPRINT.prepare(NEWSPRINT.read(file)));
            modules += (int) page.modules().stream().filter(m -> m.figures().size() > 1).count();
            faults.addAll(croppedTooFar(page, "seed " + seed));
        }
        assertThat(modules).as("modules of several photos on the generated pages").isGreaterThan(10);
        assertThat(faults).isEmpty();
    }
}
