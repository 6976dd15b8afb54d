package newsprint.compose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import newsprint.Newsprint;
import newsprint.NewsprintException;
import newsprint.Seed;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The page file's hints to the composer: a module's span, a pin, a photo's focus point. */
class PlacementHintsTest {
    private final Newsprint newsprint = Newsprint.bundled();

    @TempDir
    Path dir;

    private ComposedPage seedWith(String from, String to) throws IOException {
        Path page = dir.resolve("page.yaml");
        String yaml = Files.readString(Seed.PAGE);
        assertThat(yaml).contains(from);
        Files.writeString(page, yaml.replace(from, to));
        Files.createDirectories(dir.resolve("photos"));
        Files.copy(Seed.PAGE.resolveSibling("photos/meeting.jpg"), dir.resolve("photos/meeting.jpg"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        return newsprint.compose(newsprint.prepare(page));
    }

    private static Module module(ComposedPage page, String id) {
        return page.modules().stream().filter(m -> m.article().id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void aPinnedArticleStartsWhereItWasPinnedAndTheRestArrangeAroundIt() throws IOException {
        ComposedPage page = seedWith("  - id: shenzhen\n", "  - id: shenzhen\n    place: {column: 1, row: 31}\n");
        Module shenzhen = module(page, "shenzhen");
        assertThat(shenzhen.column()).isZero();
        assertThat(shenzhen.line()).isEqualTo(30);
        assertThat(page.modules()).hasSize(4);
        for (Module m : page.modules()) {
            if (m != shenzhen) {
                assertThat(m.rect().overlaps(shenzhen.rect())).isFalse();
            }
        }
    }

    @Test
    void aPinThatCannotBeHonouredIsReportedNotIgnored() throws IOException {
        assertThatThrownBy(() -> seedWith("  - id: lead\n", "  - id: lead\n    place: {column: 6, row: 60}\n"))
                .isInstanceOf(NewsprintException.BadInput.class)
                .hasMessageContaining("article 'lead'").hasMessageContaining("place");
    }

    @Test
    void aSpanHintSetsTheModuleWidth() throws IOException {
        ComposedPage page = seedWith("  - id: foshan\n", "  - id: foshan\n    span: 3\n");
        assertThat(module(page, "foshan").span()).isEqualTo(3);
    }

    @Test
    void aFocusPointDecidesWhatTheCropKeeps() throws IOException {
        ComposedPage centre = seedWith("caption: 会议现场", "caption: 会议现场, span: 2");
        Figure f = module(centre, "lead").figures().get(0);
        // a 3:2 photo two columns wide is cropped at top and bottom or left and right; centred by default
        boolean sideways = f.image().widthPt() > f.frame().widthPt() + 0.01;
        ComposedPage corner = seedWith("caption: 会议现场", "caption: 会议现场, span: 2, focus: {x: 0, y: 0}");
        Figure g = module(corner, "lead").figures().get(0);
        if (sideways) {
            assertThat(f.image().xPt()).isLessThan(f.frame().xPt());
            assertThat(g.image().xPt()).isEqualTo(g.frame().xPt());
        } else {
            assertThat(f.image().yPt()).isLessThan(f.frame().yPt());
            assertThat(g.image().yPt()).isEqualTo(g.frame().yPt());
        }
    }

    @Test
    void aPhotoTallerThanThePageAtEveryWidthIsNamedAndLeavesNoOtherArticleOut() throws IOException {
        // a 1 × 20000 strip used to leave every article of the page out ("no room"), naming none of the photos
        java.awt.image.BufferedImage strip = new java.awt.image.BufferedImage(4, 20_000, java.awt.image.BufferedImage.TYPE_INT_RGB);
        Files.createDirectories(dir.resolve("photos"));
        javax.imageio.ImageIO.write(strip, "png", dir.resolve("photos/strip.png").toFile());
        assertThatThrownBy(() -> seedWith("file: photos/meeting.jpg", "file: photos/strip.png"))
                .isInstanceOf(NewsprintException.MissingResource.class)
                .hasMessageContaining("article 'lead'").hasMessageContaining("photos[1].file")
                .hasMessageContaining("'strip.png' (4 × 20000 pixels as shown) is too tall for the page")
                .hasMessageContaining("the page has 70");
    }

    @Test
    void aHeadlineNoWidthCanSetIsNamedAsWhyItsArticleIsLeftOut() throws IOException {
        // a headline of one 400-letter word was reported as "the page has no room for it": the desk would cut the body for nothing
        ComposedPage page = seedWith("headline: 广东省科协召开党组(扩大)会议", "headline: " + "B".repeat(400));
        assertThat(page.leftOut()).singleElement().satisfies(u -> {
            assertThat(u.article().id()).isEqualTo("lead");
            assertThat(u.why()).startsWith("headline: it takes more than 3 lines at every width");
        });
        assertThat(page.modules()).extracting(m -> m.article().id()).containsExactlyInAnyOrder("foshan", "dongguan", "shenzhen");
        assertThat(page.oversetSummary()).contains("article 'lead' not placed (").contains("headline: it takes more than 3 lines")
                .doesNotContain("no room");
    }
}
