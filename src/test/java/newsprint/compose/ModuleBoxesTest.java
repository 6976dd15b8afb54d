package newsprint.compose;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import newsprint.GeneratedPages;
import newsprint.Newsprint;
import newsprint.SampleAds;
import newsprint.SampleAds.Defect;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the planner and the composer make of a page with ads, box by box: every module inside
 * the type area, clear of the ads' slots and of every other module, and everything a module
 * holds (its head's lines across, its body's columns, its photos' frames and captions) inside
 * its own box, a photo never wider than its module. A photo grown past its natural height
 * covers its frame cropped at the sides ({@link Figure#image} is then wider than the frame, and
 * the filler clips it to the frame): the frame is what is painted, and it is what is held here.
 * Generated pages of 4 to 12 articles, so the rows planner (up to 20) plans them, with ads at
 * the foot, both sides, the head and pinned mid-page.
 */
class ModuleBoxesTest {
    private static final Newsprint NEWSPRINT = Newsprint.bundled();
    private static final double EPS = 0.01;

    @TempDir
    Path dir;

    @Test
    void noModulesContentCrossesAnotherModuleOrAnAdsSlotOnGeneratedPagesWithAds() throws IOException {
        String[] bookings = {
                "  - {id: a, file: ads/a.pdf, columns: 4, height: 110mm}\n",
                "  - {id: a, file: ads/a.pdf, columns: 2, height: 100mm, position: left}\n"
                        + "  - {id: b, file: ads/a.pdf, columns: 3, height: 50mm, position: right}\n",
                "  - {id: a, file: ads/a.pdf, columns: 3, height: 70mm, position: top}\n",
                "  - {id: a, file: ads/a.pdf, columns: 2, height: 60mm, position: {column: 3, row: 20}}\n",
                "  - {id: a, file: ads/a.pdf, columns: 1, height: 300mm, position: right}\n",
                "  - {id: a, file: ads/a.pdf, columns: 3, height: 90mm, position: right}\n"};
        List<String> faults = new ArrayList<>();
        int pages = 0;
        int photos = 0;
        int cropped = 0;
        for (String layout : List.of("tabloid", "broadsheet")) {
            for (int i = 0; i < bookings.length; i++) {
                for (int articles : new int[] {4, 7, 12}) {
                    Path sub = Files.createDirectories(dir.resolve(layout + "-" + i + "-" + articles));
                    Path p = GeneratedPages.write(sub, 500 + 31L * i + articles, layout, articles);
                    Files.createDirectories(sub.resolve("ads"));
                    Files.write(sub.resolve("ads/a.pdf"), SampleAds.pdf(50, 50, Defect.NONE));
                    Files.writeString(p, Files.readString(p) + "ads:\n" + bookings[i].replace("}\n", ", advertiser: 测试}\n"));
                    ComposedPage c = NEWSPRINT.compose(NEWSPRINT.prepare(p));
                    assertThat(c.ads()).isNotEmpty();
                    faults.addAll(faults(p.getFileName().toString(), c));
                    pages++;
                    for (Module m : c.modules()) {
                        for (Figure f : m.figures()) {
                            photos++;
                            cropped += f.image().widthPt() > f.frame().widthPt() + EPS ? 1 : 0;
                        }
                    }
                }
            }
        }
        assertThat(faults).as("on %d pages", pages).isEmpty();
        // the pages hold photos, some of them grown and cropped at the sides, beside ads and other modules
        assertThat(photos).isGreaterThan(20);
        assertThat(cropped).isPositive();
    }

    /** Every box of {@code page} that crosses what it must not, one line each. */
    static List<String> faults(String name, ComposedPage page) {
        List<String> out = new ArrayList<>();
        Rect area = page.grid().typeArea();
        List<Module> modules = page.modules();
        for (int i = 0; i < modules.size(); i++) {
            Module m = modules.get(i);
            String at = name + ": " + m.article().id() + " " + m.rect();
            if (!area.contains(m.rect())) {
                out.add(at + " leaves the type area " + area);
            }
            for (AdBox ad : page.ads()) {
                if (m.rect().overlaps(ad.slot())) {
                    out.add(at + " enters ad " + ad.ad().id() + "'s slot " + ad.slot());
                }
            }
            for (int j = i + 1; j < modules.size(); j++) {
                if (m.rect().overlaps(modules.get(j).rect())) {
                    out.add(at + " overlaps " + modules.get(j).article().id() + " " + modules.get(j).rect());
                }
            }
            List<Rect> held = new ArrayList<>();
            for (HeadLine h : m.head()) {
                if (h.turn() == HeadLine.Turn.ACROSS) {
                    held.add(h.rect());
                }
            }
            m.frames().forEach(f -> held.add(f.rect()));
            for (Figure f : m.figures()) {
                held.add(f.frame());
                held.add(f.captionRect());
                if (f.frame().widthPt() > m.rect().widthPt() + EPS) {
                    out.add(at + ": a photo " + f.frame().widthPt() + " pt wide in a module " + m.rect().widthPt() + " pt wide");
                }
                if (!f.image().contains(f.frame())) {
                    out.add(at + ": a photo " + f.image() + " that does not cover its frame " + f.frame());
                }
            }
            for (Rect r : held) {
                if (!m.rect().contains(r)) {
                    out.add(at + " holds " + r + " outside it");
                }
                for (AdBox ad : page.ads()) {
                    if (r.overlaps(ad.slot())) {
                        out.add(at + " holds " + r + " in ad " + ad.ad().id() + "'s slot " + ad.slot());
                    }
                }
            }
        }
        return out;
    }
}
