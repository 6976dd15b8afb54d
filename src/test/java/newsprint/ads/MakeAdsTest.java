package newsprint.ads;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The example edition's ad files ({@code examples/edition/ads/}) are what
 * {@code MakeAds.java} draws, byte for byte the same on every run, and what a press asks of an
 * ad: the trim the booked size, every font embedded and subset, CMYK only (black only for the
 * black page's ad), and nothing but vector drawing.
 */
class MakeAdsTest {
    private static final Path ADS = Path.of("examples/edition/ads");
    /** Broadsheet columns and gutters, points: n columns are n × 110 + (n − 1) × 15 wide. */
    private static final double COLUMN_PT = 110;
    private static final double GUTTER_PT = 15;

    private static void make(Path dir) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), ADS.resolve("MakeAds.java").toString(),
                dir.toString()).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(output).isZero();
    }

    @Test
    void theProgramDrawsTheCommittedAdsTheSameOnEveryRun(@TempDir Path dir) throws Exception {
        Path one = Files.createDirectories(dir.resolve("one"));
        Path two = Files.createDirectories(dir.resolve("two"));
        make(one);
        make(two);
        List<CSVRecord> bookings = bookings();
        assertThat(bookings).hasSize(3);
        for (CSVRecord b : bookings) {
            String name = Path.of(b.get("file")).getFileName().toString();
            assertThat(Files.readAllBytes(one.resolve(name))).as(name).isEqualTo(Files.readAllBytes(two.resolve(name)));
            // the committed file has the drawing the program makes (its compressed bytes depend on the JDK's zlib)
            try (PDDocument made = Loader.loadPDF(one.resolve(name).toFile());
                 PDDocument committed = Loader.loadPDF(ADS.resolve(name).toFile())) {
                assertThat(drawing(committed.getPage(0))).as(name).isEqualTo(drawing(made.getPage(0)));
                assertThat(committed.getPage(0).getTrimBox().toString()).isEqualTo(made.getPage(0).getTrimBox().toString());
            }
        }
    }

    @Test
    void eachAdIsTheBookedSizeInEmbeddedFontsAndThePressesInks() throws IOException {
        for (CSVRecord b : bookings()) {
            Path file = ADS.getParent().resolve(b.get("file"));
            int columns = Integer.parseInt(b.get("columns"));
            try (PDDocument doc = Loader.loadPDF(file.toFile())) {
                assertThat(doc.getNumberOfPages()).isEqualTo(1);
                PDPage page = doc.getPage(0);
                PDRectangle trim = page.getTrimBox();
                assertThat((double) trim.getWidth()).as(file.toString()).isCloseTo(columns * COLUMN_PT + (columns - 1) * GUTTER_PT, offset(0.01));
                assertThat(trim.getHeight() / 72.0 * 25.4).as(file.toString()).isCloseTo(Double.parseDouble(b.get("height_mm")), offset(0.01));
                // 3 mm of bleed around the trim
                assertThat(page.getBleedBox().getWidth() - trim.getWidth()).isCloseTo((float) (6 / 25.4 * 72), offset(0.01f));
                for (COSName f : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(f);
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                    assertThat(font.getName()).as("a subset").matches("[A-Z]{6}\\+NotoSans.*");
                }
                assertThat(page.getResources().getXObjectNames()).as("no pictures, no forms: vector drawing only").isEmpty();
                boolean blackOnly = b.get("page").equals("7");
                for (Op op : ops(page)) {
                    // colours are set with k and K (DeviceCMYK) only, never RGB or grey
                    assertThat(op.name()).as(file.toString()).isNotIn("rg", "RG", "g", "G", "sc", "SC", "scn", "SCN", "cs", "CS", "BI", "Do");
                    if (blackOnly && (op.name().equals("k") || op.name().equals("K"))) {
                        assertThat(op.operands().subList(0, 3)).as("%s: %s on the black page", file, op).containsOnly(0f);
                    }
                }
                String text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
                assertThat(text).contains("示例广告").contains("PLACEHOLDER").contains(b.get("advertiser"));
            }
        }
    }

    private static List<CSVRecord> bookings() throws IOException {
        try (Reader in = Files.newBufferedReader(ADS.getParent().resolve("bookings.csv"))) {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).getRecords();
        }
    }

    private record Op(String name, List<Object> operands) {
    }

    private static List<Op> ops(PDPage page) throws IOException {
        List<Op> out = new ArrayList<>();
        List<Object> operands = new ArrayList<>();
        for (Object token : new PDFStreamParser(page).parse()) {
            if (token instanceof Operator op) {
                out.add(new Op(op.getName(), List.copyOf(operands)));
                operands.clear();
            } else if (token instanceof COSNumber n) {
                operands.add(n.floatValue());
            } else {
                operands.add(String.valueOf(token)); // names and strings: the font, the text
            }
        }
        return out;
    }

    /** The page's drawing, operator by operator with its numbers: what the page shows, whatever the compression. */
    private static List<String> drawing(PDPage page) throws IOException {
        return ops(page).stream().map(Op::toString).toList();
    }
}
