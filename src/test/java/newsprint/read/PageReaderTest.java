package newsprint.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import newsprint.NewsprintException;
import newsprint.Seed;
import newsprint.model.Article;
import newsprint.model.BodyBlock;
import newsprint.model.Limits;
import newsprint.model.PageFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PageReaderTest {
    private final PageReader reader = new PageReader();

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
        return p;
    }

    private static final String GOOD = """
            edition: {paper: 科技报, date: 2024-07-25}
            page: {number: 3, section: 科协动态, layout: tabloid}
            articles:
              - id: lead
                headline: 广东省科协召开党组(扩大)会议
                byline: 本报讯(记者 胡漫雨)
                body:
                  - 7月24日上午,广东省科协召开党组(扩大)会议。
                  - subhead: 小标题
                  - 第二段。
                source: 佛山市科协
                priority: 1
            """;

    @Test
    void readsTheSeedPage() {
        PageFile page = reader.read(Seed.PAGE);
        assertThat(page.edition().paper()).isEqualTo("科技报");
        assertThat(page.page().number()).isEqualTo(3);
        assertThat(page.articles()).extracting(a -> a.id()).containsExactly("lead", "foshan", "dongguan", "shenzhen");
        assertThat(page.articles().get(0).photos()).hasSize(1);
        assertThat(page.articles().get(0).photos().get(0).caption()).isEqualTo("会议现场");
        assertThat(page.articles().get(1).source()).isEqualTo("佛山市科协");
    }

    @Test
    void keepsTextAsWrittenAndReadsSubheads() throws IOException {
        PageFile page = reader.read(write("p.yaml", GOOD));
        var a = page.articles().get(0);
        assertThat(a.headline()).isEqualTo("广东省科协召开党组(扩大)会议");
        assertThat(a.body()).containsExactly(new BodyBlock.Paragraph("7月24日上午,广东省科协召开党组(扩大)会议。"),
                new BodyBlock.Subhead("小标题"), new BodyBlock.Paragraph("第二段。"));
    }

    @Test
    void aParagraphWrappedOverLinesIsOneRunOfChineseWithNoSpaceWhereTheLinesMeet() throws IOException {
        // YAML folds a line break into a space, and the page printed "戊己庚辛， 继续" where the copy had none
        PageFile page = reader.read(write("p.yaml", GOOD.replace("      - 第二段。\n", """
                      - 第一段文字，记者 胡漫雨
                        继续写下去。
                      - "引号里的文字甲乙，
                        继续写下去。"
                      - >
                        折叠的文字
                        继续写下去。
                      - 中文 newsprint
                        sets Latin words 分行
                        apart。
                """)));
        assertThat(page.articles().get(0).body()).containsSubsequence(new BodyBlock.Paragraph("第一段文字，记者 胡漫雨继续写下去。"),
                new BodyBlock.Paragraph("引号里的文字甲乙，继续写下去。"), new BodyBlock.Paragraph("折叠的文字继续写下去。"),
                new BodyBlock.Paragraph("中文 newsprint sets Latin words 分行 apart。"));
    }

    @Test
    void readsTheSameStructureFromJson() throws IOException {
        Path json = write("p.json", """
                {"edition": {"paper": "科技报", "date": "2024-07-25"},
                 "page": {"number": 3, "section": "科协动态"},
                 "articles": [{"id": "a", "headline": "标题", "body": ["正文。"]}]}
                """);
        PageFile page = reader.read(json);
        assertThat(page.page().layout()).isEqualTo("tabloid");
        assertThat(page.articles().get(0).body()).containsExactly(new BodyBlock.Paragraph("正文。"));
    }

    @Test
    void namesTheArticleAndFieldOfAnUnknownFieldAndSuggestsTheRightOne() throws IOException {
        Path p = write("p.yaml", GOOD.replace("    headline:", "    hedline: x\n    headline:"));
        assertThatThrownBy(() -> reader.read(p))
                .isInstanceOf(NewsprintException.BadInput.class)
                .hasMessageContaining("p.yaml")
                .hasMessageContaining("article 'lead'")
                .hasMessageContaining("unknown field 'hedline'")
                .satisfies(e -> assertThat(((NewsprintException) e).hint()).contains("did you mean 'headline'"));
    }

    @Test
    void rejectsAWrongType() throws IOException {
        Path p = write("p.yaml", GOOD.replace("priority: 1", "priority: first"));
        assertThatThrownBy(() -> reader.read(p)).isInstanceOf(NewsprintException.BadInput.class)
                .hasMessageContaining("article 'lead'").hasMessageContaining("priority").hasMessageContaining("'first'");
    }

    @Test
    void rejectsAMissingHeadline() throws IOException {
        Path p = write("p.yaml", GOOD.replace("    headline: 广东省科协召开党组(扩大)会议\n", ""));
        assertThatThrownBy(() -> reader.read(p)).isInstanceOf(NewsprintException.BadInput.class)
                .hasMessageContaining("article 'lead'").hasMessageContaining("missing field 'headline'");
    }

    @Test
    void reportsWhereTheYamlIsMalformed() throws IOException {
        Path p = write("p.yaml", GOOD.replace("page: {number: 3,", "page: {number: 3,,]"));
        assertThatThrownBy(() -> reader.read(p)).isInstanceOf(NewsprintException.BadInput.class)
                .hasMessageContaining("not valid YAML or JSON").hasMessageContaining("line 2");
    }

    @Test
    void rejectsADuplicateKey() throws IOException {
        Path p = write("p.yaml", GOOD.replace("    priority: 1", "    priority: 1\n    priority: 2"));
        assertThatThrownBy(() -> reader.read(p)).isInstanceOf(NewsprintException.BadInput.class);
    }

    @Test
    void rejectsBytesThatAreNotUtf8() throws IOException {
        Path p = dir.resolve("gbk.yaml");
        Files.write(p, GOOD.getBytes(java.nio.charset.Charset.forName("GB18030")));
        // the message says where the first Chinese character stands, which is where the desk's editor shows the damage
        int first = GOOD.codePoints().takeWhile(c -> c < 0x80).toArray().length;
        String before = GOOD.substring(0, first);
        int line = (int) before.chars().filter(c -> c == '\n').count() + 1;
        int column = first - before.lastIndexOf('\n');
        assertThatThrownBy(() -> reader.read(p)).isInstanceOf(NewsprintException.BadInput.class).hasMessageContaining("not UTF-8")
                .hasMessageContaining("at line " + line + ", column " + column + " is not UTF-8");
    }

    @Test
    void namesUtf16WithOrWithoutItsByteOrderMark() throws IOException {
        Path bom = dir.resolve("bom.yaml");
        Files.write(bom, GOOD.getBytes(StandardCharsets.UTF_16)); // big-endian with its mark
        assertThatThrownBy(() -> reader.read(bom)).isInstanceOf(NewsprintException.BadInput.class)
                .hasMessageContaining("not UTF-8 text: UTF-16 (it starts with a UTF-16 byte-order mark)");
        Path le = dir.resolve("le.yaml");
        Files.write(le, GOOD.getBytes(StandardCharsets.UTF_16LE));
        assertThatThrownBy(() -> reader.read(le)).isInstanceOf(NewsprintException.BadInput.class)
                .hasMessageContaining("it looks like UTF-16");
    }

    @Test
    void rejectsAFolderAndAMissingFile() {
        assertThatThrownBy(() -> reader.read(dir)).isInstanceOf(NewsprintException.BadInput.class).hasMessageContaining("is a folder");
        assertThatThrownBy(() -> reader.read(dir.resolve("nope.yaml"))).isInstanceOf(NewsprintException.MissingResource.class)
                .hasMessageContaining("no such page file");
    }

    @Test
    void namesAMissingPhoto() throws IOException {
        Path p = write("p.yaml", GOOD.replace("    priority: 1", "    priority: 1\n    photos:\n      - {file: photos/none.jpg, caption: 现场}"));
        assertThatThrownBy(() -> reader.read(p)).isInstanceOf(NewsprintException.MissingResource.class)
                .hasMessageContaining("article 'lead'").hasMessageContaining("photos[1].file").hasMessageContaining("photos/none.jpg");
    }

    @Test
    void keepsPhotoPathsInsideThePageFolder() throws IOException {
        write("secret.jpg", "x");
        for (String path : new String[] {"../secret.jpg", "/etc/passwd", "file:///etc/passwd", "http://example.com/a.jpg",
                "photos/../../secret.jpg"}) {
            Path p = write("sub/p.yaml", GOOD.replace("    priority: 1", "    priority: 1\n    photos:\n      - {file: '" + path + "'}"));
            assertThatThrownBy(() -> reader.read(p)).as(path).isInstanceOf(NewsprintException.BadInput.class)
                    .hasMessageContaining("photos[1].file");
        }
    }

    @Test
    void rejectsAnEmptyFileAndAnEmptyArticleList() throws IOException {
        assertThatThrownBy(() -> reader.read(write("e.yaml", ""))).isInstanceOf(NewsprintException.BadInput.class)
                .hasMessageContaining("empty");
        Path p = write("p.yaml", "edition: {paper: 科技报, date: 2024-07-25}\npage: {number: 3, section: 要闻}\narticles: []\n");
        assertThatThrownBy(() -> reader.read(p)).isInstanceOf(NewsprintException.BadInput.class).hasMessageContaining("articles");
    }

    @Test
    void rejectsALayoutThatIsAPath() throws IOException {
        Path p = write("p.yaml", GOOD.replace("layout: tabloid", "layout: ../../etc"));
        assertThatThrownBy(() -> reader.read(p)).isInstanceOf(NewsprintException.BadInput.class).hasMessageContaining("page.layout");
    }

    private static final String HEAD = """
            edition: {paper: 科技报, date: 2024-07-25}
            page: {number: 3, section: 科协动态}
            articles:
            """;

    /** One article whose fields are {@code fields} (YAML lines at the article's indentation) and a one-paragraph body. */
    private static String article(String id, String fields) {
        return "  - id: " + id + "\n    headline: 标题\n    body:\n      - 正文。\n" + fields.indent(4);
    }

    private NewsprintException.BadInput refused(String text) throws IOException {
        Path p = write("p.yaml", text);
        return org.assertj.core.api.Assertions.catchThrowableOfType(NewsprintException.BadInput.class, () -> reader.read(p));
    }

    @Test
    void keepsTextThatLooksLikeANumberExactlyAsWritten() throws IOException {
        PageFile page = reader.read(write("p.yaml", HEAD + """
                  - id: a
                    kicker: 0x1F
                    headline: 007
                    subheadline: 1.50
                    byline: 3.14e5
                    source: 1e400
                    body:
                      - 123456789012345678901234567890
                      - yes
                      - .inf
                      - 2024-07-25
                      - 1_000
                      - +12
                    photos: []
                """));
        Article a = page.articles().get(0);
        assertThat(a.kicker()).isEqualTo("0x1F");
        assertThat(a.headline()).isEqualTo("007");
        assertThat(a.subheadline()).isEqualTo("1.50");
        assertThat(a.byline()).isEqualTo("3.14e5");
        assertThat(a.source()).isEqualTo("1e400");
        assertThat(a.body()).extracting(BodyBlock::text)
                .containsExactly("123456789012345678901234567890", "yes", ".inf", "2024-07-25", "1_000", "+12");
    }

    @Test
    void keepsNumberLikeJsonValuesExactlyAsWrittenInTextFields() throws IOException {
        PageFile page = reader.read(write("p.json", """
                {"edition": {"paper": 1.50, "date": "2024-07-25", "issue": 1234},
                 "page": {"number": 3, "section": 1e400},
                 "articles": [{"id": "a", "headline": "0x1F", "body": [3.14e5, true, "\\u4e2d\\/文"],
                               "photos": null, "priority": 2}]}
                """));
        assertThat(page.edition().paper()).isEqualTo("1.50");
        assertThat(page.edition().issue()).isEqualTo(1234);
        assertThat(page.page().section()).isEqualTo("1e400");
        assertThat(page.articles().get(0).headline()).isEqualTo("0x1F");
        assertThat(page.articles().get(0).body()).extracting(BodyBlock::text).containsExactly("3.14e5", "true", "中/文");
        assertThat(page.articles().get(0).priority()).isEqualTo(2);
    }

    @Test
    void namesTheFieldOfAJsonNumberThatIsNotJson() throws IOException {
        for (String value : new String[] {"007", "0x1F", "NaN", "+1"}) {
            Path p = write("p.json", """
                    {"edition": {"paper": "科技报", "date": "2024-07-25"}, "page": {"number": 3, "section": "要闻"},
                     "articles": [{"id": "a", "headline": %s, "body": ["正文。"]}]}
                    """.formatted(value));
            assertThatThrownBy(() -> reader.read(p)).as(value).isInstanceOf(NewsprintException.BadInput.class)
                    .hasMessageContaining("p.json").hasMessageContaining("not valid JSON (line 2")
                    .hasMessageContaining("articles[1].headline");
        }
    }

    @Test
    void readsJsonThatStartsWithAByteOrderMark() throws IOException {
        Path p = write("p.json", "\uFEFF" + """
                {"edition": {"paper": "科技报", "date": "2024-07-25"}, "page": {"number": 3, "section": "要闻"},
                 "articles": [{"id": "a", "headline": "标题", "body": ["正文。"]}]}
                """);
        assertThat(reader.read(p).articles().get(0).headline()).isEqualTo("标题");
    }

    @Test
    void refusesADuplicateKeyInJson() throws IOException {
        Path p = write("p.json", """
                {"edition": {"paper": "科技报", "date": "2024-07-25"}, "page": {"number": 3, "section": "要闻"},
                 "articles": [{"id": "a", "headline": "标题", "headline": "又一个", "body": ["正文。"]}]}
                """);
        assertThatThrownBy(() -> reader.read(p)).isInstanceOf(NewsprintException.BadInput.class)
                .hasMessageContaining("p.json: line 2: articles[1]: the key 'headline' is given twice");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "page: {number: 0x1F, section: 要闻}    | page.number | '0x1F'",
            "page: {number: 3.0, section: 要闻}     | page.number | '3.0'",
            "page: {number: 1e2, section: 要闻}     | page.number | '1e2'",
            "page: {number: 1_0, section: 要闻}     | page.number | '1_0'",
            "page: {number: .inf, section: 要闻}    | page.number | '.inf'",
            "page: {number: 0, section: 要闻}       | page.number | '0'",
            "page: {number: [3], section: 要闻}     | page.number | a list"})
    void parsesNumbersStrictlyAsDecimalDigits(String pageLine, String field, String shown) throws IOException {
        String text = GOOD.replace("page: {number: 3, section: 科协动态, layout: tabloid}", pageLine);
        assertThat(refused(text)).hasMessageContaining("p.yaml").hasMessageContaining(field).hasMessageContaining(shown);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "priority: 1e1                          | priority",
            "priority: 0o7                          | priority",
            "span: 3.5                              | span",
            "place: {column: 0x1, row: 1}           | place.column",
            "place: {column: 1, row: -1}            | place.row",
            "photos: [{file: p.jpg, focus: {x: .nan, y: 0.5}}]  | photos[1].focus.x",
            "photos: [{file: p.jpg, focus: {x: 0.5, y: 5e-1}}]  | photos[1].focus.y",
            "photos: [{file: p.jpg, focus: {x: 1.01, y: 0}}]    | photos[1].focus.x",
            "photos: [{file: p.jpg, focus: {x: -0, y: 0}}]      | photos[1].focus.x",
            "photos: [{file: p.jpg, span: 0x2}]                 | photos[1].span"})
    void namesTheFieldOfANumberNotWrittenInPlainDecimals(String fields, String field) throws IOException {
        write("p.jpg", "x");
        assertThat(refused(HEAD + article("a", fields))).hasMessageContaining("article 'a' (#1)").hasMessageContaining(field);
    }

    @Test
    void readsFractionsWrittenAsPlainDecimals() throws IOException {
        Files.copy(Seed.PAGE.resolveSibling("photos/meeting.jpg"), dir.resolve("p.jpg"));
        PageFile page = reader.read(write("p.yaml", HEAD + article("a", "photos: [{file: p.jpg, focus: {x: 0.25, y: 1}}]\npriority: 07")));
        assertThat(page.articles().get(0).photos().get(0).focus().x()).isEqualTo(0.25);
        assertThat(page.articles().get(0).photos().get(0).focus().y()).isEqualTo(1.0);
        assertThat(page.articles().get(0).priority()).isEqualTo(7);
    }

    @ParameterizedTest
    @ValueSource(strings = {"10000-01-01", "0000-01-01", "0999-12-31", "-2024-07-25", "+12024-07-25", "2024-02-30", "2024-7-25",
            "2024-07-25T10:00:00", "20240725", "2024-07-25 ", "[2024, 7, 25]"})
    void acceptsOnlyIsoDatesOfFourDigitYears(String date) throws IOException {
        String text = GOOD.replace("date: 2024-07-25", "date: " + (date.endsWith(" ") ? "'" + date + "x'" : date));
        assertThat(refused(text)).as(date).hasMessageContaining("p.yaml").hasMessageContaining("edition.date");
    }

    @Test
    void readsALeapDayAndTheLastYear() throws IOException {
        assertThat(reader.read(write("p.yaml", GOOD.replace("2024-07-25", "2024-02-29"))).edition().date()).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(reader.read(write("p.yaml", GOOD.replace("2024-07-25", "'9999-12-31'"))).edition().date()).isEqualTo(LocalDate.of(9999, 12, 31));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "    kicker: &k 引题\\n    subheadline: *k                    | line 5 | anchor '&k'",
            "    kicker: 引题\\n    subheadline: *k                      | line 6 | alias '*k'",
            "    place: {<<: {column: 1}, row: 1}                        | line 5 | merge key",
            "    kicker: !!str 007                                       | line 5 | tag '!!str'",
            "    kicker: !!int 7                                         | line 5 | tag '!!int'",
            "    kicker: !red 引题                                        | line 5 | tag '!red'",
            "    kicker: ! 引题                                           | line 5 | tag '!'",
            "    photos: !!seq []                                        | line 5 | tag '!!seq'",
            "    kicker: 引题\\n---\\nedition: {}                          | line 6 | second document",
            "    kicker: 一\\n    kicker: 二                              | line 6 | 'kicker' is given twice",
            "    ? [a, b]\\n    : 引题                                    | line 5 | key must be a name"},
            ignoreLeadingAndTrailingWhitespace = false)
    void refusesYamlThatMakesAValueDifferFromWhatIsWritten(String lines, String line, String what) throws IOException {
        String text = GOOD.replace("    headline:", lines.stripTrailing().replace("\\n", "\n") + "\n    headline:");
        NewsprintException.BadInput e = refused(text);
        assertThat(e).hasMessageContaining("p.yaml: " + line.strip() + ": ").hasMessageContaining(what.strip());
        if (!what.contains("second document")) {
            assertThat(e).hasMessageContaining("articles[1]");
        }
    }

    @Test
    void refusesDocumentsNestedDeeperThanAnyPage() throws IOException {
        assertThat(refused("a: " + "[".repeat(LiteralTree.MAX_DEPTH + 1) + "]".repeat(LiteralTree.MAX_DEPTH + 1)))
                .hasMessageContaining("nested deeper than");
    }

    @Test
    void refusesAControlCharacterInTheFileNamingItsLine() throws IOException {
        assertThat(refused(GOOD.replace("小标题", "小\u0001标题"))).hasMessageContaining("p.yaml").hasMessageContaining("line 9")
                .hasMessageContaining("U+0001");
    }

    @Test
    void keepsTheBytesItRead() throws IOException {
        Path p = write("p.yaml", GOOD);
        PageFile page = reader.read(p);
        Files.writeString(p, "changed after reading");
        assertThat(page.source()).isEqualTo(GOOD.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void readsAPageFromAPipe() throws Exception {
        Path fifo = dir.resolve("page.fifo");
        assertThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor()).isZero();
        Thread writer = new Thread(() -> {
            try (OutputStream out = Files.newOutputStream(fifo)) {
                out.write(GOOD.getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        writer.start();
        PageFile page = reader.read(fifo);
        writer.join();
        assertThat(page.articles().get(0).headline()).isEqualTo("广东省科协召开党组(扩大)会议");
        assertThat(page.source()).isEqualTo(GOOD.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void refusesADeviceThatNeverEndsAfterReadingNoMoreThanTheLimit() {
        assertThatThrownBy(() -> reader.read(Path.of("/dev/zero"))).isInstanceOf(NewsprintException.BadInput.class)
                .hasMessageContaining("/dev/zero").hasMessageContaining("larger than 8 MB");
    }

    /** A page of one article whose first paragraph is {@code chars} characters written as one run without spaces. */
    private Path longRun(String before, int chars) throws IOException {
        Path p = dir.resolve("long.yaml");
        byte[] chunk = "a".repeat(1 << 16).getBytes(StandardCharsets.US_ASCII);
        try (OutputStream out = Files.newOutputStream(p)) {
            out.write(before.getBytes(StandardCharsets.UTF_8));
            for (int left = chars; left > 0; left -= chunk.length) {
                out.write(chunk, 0, Math.min(left, chunk.length));
            }
            out.write('\n');
        }
        return p;
    }

    /** Each took 15 s or more before the reader's look-ahead was made linear: 10 s is a generous bound for what takes under one. */
    @Test
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void readsAnEightMegabyteRunOfCharactersInSeconds() throws IOException {
        Path p = longRun(HEAD + "  - id: a\n    headline: 标题\n    body:\n      - ", 8_000_000);
        assertThatThrownBy(() -> reader.read(p)).isInstanceOf(NewsprintException.BadInput.class)
                .hasMessageContaining("article 'a' (#1)").hasMessageContaining("body[1]").hasMessageContaining("8,000,000 characters");
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void readsAnEightMegabyteCommentInSeconds() throws IOException {
        Path p = longRun("#", 8_000_000);
        Files.writeString(p, GOOD, StandardOpenOption.APPEND);
        assertThat(reader.read(p).articles()).hasSize(1);
    }

    @Test
    void holdsALongParagraphUpToItsLimitAndNoFurther() throws IOException {
        String head = HEAD + "  - id: a\n    headline: 标题\n    body:\n      - ";
        assertThat(reader.read(longRun(head, Limits.PARAGRAPH_CHARS)).articles().get(0).body().get(0).text()).hasSize(Limits.PARAGRAPH_CHARS);
        assertThatThrownBy(() -> reader.read(longRun(head, Limits.PARAGRAPH_CHARS + 1))).hasMessageContaining("body[1]")
                .hasMessageContaining("at most 200,000");
        String han = "标".repeat(Limits.LINE_CHARS);
        assertThat(reader.read(write("p.yaml", HEAD + "  - id: a\n    headline: " + han + "\n    body: [正文]\n")).articles().get(0).headline())
                .isEqualTo(han);
        for (String field : new String[] {"headline", "kicker", "subheadline", "byline", "source"}) {
            String text = HEAD + "  - id: a\n" + (field.equals("headline") ? "" : "    headline: 标题\n") + "    body: [正文]\n    "
                    + field + ": " + han + "标\n";
            assertThat(refused(text)).as(field).hasMessageContaining("article 'a' (#1): " + field).hasMessageContaining("501 characters");
        }
        assertThat(refused(HEAD + "  - id: a\n    headline: 标题\n    body: [{subhead: " + han + "标}]\n"))
                .hasMessageContaining("body[1].subhead");
        assertThat(refused(GOOD.replace("paper: 科技报", "paper: " + han + "标"))).hasMessageContaining("edition.paper");
    }

    @Test
    void holdsAsManyArticlesPhotosAndParagraphsAsTheLimitsAllowAndNoMore() throws IOException {
        Files.copy(Seed.PAGE.resolveSibling("photos/meeting.jpg"), dir.resolve("p.jpg"));
        StringBuilder page = new StringBuilder(HEAD);
        for (int i = 1; i <= Limits.ARTICLES_PER_PAGE; i++) {
            page.append(article("a" + i, ""));
        }
        assertThat(reader.read(write("p.yaml", page.toString())).articles()).hasSize(Limits.ARTICLES_PER_PAGE);
        assertThat(refused(page + article("over", ""))).hasMessageContaining("articles has 101 articles")
                .hasMessageContaining("at most 100");

        String photos = "photos:\n" + "  - {file: p.jpg}\n".repeat(Limits.PHOTOS_PER_ARTICLE);
        assertThat(reader.read(write("p.yaml", HEAD + article("a", photos))).articles().get(0).photos()).hasSize(Limits.PHOTOS_PER_ARTICLE);
        assertThat(refused(HEAD + article("a", photos + "  - {file: p.jpg}\n"))).hasMessageContaining("article 'a' (#1): photos has 21 photos")
                .hasMessageContaining("at most 20");
        String threeFull = HEAD + article("a", photos) + article("b", photos) + article("c", photos);
        assertThat(reader.read(write("p.yaml", threeFull)).articles()).hasSize(3);
        assertThat(refused(threeFull + article("d", "photos: [{file: p.jpg}]"))).hasMessageContaining("article 'd' (#4): photos")
                .hasMessageContaining("61 photos").hasMessageContaining("at most 60");

        String body = "    body:\n" + "      - 段。\n".repeat(Limits.BODY_BLOCKS_PER_ARTICLE);
        String full = HEAD + "  - id: a\n    headline: 标题\n" + body;
        assertThat(reader.read(write("p.yaml", full)).articles().get(0).body()).hasSize(Limits.BODY_BLOCKS_PER_ARTICLE);
        assertThat(refused(full + "      - 段。\n")).hasMessageContaining("article 'a' (#1): body has 1001")
                .hasMessageContaining("at most 1000");
        StringBuilder five = new StringBuilder(HEAD);
        for (String id : new String[] {"a", "b", "c", "d", "e"}) {
            five.append("  - id: ").append(id).append("\n    headline: 标题\n").append(body);
        }
        assertThat(reader.read(write("p.yaml", five.toString())).articles()).hasSize(5);
        assertThat(refused(five + article("f", ""))).hasMessageContaining("article 'f' (#6): body")
                .hasMessageContaining("5001").hasMessageContaining("at most 5000");
    }
}
