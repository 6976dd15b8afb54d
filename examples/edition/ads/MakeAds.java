import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Draws the stand-in ads of the edition example as an advertiser would deliver them: one-page
 * vector PDFs, shapes and text only, the text in an embedded subset of the bundled Noto Sans SC,
 * the colours CMYK (the black page's ad in black ink alone), the trim box the booked size
 * exactly and a 3 mm bleed around it. Each says 示例广告 · PLACEHOLDER and its booking, so
 * nobody takes it for a real ad; the advertisers are made up.
 *
 * <pre>
 *   java -cp target/newsprint-0.1.0-all.jar examples/edition/ads/MakeAds.java [OUTPUT-DIR]   # default examples/edition/ads
 * </pre>
 *
 * The sizes are the broadsheet layout's columns (11 characters of 10 pt, gutters of 1.5
 * characters: n columns are n × 110 + (n − 1) × 15 pt wide) × the booked millimetres, as
 * {@code bookings.csv} books them. No dates and a document ID hashed from the ad's name: the
 * same PDFBox on the same JDK writes the same bytes on every run (the JDK's zlib compresses the
 * streams, and JDK 25's differs from 17's).
 */
public class MakeAds {
    static final float PT_PER_MM = 72f / 25.4f;
    static final float BLEED = 3 * PT_PER_MM;
    static final float COLUMN_PT = 110;
    static final float GUTTER_PT = 15;

    /** Where the ad's page is drawn: its trim in points, the pen inside it, the fonts. */
    record Ad(PDDocument doc, PDPageContentStream cs, float w, float h, PDFont bold, PDFont regular, boolean blackOnly) {
        /** A CMYK fill (on a black-only ad, black ink alone: {@code k}). */
        void fill(float c, float m, float y, float k) throws IOException {
            if (blackOnly) {
                cs.setNonStrokingColor(0f, 0f, 0f, k);
            } else {
                cs.setNonStrokingColor(c, m, y, k);
            }
        }

        void stroke(float c, float m, float y, float k, float width) throws IOException {
            cs.setStrokingColor(blackOnly ? 0f : c, blackOnly ? 0f : m, blackOnly ? 0f : y, k);
            cs.setLineWidth(width);
        }

        void box(float x, float y, float bw, float bh) throws IOException {
            cs.addRect(x, y, bw, bh);
            cs.fill();
        }

        /** A circle of radius {@code r} around ({@code x}, {@code y}), four Bézier arcs. */
        void disc(float x, float y, float r) throws IOException {
            float k = 0.5523f * r;
            cs.moveTo(x + r, y);
            cs.curveTo(x + r, y + k, x + k, y + r, x, y + r);
            cs.curveTo(x - k, y + r, x - r, y + k, x - r, y);
            cs.curveTo(x - r, y - k, x - k, y - r, x, y - r);
            cs.curveTo(x + k, y - r, x + r, y - k, x + r, y);
            cs.closePath();
            cs.fill();
        }

        /** {@code text} in {@code font} at {@code size}, its baseline at {@code y}, from {@code x}. */
        void text(PDFont font, float size, float x, float y, String text) throws IOException {
            cs.beginText();
            cs.setFont(font, size);
            cs.newLineAtOffset(x, y);
            cs.showText(text);
            cs.endText();
        }

        /** {@code text} centred on {@code cx}. */
        void centred(PDFont font, float size, float cx, float y, String text) throws IOException {
            text(font, size, cx - width(font, size, text) / 2, y, text);
        }

        float width(PDFont font, float size, String text) throws IOException {
            return font.getStringWidth(text) / 1000 * size;
        }

        /** The placeholder mark every ad carries: a strip along its foot, and its booking. */
        void placeholder(String booking, float size) throws IOException {
            float strip = size * 1.9f;
            fill(0, 0, 0, 1);
            box(0, 0, w, strip);
            fill(0, 0, 0, 0);
            String mark = "示例广告 · PLACEHOLDER · " + booking + " · newsprint edition example";
            float s = size;
            while (width(regular, s, mark) > w - 2 * size && s > 5) {
                s -= 0.5f;
            }
            centred(regular, s, w / 2, strip / 2 - s * 0.35f, mark);
        }
    }

