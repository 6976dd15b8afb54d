package newsprint.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import newsprint.NewsprintException;
import newsprint.Seed;
import newsprint.model.BodyBlock;
import newsprint.model.PageFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
        assertThatThrownBy(() -> reader.read(p)).isInstanceOf(NewsprintException.BadInput.class).hasMessageContaining("not UTF-8");
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
}
