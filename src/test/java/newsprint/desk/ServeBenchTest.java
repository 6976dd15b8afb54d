package newsprint.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import newsprint.Newsprint;
import newsprint.Seed;
import newsprint.layout.LayoutLibrary;
import org.junit.jupiter.api.Test;

/** {@code bench serve} on the seed page, briefly: its report says what the desk did, and the desk kept one subscriber per client. */
@org.junit.jupiter.api.Timeout(value = 5, unit = java.util.concurrent.TimeUnit.MINUTES)
class ServeBenchTest {
    @Test
    void reportsNoErrorsEveryClientOnTheLastSaveAndTheSubscribersKept() throws Exception {
        StringWriter text = new StringWriter();
        new ServeBench(new ServeBench.Settings(Seed.PAGE, null, 3, 3, 30), () -> new Newsprint(LayoutLibrary.bundled()),
                new PrintWriter(text)).run();
        String report = text.toString();
        System.out.print(report);
        assertThat(report).contains("saves: 3;").contains("error responses: 0\n").contains("versions of the page shown failed: 0\n")
                .contains("server log (refusals, errors, pages that failed): 0 lines\n")
                .contains("every client on the last version: yes (3 of 3 on the last save, 3 on the last version)")
                .contains("event subscribers 3 at the start, 3 at the end");
        assertThat(report).containsPattern("heap after a forced GC: [0-9.]+ MB at the start, [0-9.]+ MB at the end")
                .containsPattern("held by the desk: its pages' PDFs and pictures [1-9][0-9.]* MB at the start");
    }
}
