package newsprint.ads;

import java.nio.file.Files;
import java.nio.file.Path;
import newsprint.GeneratedPages;
import newsprint.Newsprint;
import newsprint.SampleAds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AdScratchTest {
    @Test
    void scratch(@TempDir Path dir) throws Exception {
        Path page = GeneratedPages.write(dir, 7, "tabloid", 5);
        Files.createDirectories(dir.resolve("ads"));
        Files.write(dir.resolve("ads/bank.pdf"), SampleAds.pdf(154.0, 80, SampleAds.Defect.NONE));
        Files.writeString(page, Files.readString(page) + "ads:\n  - {id: bank, file: ads/bank.pdf, columns: 4, height: 80mm, position: bottom, advertiser: 某银行}\n");
        Newsprint n = Newsprint.bundled();
        var prepared = n.prepare(page);
        System.out.println(prepared.ads());
        var composed = n.compose(prepared);
        System.out.println(composed.ads());
        System.out.println(composed.oversetSummary());
        Files.write(Path.of("/tmp/adpage.pdf"), n.render(composed));
        byte[] a = n.render(composed, new newsprint.finish.ArchiveFinish());
        Files.write(Path.of("/tmp/adpage-archive.pdf"), a);
        System.out.println("PDFA " + newsprint.finish.Validators.failures(a, org.verapdf.pdfa.flavours.PDFAFlavour.PDFA_3_U));
        System.out.println("UA " + newsprint.finish.Validators.failures(a, org.verapdf.pdfa.flavours.PDFAFlavour.PDFUA_1));
    }
}