    interface Design {
        void draw(Ad ad) throws IOException;
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "examples/edition/ads");
        Files.createDirectories(dir);
        make(dir, "ear-appliance.pdf", 3, 60, false, MakeAds::appliance);
        make(dir, "bank.pdf", 4, 110, false, MakeAds::bank);
        make(dir, "books.pdf", 3, 70, true, MakeAds::books);
    }

    static float columnsPt(int columns) {
        return columns * COLUMN_PT + (columns - 1) * GUTTER_PT;
    }

    static void make(Path dir, String file, int columns, int heightMm, boolean blackOnly, Design design) throws IOException {
        float w = columnsPt(columns);
        float h = heightMm * PT_PER_MM;
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(new PDRectangle(w + 2 * BLEED, h + 2 * BLEED));
            page.setBleedBox(new PDRectangle(0, 0, w + 2 * BLEED, h + 2 * BLEED));
            page.setTrimBox(new PDRectangle(BLEED, BLEED, w, h));
            doc.addPage(page);
            PDFont bold = PDType0Font.load(doc, Path.of("fonts", "NotoSansSC-Bold.ttf").toFile());
            PDFont regular = PDType0Font.load(doc, Path.of("fonts", "NotoSansSC-Regular.ttf").toFile());
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.transform(org.apache.pdfbox.util.Matrix.getTranslateInstance(BLEED, BLEED));
                design.draw(new Ad(doc, cs, w, h, bold, regular, blackOnly));
            }
            String booking = columns + "栏 × " + heightMm + " mm";
            PDDocumentInformation info = new PDDocumentInformation();
            info.setTitle("示例广告 · PLACEHOLDER (" + booking + ")");
            info.setCreator("examples/edition/ads/MakeAds.java");
            doc.setDocumentInformation(info);
            // a fixed document ID, so that PDFBox does not make one from the clock
            byte[] id = Arrays.copyOf(sha256("newsprint edition example ad " + file), 16);
            COSArray ids = new COSArray();
            ids.add(new COSString(id));
            ids.add(new COSString(id));
            doc.getDocument().getTrailer().setItem(COSName.ID, ids);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            Path target = dir.resolve(file);
            Files.write(target, out.toByteArray());
            System.out.printf("wrote %s (%s, trim %.1f × %.1f mm, %d bytes)%n", target, booking, w / PT_PER_MM, h / PT_PER_MM, out.size());
        }
    }

    static byte[] sha256(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    // ---------------------------------------------------------------- designs (origin at the trim's bottom left)

    /** The ear: an air conditioner on a cyan ground (the ground runs into the bleed). */
    static void appliance(Ad ad) throws IOException {
        float w = ad.w(), h = ad.h();
        ad.fill(0.75f, 0.1f, 0, 0);
        ad.box(-BLEED, -BLEED, w + 2 * BLEED, h + 2 * BLEED);
        ad.fill(0, 0, 0, 0);
        ad.stroke(0, 0, 0, 0, 1.5f);
        ad.cs().addRect(5, 5, w - 10, h - 10);
        ad.cs().stroke();
        // the unit: a white box with a vent, a grey panel, a yellow spark
        float ux = 14, uy = h * 0.42f, uw = w * 0.38f, uh = h * 0.3f;
        ad.fill(0, 0, 0, 0);
        ad.box(ux, uy, uw, uh);
        ad.fill(0, 0, 0, 0.45f);
        for (int i = 0; i < 4; i++) {
            ad.box(ux + 6, uy + 5 + i * 4, uw - 12, 1.5f);
        }
        ad.fill(0, 0, 0, 0.2f);
        ad.box(ux + uw - 22, uy + uh - 12, 14, 6);
        ad.fill(0, 0.1f, 0.95f, 0);
        ad.disc(ux + uw * 0.5f, uy - 14, 8);
        ad.fill(0, 0, 0, 0);
        ad.text(ad.bold(), 22, w * 0.46f, h * 0.66f, "示例广告");
        ad.text(ad.bold(), 13, w * 0.46f, h * 0.46f, "节能家电 以旧换新");
        ad.fill(0, 0.1f, 0.95f, 0);
        ad.text(ad.regular(), 9, w * 0.46f, h * 0.33f, "青湾电器（虚构）");
        ad.placeholder("报眼 3栏 × 60 mm", 7);
    }

    /** The bottom ad: a bank's panel, a red band, coins stacked as a bar chart. */
    static void bank(Ad ad) throws IOException {
        float w = ad.w(), h = ad.h();
        ad.fill(0, 0, 0, 0);
        ad.box(-BLEED, -BLEED, w + 2 * BLEED, h + 2 * BLEED);
        ad.fill(0, 0.95f, 0.85f, 0.05f);
        ad.box(-BLEED, h * 0.62f, w + 2 * BLEED, h * 0.38f + BLEED);
        ad.stroke(0, 0, 0, 1, 1);
        ad.cs().addRect(0.5f, 0.5f, w - 1, h - 1);
        ad.cs().stroke();
        // the bank's mark: a yellow disc with a square hole, as an old coin
        float cx = 52, cy = h * 0.81f;
        ad.fill(0, 0.2f, 1, 0);
        ad.disc(cx, cy, 30);
        ad.fill(0, 0.95f, 0.85f, 0.05f);
        ad.box(cx - 9, cy - 9, 18, 18);
        ad.fill(0, 0, 0, 0);
        ad.text(ad.bold(), 40, 96, h * 0.74f, "示例广告");
        ad.text(ad.regular(), 15, 96 + ad.width(ad.bold(), 40, "示例广告") + 16, h * 0.74f + 2, "临江农商银行（虚构）");
        // stacks of coins rising to the right
        for (int i = 0; i < 6; i++) {
            float x = w * 0.58f + i * 30, base = h * 0.16f;
            int coins = 2 + i * 2;
            for (int c = 0; c < coins; c++) {
                ad.fill(0, 0.25f + (c % 2) * 0.1f, 1, 0.05f * (c % 2));
                ad.box(x, base + c * 7, 24, 6);
            }
        }
        ad.fill(0, 0, 0, 1);
        ad.text(ad.bold(), 24, 18, h * 0.44f, "科技贷 助力小微创新");
        ad.text(ad.regular(), 11, 18, h * 0.33f, "示例文字：此处为广告主提供的文案、利率说明与服务电话。");
        ad.text(ad.regular(), 11, 18, h * 0.25f, "本广告为 newsprint 示例版面的占位图，并非真实广告。");
        ad.placeholder("4栏 × 110 mm", 9);
    }

    /** The black page's ad: a publisher's new books, in black ink and its tints only. */
    static void books(Ad ad) throws IOException {
        float w = ad.w(), h = ad.h();
        ad.fill(0, 0, 0, 0.08f);
        ad.box(-BLEED, -BLEED, w + 2 * BLEED, h + 2 * BLEED);
        ad.stroke(0, 0, 0, 1, 2);
        ad.cs().addRect(1, 1, w - 2, h - 2);
        ad.cs().stroke();
        // three books standing, in three tints
        float[] tints = {0.85f, 0.55f, 0.3f};
        for (int i = 0; i < 3; i++) {
            float bx = 16 + i * 30, by = h * 0.24f, bh = h * (0.5f - i * 0.06f);
            ad.fill(0, 0, 0, tints[i]);
            ad.box(bx, by, 24, bh);
            ad.fill(0, 0, 0, 0);
            ad.box(bx + 4, by + bh - 16, 16, 3);
        }
        ad.fill(0, 0, 0, 1);
        ad.text(ad.bold(), 24, 120, h * 0.68f, "示例广告");
        ad.text(ad.bold(), 13, 120, h * 0.5f, "暑期科普新书");
        ad.text(ad.regular(), 10, 120, h * 0.37f, "省城科普出版社（虚构）");
        ad.fill(0, 0, 0, 0.6f);
        ad.text(ad.regular(), 8, 120, h * 0.26f, "黑白版：只用黑墨及其网点");
        ad.placeholder("3栏 × 70 mm", 7);
    }
}
