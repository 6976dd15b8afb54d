package newsprint;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import newsprint.layout.LayoutLibrary;
import newsprint.type.FontLibrary;

/**
 * The test layout {@code grid} in the fixed-metric {@link TestFace}, and page files for it:
 * 4 columns of 10 characters at 10 pt on 15 pt, a 1-character gutter, 30 lines, so every
 * expected position is a sum of round numbers. The layout's folder (its {@code layout.yaml},
 * the two generated fonts beside it, and the shared template and stylesheet) is written once per
 * process to {@code target/test-face/layouts}, where a developer can also open the fonts.
 */
public final class TestGrid {
    public static final String LAYOUT = "grid";
    public static final int COLUMNS = 4;
    public static final int LINES = 30;
    /** Body characters a column holds: its measure in characters. */
    public static final int CHARS = 10;
    public static final double BODY_PT = 10;
    public static final double LEADING_PT = 15;
    /** A paragraph's first line starts two characters in, so it holds two characters fewer. */
    public static final int FIRST_LINE_CHARS = CHARS - 2;

    /** Characters text is made of: every one a Han character of the test face, varied so a line's text says where it came from. */
    private static final String HAN = "天地玄黄宇宙洪荒日月盈昃辰宿列张寒来暑往秋收冬藏闰余成岁律吕调阳云腾致雨露结为霜金生丽水玉出昆冈";

    private static Path layouts;
    private static Newsprint newsprint;

    private TestGrid() {
    }

    /** The folder of layouts holding {@code grid} and {@code shared}, written once per process. */
    public static synchronized Path layouts() {
        if (layouts == null) {
            try {
                Path root = Path.of("target", "test-face", "layouts").toAbsolutePath();
                Path grid = Files.createDirectories(root.resolve(LAYOUT));
                Path shared = Files.createDirectories(root.resolve(LayoutLibrary.SHARED));
                try (InputStream in = TestGrid.class.getResourceAsStream("/testface/grid/layout.yaml")) {
                    write(grid.resolve("layout.yaml"), in.readAllBytes());
                }
                for (TestFace.Weight w : TestFace.Weight.values()) {
                    write(grid.resolve(w.fileName()), TestFace.bytes(w));
                }
                for (String f : List.of("page.html", "page.css")) {
                    write(shared.resolve(f), Files.readAllBytes(Path.of("layouts", LayoutLibrary.SHARED, f)));
                }
                layouts = root;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return layouts;
    }

    /** One engine on the test layout for the process, as the command line has one: its fonts parsed once. */
    public static synchronized Newsprint newsprint() {
        if (newsprint == null) {
            newsprint = new Newsprint(new LayoutLibrary(layouts()), new FontLibrary());
        }
        return newsprint;
    }

    /** The page file composed on the process's engine. */
    public static newsprint.compose.ComposedPage compose(Path page) {
        return newsprint().compose(newsprint().prepare(page));
    }

    /** Written through a temporary file and moved into place: a second test process never reads half a font. */
    private static void write(Path target, byte[] bytes) throws IOException {
        Path tmp = target.resolveSibling("." + target.getFileName() + "." + ProcessHandle.current().pid() + ".part");
        Files.write(tmp, bytes);
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** {@code n} Han characters, starting {@code from} characters into the test text. */
    public static String han(int n, int from) {
        StringBuilder sb = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            sb.append(HAN.charAt((from + i) % HAN.length()));
        }
        return sb.toString();
    }

    public static String han(int n) {
        return han(n, 0);
    }

    /** A paragraph of Han text that sets into exactly {@code lines} full lines of the body (its first indented). */
    public static String paragraph(int lines) {
        return han(FIRST_LINE_CHARS + CHARS * (lines - 1));
    }

    /** The characters of a body of {@code lines} lines set as {@link #paragraph} does. */
    public static int characters(int lines) {
        return FIRST_LINE_CHARS + CHARS * (lines - 1);
    }

    /** A grey PNG of {@code widthPx × heightPx} in {@code dir}, named {@code name}. */
    public static Path photo(Path dir, String name, int widthPx, int heightPx) throws IOException {
        BufferedImage image = new BufferedImage(widthPx, heightPx, BufferedImage.TYPE_BYTE_GRAY);
        var g = image.createGraphics();
        g.setColor(java.awt.Color.GRAY);
        g.fillRect(0, 0, widthPx, heightPx);
        g.dispose();
        Path file = dir.resolve(name);
        ImageIO.write(image, "png", file.toFile());
        return file;
    }

    /** A page file on the test layout in {@code dir}, holding {@code stories} in the order given. */
    public static Path page(Path dir, Story... stories) throws IOException {
        StringBuilder y = new StringBuilder();
        y.append("edition: {paper: 测试报, date: 2024-07-25}\n");
        y.append("page: {number: 3, section: 测试, layout: ").append(LAYOUT).append("}\n");
        y.append("articles:\n");
        for (Story s : stories) {
            y.append(s.yaml());
        }
        return Files.writeString(dir.resolve("page.yaml"), y);
    }

    /** An article of a test page; {@link #page} writes it out. */
    public static Story story(String id, String headline) {
        return new Story(id, headline);
    }

    /** An article as a page file gives it, built field by field. */
    public static final class Story {
        private final String id;
        private final String headline;
        private final List<String> fields = new ArrayList<>();
        private final List<String> body = new ArrayList<>();
        private final List<String> photos = new ArrayList<>();

        private Story(String id, String headline) {
            this.id = id;
            this.headline = headline;
        }

        /** A field written as given, e.g. {@code field("priority", "2")}. */
        public Story field(String name, String value) {
            fields.add(name + ": " + value);
            return this;
        }

        public Story text(String name, String value) {
            return field(name, quoted(value));
        }

        /** A paragraph of the body, as written. */
        public Story paragraph(String text) {
            body.add("- " + quoted(text));
            return this;
        }

        /**
         * Paragraphs of exactly these many full body lines each. Each starts at its own place in
         * the test text (by the article's id and the paragraph's number), so no two paragraphs of
         * a page are the same text: the preflight would stop a page that prints one twice.
         */
        public Story lines(int... perParagraph) {
            for (int n : perParagraph) {
                paragraph(han(characters(n), Math.floorMod(id.hashCode(), HAN.length()) + 7 * body.size()));
            }
            return this;
        }

        /** A body of exactly {@code lines} full lines, in paragraphs of at most 10 lines. */
        public Story body(int lines) {
            for (int left = lines; left > 0; left -= 10) {
                lines(Math.min(10, left));
            }
            return this;
        }

        public Story subhead(String text) {
            body.add("- subhead: " + quoted(text));
            return this;
        }

        /** A photo of the page's folder with a caption and a credit; {@code span} null lets the composer choose. */
        public Story photo(String file, String caption, String credit, Integer span) {
            photos.add("- {file: " + file + ", caption: " + quoted(caption) + ", credit: " + quoted(credit)
                    + (span == null ? "" : ", span: " + span) + "}");
            return this;
        }

        String yaml() {
            StringBuilder y = new StringBuilder();
            y.append("  - id: ").append(id).append('\n');
            y.append("    headline: ").append(quoted(headline)).append('\n');
            fields.forEach(f -> y.append("    ").append(f).append('\n'));
            y.append("    body:\n");
            body.forEach(b -> y.append("      ").append(b).append('\n'));
            if (!photos.isEmpty()) {
                y.append("    photos:\n");
                photos.forEach(p -> y.append("      ").append(p).append('\n'));
            }
            return y.toString();
        }

        private static String quoted(String s) {
            return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
        }
    }
}
