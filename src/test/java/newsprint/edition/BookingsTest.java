package newsprint.edition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import newsprint.Newsprint;
import newsprint.NewsprintException;
import newsprint.SampleAds;
import newsprint.cli.ExitCodes;
import newsprint.cli.Transcript;
import newsprint.model.Ad;
import newsprint.model.EditionFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The booking system's export ({@code ads: bookings.csv} in an edition file): each row an ad on the page it names. */
class BookingsTest {
    private static final Newsprint NEWSPRINT = Newsprint.bundled();
    /** Four broadsheet columns (4 × 110 pt + 3 × 15 pt) in millimetres. */
    private static final double FOUR_COLUMNS_MM = 485 / 72.0 * 25.4;

    private static Path edition(Path dir, String csv) throws IOException {
        Path file = EditionTest.write(dir, List.of("front.yaml", "science.yaml", "local.yaml"));
        Files.writeString(file, Files.readString(file) + "ads: bookings.csv\n");
        Files.createDirectories(dir.resolve("ads"));
        Files.write(dir.resolve("ads/bank.pdf"), SampleAds.pdf(FOUR_COLUMNS_MM, 80, SampleAds.Defect.NONE));
        Files.write(dir.resolve("ads/ear.pdf"), SampleAds.pdf(235 / 72.0 * 25.4, 30, SampleAds.Defect.NONE));
        Files.writeString(dir.resolve("bookings.csv"), csv);
        return file;
    }

    @Test
    void eachRowBooksAnAdOnThePageItNames(@TempDir Path dir) throws IOException {
        Path file = edition(dir, """
                page,id,advertiser,columns,height_mm,position,file
                2,bank-0726,"某银行, 广州分行",4,80,bottom,ads/bank.pdf
                1,ear-0726,某电器,2,30,ear,ads/ear.pdf
                3,pinned,某书店,4,80,1/30,ads/bank.pdf
                """);
        EditionFile e = NEWSPRINT.readEdition(file);
        assertThat(e.page(1).ads()).extracting(Ad::id).containsExactly("ear-0726");
        assertThat(e.page(2).ads()).singleElement().satisfies(ad -> {
            assertThat(ad.advertiser()).isEqualTo("某银行, 广州分行"); // a quoted comma is part of the field
            assertThat(ad.columns()).isEqualTo(4);
            assertThat(ad.heightMm()).isEqualTo(80);
            assertThat(ad.position().kind()).isEqualTo(Ad.Position.Kind.BOTTOM);
            assertThat(ad.file()).isEqualTo(dir.resolve("ads/bank.pdf").toAbsolutePath().normalize());
        });
        assertThat(e.page(3).ads()).singleElement().satisfies(ad -> {
            assertThat(ad.position().kind()).isEqualTo(Ad.Position.Kind.PIN);
            assertThat(ad.position().column()).isEqualTo(1);
            assertThat(ad.position().row()).isEqualTo(30);
        });
        // fit shows each page's ads apart from its articles
        Transcript fit = Transcript.run("fit", file.toString());
        assertThat(fit.out()).as(fit.err()).contains("bank-0726").contains("ad: 某银行, 广州分行").contains("ads: ").contains("ear-0726");
    }

