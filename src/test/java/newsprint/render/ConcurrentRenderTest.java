package newsprint.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import newsprint.Newsprint;
import newsprint.finish.ArchiveFinish;
import newsprint.finish.PdfFinish;
import newsprint.finish.PrintFinish;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * One engine renders pages on many threads at once (an edition renders its pages in parallel):
 * the fonts, layouts and profiles it shares come out the same, so every PDF made concurrently is
 * byte for byte the PDF made alone.
 */
class ConcurrentRenderTest {
    private static final List<String> EXAMPLES = List.of("seed", "front-page", "photo-heavy");

    private static byte[] render(Newsprint newsprint, String example, PdfFinish finish) {
        return newsprint.render(newsprint.compose(newsprint.prepare(Path.of("examples", example, "page.yaml"))), finish);
    }

    @Test
    @Timeout(300)
    void pagesRenderedOnFourThreadsAreTheBytesOfPagesRenderedAlone() throws Exception {
        Newsprint alone = Newsprint.bundled();
        List<byte[]> expected = new ArrayList<>();
        for (String example : EXAMPLES) {
            expected.add(render(alone, example, PrintFinish.standard()));
            expected.add(render(alone, example, new ArchiveFinish()));
        }
        Newsprint shared = new Newsprint(newsprint.layout.LayoutLibrary.bundled());
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Future<byte[]>> futures = new ArrayList<>();
            for (int round = 0; round < 3; round++) {
                for (String example : EXAMPLES) {
                    futures.add(threads.submit(() -> render(shared, example, PrintFinish.standard())));
                    futures.add(threads.submit(() -> render(shared, example, new ArchiveFinish())));
                }
            }
            for (int i = 0; i < futures.size(); i++) {
                byte[] pdf = futures.get(i).get();
                assertThat(Arrays.equals(pdf, expected.get(i % expected.size())))
                        .as("%s %s, round %d", EXAMPLES.get(i % expected.size() / 2), i % 2 == 0 ? "print" : "archive", i / expected.size())
                        .isTrue();
            }
        } finally {
            threads.shutdownNow();
        }
    }
}
