package newsprint;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import javax.imageio.ImageIO;

/**
 * A seeded generator of page files: 1 to 12 articles (or as many as asked) of random lengths with
 * 0 to 3 photos, on either layout. The same seed always gives the same page, so a failing case can be replayed.
 */
public final class GeneratedPages {
    private static final String HAN = "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处理";
    private static final String[] STOPS = {"，", "，", "，", "。", "、", "；", "：", "“", "”", "（", "）", "……", "——"};
    private static final String[] LATIN = {"AI", "5G", "2024年", "3.5万", "CPU", "Hello world", "PDF"};

    /** The photos' sizes in pixels: p0.jpg to p3.jpg. */
    private static final int[][] SIZES = {{1200, 800}, {800, 1100}, {1600, 900}, {1000, 1000}};
    /**
     * The photos as JPEG files, drawn and encoded once per run: every page folder gets the same
     * bytes (GeneratedPagesTest writes 210 folders, and encoding the four photos was a tenth of its time).
     */
    private static final java.util.Map<Integer, byte[]> PHOTOS = new java.util.concurrent.ConcurrentHashMap<>();

    private GeneratedPages() {
    }

    private static byte[] photo(int i) {
        return PHOTOS.computeIfAbsent(i, k -> {
            BufferedImage img = new BufferedImage(SIZES[k][0], SIZES[k][1], BufferedImage.TYPE_INT_RGB);
            Graphics2D g = img.createGraphics();
            g.setColor(new Color(90 + 30 * k, 110, 130));
            g.fillRect(0, 0, SIZES[k][0], SIZES[k][1]);
            g.setColor(Color.WHITE);
            g.drawLine(0, 0, SIZES[k][0], SIZES[k][1]);
            g.dispose();
            java.io.ByteArrayOutputStream jpeg = new java.io.ByteArrayOutputStream();
            try {
                if (!ImageIO.write(img, "jpg", jpeg)) {
                    throw new IllegalStateException("no JPEG writer");
                }
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return jpeg.toByteArray();
        });
    }

    /** Writes a generated page of 1 to 12 articles (and its photos) into {@code dir}; returns the page file. */
    public static Path write(Path dir, long seed, String layout) throws IOException {
        return write(dir, seed, layout, 1 + new Random(seed).nextInt(12));
    }

    /** Writes a generated page of {@code articles} articles (and its photos) into {@code dir}; returns the page file. */
    public static Path write(Path dir, long seed, String layout, int articles) throws IOException {
        Random r = new Random(seed);
        r.nextInt(12);
        Files.createDirectories(dir.resolve("photos"));
        int[][] sizes = SIZES;
        for (int i = 0; i < sizes.length; i++) {
            Path p = dir.resolve("photos/p" + i + ".jpg");
            if (!Files.exists(p)) {
                Files.write(p, photo(i));
            }
        }
        StringBuilder y = new StringBuilder();
        y.append("edition: {paper: 测试报, date: 2024-07-25}\n");
        y.append("page: {number: ").append(1 + r.nextInt(20)).append(", section: 测试, layout: ").append(layout).append("}\n");
        y.append("articles:\n");
        int photosSoFar = 0;
        for (int a = 0; a < articles; a++) {
            y.append("  - id: a").append(a).append('\n');
            y.append("    priority: ").append(Math.min(99, a + 1)).append('\n');
            y.append("    headline: \"").append(text(r, 4 + r.nextInt(a == 0 ? 20 : 14), false)).append("\"\n");
            if (r.nextInt(3) == 0) {
                y.append("    kicker: \"").append(text(r, 6 + r.nextInt(10), false)).append("\"\n");
            }
            if (r.nextInt(3) == 0) {
                y.append("    subheadline: \"").append(text(r, 6 + r.nextInt(14), false)).append("\"\n");
            }
            if (r.nextInt(2) == 0) {
                y.append("    byline: \"本报讯（记者 ").append(text(r, 2 + r.nextInt(2), false)).append("）\"\n");
            }
            if (r.nextInt(4) == 0) {
                y.append("    source: ").append(text(r, 3 + r.nextInt(4), false)).append('\n');
            }
            y.append("    body:\n");
            int budget = (int) (Math.pow(r.nextDouble(), 2) * (articles <= 3 ? 2200 : 5000 / articles)) + 40;
            while (budget > 0) {
                int len = Math.min(budget, 20 + r.nextInt(260));
                if (r.nextInt(12) == 0) {
                    y.append("      - subhead: \"").append(text(r, 4 + r.nextInt(8), false)).append("\"\n");
                }
                y.append("      - \"").append(text(r, len, true)).append("\"\n");
                budget -= len;
            }
            int photos = Math.min(r.nextInt(10) < 6 ? 0 : 1 + r.nextInt(3), newsprint.model.Limits.PHOTOS_PER_PAGE - photosSoFar);
            photosSoFar += photos;
            if (photos > 0) {
                y.append("    photos:\n");
                for (int p = 0; p < photos; p++) {
                    y.append("      - {file: photos/p").append(r.nextInt(sizes.length)).append(".jpg, caption: \"")
                            .append(text(r, 4 + r.nextInt(30), false)).append("\", credit: 记者 ").append(text(r, 3, false)).append(" 摄}\n");
                }
            }
        }
        // pages share their folder's photos, drawn once: each page is a file of its own
        Path page = dir.resolve("page-" + seed + "-" + articles + "-" + layout + ".yaml");
        Files.writeString(page, y);
        return page;
    }

    private static String text(Random r, int length, boolean punctuate) {
        StringBuilder sb = new StringBuilder();
        List<String> pieces = new ArrayList<>();
        while (sb.length() < length) {
            if (punctuate && r.nextInt(9) == 0 && sb.length() > 0) {
                String s = STOPS[r.nextInt(STOPS.length)];
                sb.append(s);
                pieces.add(s);
            } else if (punctuate && r.nextInt(60) == 0) {
                sb.append(LATIN[r.nextInt(LATIN.length)]);
            } else {
                sb.append(HAN.charAt(r.nextInt(HAN.length())));
            }
        }
        if (punctuate) {
            sb.append('。');
        }
        return sb.toString();
    }
}