    @Test
    void anAdForAPageTheEditionDoesNotHaveNamesTheAdAndThePage(@TempDir Path dir) throws IOException {
        Path file = edition(dir, "page,id,advertiser,columns,height_mm,position,file\n9,late-ad,某公司,4,80,bottom,ads/bank.pdf\n");
        assertThatThrownBy(() -> NEWSPRINT.readEdition(file)).isInstanceOf(NewsprintException.BadInput.class)
                .hasMessageContaining("bookings.csv").hasMessageContaining("'late-ad'").hasMessageContaining("page 9")
                .hasMessageContaining("3 pages");
        Transcript t = Transcript.run("edition", file.toString(), "-o", dir.resolve("out").toString());
        assertThat(t.code()).isEqualTo(3);
        assertThat(t.err().lines().filter(l -> l.startsWith("error:")).count()).isEqualTo(1);
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    void aBookingsFileWithOtherColumnsOrBadValuesIsRefusedByRow(@TempDir Path dir) throws IOException {
        Path header = edition(dir.resolve("h"), "page,id,advertiser,columns,height,position,file\n");
        assertThatThrownBy(() -> NEWSPRINT.readEdition(header)).isInstanceOf(NewsprintException.BadInput.class)
                .hasMessageContaining("header").hasMessageContaining("height_mm");
        Path value = edition(dir.resolve("v"), "page,id,advertiser,columns,height_mm,position,file\n2,x,某公司,four,80,bottom,ads/bank.pdf\n");
        assertThatThrownBy(() -> NEWSPRINT.readEdition(value)).isInstanceOf(NewsprintException.BadInput.class)
                .hasMessageContaining("row 2").hasMessageContaining("'x'").hasMessageContaining("columns");
        Path twice = edition(dir.resolve("t"), "page,id,advertiser,columns,height_mm,position,file\n"
                + "2,x,甲,4,80,bottom,ads/bank.pdf\n3,x,乙,4,80,bottom,ads/bank.pdf\n");
        assertThatThrownBy(() -> NEWSPRINT.readEdition(twice)).isInstanceOf(NewsprintException.BadInput.class)
                .hasMessageContaining("'x'").hasMessageContaining("twice");
        Path missing = edition(dir.resolve("m"), "page,id,advertiser,columns,height_mm,position,file\n2,x,甲,4,80,bottom,ads/none.pdf\n");
        assertThatThrownBy(() -> NEWSPRINT.readEdition(missing)).isInstanceOf(NewsprintException.MissingResource.class)
                .hasMessageContaining("'x'").hasMessageContaining("ads/none.pdf");
    }

    @Test
    void aSpreadsheetsByteOrderMarkIsReadAndAQuoteNeverClosedIsOneErrorNamingTheFileAndLine(@TempDir Path dir) throws IOException {
        // "CSV UTF-8" from a spreadsheet starts with a byte-order mark: it was taken into the first column's name
        Path bom = edition(dir.resolve("b"), "\uFEFFpage,id,advertiser,columns,height_mm,position,file\n2,bank-0726,某银行,4,80,bottom,ads/bank.pdf\n");
        assertThat(NEWSPRINT.readEdition(bom).page(2).ads()).extracting(Ad::id).containsExactly("bank-0726");
        // a quote opened and never closed: Commons CSV throws while the rows are read, and it ended as an internal error (exit 1)
        Path open = edition(dir.resolve("q"), "page,id,advertiser,columns,height_mm,position,file\n2,bank-0726,\"某银行,4,80,bottom,ads/bank.pdf\n");
        assertThatThrownBy(() -> NEWSPRINT.readEdition(open)).isInstanceOf(NewsprintException.BadInput.class)
                .hasMessageContaining("bookings.csv").hasMessageContaining("not a valid CSV file: a quote opened on line 2 is never closed");
        Transcript t = Transcript.run("fit", open.toString());
        assertThat(t.code()).as(t.err()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(t.err()).contains("error: ").contains("bookings.csv").doesNotContain("internal error").doesNotContain("Exception");
        // a folder where the bookings file should be
        Path folder = edition(dir.resolve("f"), "");
        Files.delete(dir.resolve("f/bookings.csv"));
        Files.createDirectories(dir.resolve("f/bookings.csv"));
        assertThatThrownBy(() -> NEWSPRINT.readEdition(folder)).isInstanceOf(NewsprintException.MissingResource.class)
                .hasMessageContaining("edition.yaml").hasMessageContaining("'bookings.csv' is a folder, not a file");
    }

    @Test
    void twoBookedAdsThatOverlapAreAnErrorNamingBoth(@TempDir Path dir) throws IOException {
        Path file = edition(dir, """
                page,id,advertiser,columns,height_mm,position,file
                2,first,甲,4,80,bottom,ads/bank.pdf
                2,second,乙,4,80,5/70,ads/bank.pdf
                """);
        EditionFile e = NEWSPRINT.readEdition(file);
        assertThatThrownBy(() -> NEWSPRINT.compose(NEWSPRINT.prepare(e.page(2)))).isInstanceOf(NewsprintException.BadInput.class)
                .hasMessageContaining("'first'").hasMessageContaining("'second'").hasMessageContaining("overlap");
    }

    @Test
    void checkOfAnEditionChecksEveryPageWithTheAdsItsBookingsGiveIt(@TempDir Path dir) throws IOException {
        String header = "page,id,advertiser,columns,height_mm,position,file\n";
        Path good = edition(dir.resolve("g"), header + "2,bank-0726,某银行,4,80,bottom,ads/bank.pdf\n");
        Transcript ok = Transcript.run("check", good.toString());
        assertThat(ok.code()).as(ok.out() + ok.err()).isZero();
        // every page, each with the ink of its plate and its counts
        assertThat(ok.out()).containsPattern("science.yaml: ink C [0-9.]+ % M [0-9.]+ % Y [0-9.]+ % K [0-9.]+ % of the page")
                .contains("front.yaml: 0 errors").contains("science.yaml: 0 errors").contains("local.yaml: 0 errors")
                .doesNotContain("ad '");
        // booked 70 mm high, the file is 80: the page the CSV books it for has the error, naming the ad and both sizes
        Path wrong = edition(dir.resolve("w"), header + "2,bank-0726,某银行,4,70,bottom,ads/bank.pdf\n");
        Transcript bad = Transcript.run("check", wrong.toString());
        assertThat(bad.code()).isEqualTo(ExitCodes.PREFLIGHT);
        assertThat(bad.out().lines().filter(l -> l.startsWith("error:"))).singleElement().asString()
                .contains("science.yaml").contains("ad 'bank-0726'").contains("80.0 mm").contains("70.0 mm");
        Transcript json = Transcript.run("check", wrong.toString(), "--json");
        assertThat(json.out()).contains("\"page\"").contains("science.yaml").contains("\"errors\" : 1").contains("\"ink\"");
    }

    @Test
    void aBookingsFileThatIsNotThereIsCalledABookingsFile(@TempDir Path dir) throws IOException {
        // it was "ads: page file 'bookings.csv' not found", with the hint to put the page file beside the edition file
        Path file = edition(dir, "page,id,advertiser,columns,height_mm,position,file\n");
        Files.delete(dir.resolve("bookings.csv"));
        assertThatThrownBy(() -> NEWSPRINT.readEdition(file)).isInstanceOf(NewsprintException.MissingResource.class)
                .hasMessageEndingWith(": ads: bookings file 'bookings.csv' not found").hasMessageNotContaining("page file");
    }
}
