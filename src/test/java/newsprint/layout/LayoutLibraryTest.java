package newsprint.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import newsprint.NewsprintException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Layouts are a designer's input: each way a layout.yaml, page.html or page.css can be wrong is refused naming the file and the field. */
class LayoutLibraryTest {
    static final Path TABLOID = Path.of("layouts/tabloid/layout.yaml");

    @TempDir
    Path dir;

    /** A layouts folder whose tabloid is the bundled one with {@code from} replaced by {@code to} (which must occur). */
    private Path tabloidWith(String from, String to) throws IOException {
        String yaml = Files.readString(TABLOID);
        if (!yaml.contains(from)) {
            throw new IllegalArgumentException("not in layout.yaml: " + from);
        }
        Files.createDirectories(dir.resolve("tabloid"));
        Files.writeString(dir.resolve("tabloid/layout.yaml"), yaml.replace(from, to));
        return dir.resolve("tabloid/layout.yaml");
    }

    private NewsprintException.MissingResource refused(Path layoutYaml) {
        return catchThrowableOfType(NewsprintException.MissingResource.class, () -> new LayoutLibrary(dir).layout("tabloid"));
    }

    @Test
    void readsTheBundledLayouts() {
        LayoutLibrary bundled = LayoutLibrary.bundled();
        assertThat(bundled.layout("tabloid").grid().columns()).isEqualTo(6);
        assertThat(bundled.layout("tabloid").bodyLines()).isEqualTo(70);
        assertThat(bundled.layout("broadsheet").grid().columns()).isEqualTo(8);
        assertThat(bundled.template("tabloid")).contains("data-fill=\"modules\"");
        assertThat(bundled.stylesheet("broadsheet")).contains("cmyk(0, 0, 0, 1)");
        assertThat(bundled.files("tabloid")).isEmpty();
    }

    @Test
    void refusesAnEmptyLayoutFile() throws IOException {
        Path yaml = tabloidWith(Files.readString(TABLOID), "# nothing yet\n");
        assertThat(refused(yaml)).hasMessageContaining(yaml.toString()).hasMessageContaining("empty");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            trim: {widthMm: 270, heightMm: 390}              | trim:                                              | trim is missing
            trim: {widthMm: 270, heightMm: 390}              | trim: {widthMm: 270, heightMm: ~}                  | trim.heightMm is missing
            styles:                                          | styles: ~\\nstylez:                                | unknown field
            body: {font: serif, sizePt: 9, leadingPt: 14}    | body: ~                                            | styles.body is missing
            body: {font: serif, sizePt: 9, leadingPt: 14}    | body: {font: serif, sizePt: .nan, leadingPt: 14}   | styles.body.sizePt
            body: {font: serif, sizePt: 9, leadingPt: 14}    | body: {font: serif, sizePt: .inf, leadingPt: 14}   | styles.body.sizePt
            body: {font: serif, sizePt: 9, leadingPt: 14}    | body: {font: serif, sizePt: -9, leadingPt: 14}     | styles.body.sizePt
            body: {font: serif, sizePt: 9, leadingPt: 14}    | body: {font: serif, sizePt: 0, leadingPt: 14}      | styles.body.sizePt
            body: {font: serif, sizePt: 9, leadingPt: 14}    | body: {font: serif, sizePt: 9e0, leadingPt: 14}    | styles.body.sizePt
            body: {font: serif, sizePt: 9, leadingPt: 14}    | body: {font: serif, sizePt: 9, leadingPt: 8}       | styles.body.leadingPt is 8 pt, smaller than the size
            body: {font: serif, sizePt: 9, leadingPt: 14}    | body: {font: serif, sizePt: 9, leadingPt: .NaN}    | styles.body.leadingPt
            caption: {font: sans, sizePt: 8, leadingPt: 11}  | caption: {font: sans, sizePt: 8, leadingPt: 0}    | styles.caption.leadingPt
            columns: 6                                       | columns: 0                                         | grid.columns
            columns: 6                                       | columns: -6                                        | grid.columns
            columns: 6                                       | columns: 6.5                                       | grid.columns
            columns: 6                                       | columns: 0x6                                       | grid.columns
            columnChars: 11                                  | columnChars: 0                                     | grid.columnChars
            gutterChars: 1.5                                 | gutterChars: 0                                     | grid.gutterChars
            gutterChars: 1.5                                 | gutterChars: -1.5                                  | grid.gutterChars
            gutterChars: 1.5                                 | gutterChars: .nan                                  | grid.gutterChars
            topMm: 14                                        | topMm: 0                                           | margins.topMm
            bottomMm: 16                                     | bottomMm: -16                                      | margins.bottomMm
            folio: {heightMm: 10}                            | folio: {heightMm: .inf}                            | folio.heightMm
            folio: {heightMm: 10}                            | folio: {heightMm: 0}                               | folio.heightMm
            folio: {heightMm: 10}                            | folio: {heightMm: 2}                               | folio.heightMm is 2 mm, too low
            widthMm: 270                                     | widthMm: 0                                         | trim.widthMm
            widthMm: 270                                     | widthMm: 100                                       | grid does not fit the trim
            heightMm: 390                                    | heightMm: 60                                       | grid does not fit the trim
            columnChars: 11                                  | columnChars: 200                                   | grid does not fit the trim
            weight: 400}                                     | weight: 450}                                       | fonts.serif.weight
            weight: 400}                                     | weight: 1000}                                      | fonts.serif.weight
            weight: 400}                                     | weight: 0}                                         | fonts.serif.weight
            family: Newsprint Serif, weight: 400             | family: "Evil'; } body { color: red", weight: 400 | fonts.serif.family
            family: Newsprint Serif, weight: 400             | family: "", weight: 400                          | fonts.serif.family is empty
            file: NotoSerifSC-Regular.ttf                    | file: ../../fonts/NotoSerifSC-Regular.ttf          | fonts.serif.file
            file: NotoSerifSC-Regular.ttf                    | file: /etc/passwd                                  | fonts.serif.file
            file: NotoSerifSC-Regular.ttf                    | file: NotoSerifSC-Regular.otf                      | fonts.serif.file
            serif: {file                                     | "s{x}": {file                                     | is not a font name
            caption: {font: sans,                            | caption: {font: sanz,                              | styles.caption.font names the unknown font 'sanz'
            fallback: [serif, sans,                          | fallback: [serif, sanz,                            | fallback[2] names the unknown font 'sanz'
            subheadline: {                                   | subheadlin: {                                      | styles.subheadlin: unknown field
            `  folio: {font: sans, sizePt: 9, leadingPt: 12}\\n` | ``                                            | styles.folio is missing
            name: tabloid                                    | name: broadsheet                                   | name is 'broadsheet' but the layout's folder is 'tabloid'
            grid: {                                          | grd: {                                             | grd: unknown field
            options: {fullWidthPunctuation: true}            | options: {fullWidthPunctuation: yes}               | options.fullWidthPunctuation
            serif: {file                                     | serif: &s {file                                    | anchor '&s'
            fonts:                                           | fonts: !!map                                       | tag '!!map'
            """)
    void refusesABadLayoutNamingTheFileAndField(String from, String to, String mention) throws IOException {
        Path yaml = tabloidWith(from.replace("\\n", "\n"), to.replace("\\n", "\n"));
        assertThat(refused(yaml)).as(to).isNotNull().hasMessageStartingWith(yaml.toString() + ": ").hasMessageContaining(mention);
    }

    @Test
    void aLayoutWithoutOptionsSetsPunctuationFullWidth() throws IOException {
        tabloidWith("options: {fullWidthPunctuation: true}", "");
        assertThat(new LayoutLibrary(dir).layout("tabloid").options().fullWidthPunctuation()).isTrue();
        tabloidWith("options: {fullWidthPunctuation: true}", "options: {fullWidthPunctuation: false}");
        assertThat(new LayoutLibrary(dir).layout("tabloid").options().fullWidthPunctuation()).isFalse();
    }

    /** A layouts folder with the bundled tabloid and the shared template, the stylesheet replaced by {@code css}. */
    private LayoutLibrary withStylesheet(String css) throws IOException {
        tabloidWith("name: tabloid", "name: tabloid");
        Files.createDirectories(dir.resolve("shared"));
        Files.copy(Path.of("layouts/shared/page.html"), dir.resolve("shared/page.html"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.writeString(dir.resolve("shared/page.css"), css);
        return new LayoutLibrary(dir);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            .headline { font-family: serif; }                                    | serif
            .folio { font-family: 'Newsprint Sans', sans-serif !important }      | sans-serif
            .kicker { font: bold 12pt/14pt 'Newsprint Sans', Arial }             | Arial
            .kicker { font: 12pt Times New Roman }                               | Times New Roman
            .kicker { font: caption }                                            | caption
            @font-face { font-family: Evil; src: url(evil.ttf) }                 | Evil
            .x { font-family: var(--f) }                                         | var(--f)
            """)
    void refusesAStylesheetNamingAFamilyThatIsNotTheLayouts(String css, String family) throws IOException {
        LayoutLibrary library = withStylesheet(css);
        assertThatThrownBy(() -> library.stylesheet("tabloid")).isInstanceOf(NewsprintException.MissingResource.class)
                .hasMessageStartingWith(dir.resolve("tabloid/page.css").toString().replace("tabloid", "shared") + ": ")
                .hasMessageContaining("'" + family + "'");
    }

    @Test
    void acceptsAStylesheetNamingTheLayoutsFamilies() throws IOException {
        String css = """
                /* font-family: serif; is only a comment */
                .folio { font-family: "Newsprint Sans"; }
                .kicker { font: 700 12pt/14pt 'newsprint serif'; font-weight: 700; }
                .a { font: 9pt / 12pt Newsprint Sans }
                .b { font-family: inherit; font-size: 9pt; }
                font:first-child { color: cmyk(0, 0, 0, 1) }
                """;
        assertThat(withStylesheet(css).stylesheet("tabloid")).isEqualTo(css);
    }

    @Test
    void refusesATemplateWhoseStylesNameAnotherFamily() throws IOException {
        LayoutLibrary library = withStylesheet("body { margin: 0 }");
        Path html = dir.resolve("shared/page.html");
        String template = Files.readString(html);
        Files.writeString(html, template.replace("</head>", "<style>.folio { font-family: monospace }</style></head>"));
        assertThatThrownBy(() -> library.template("tabloid")).hasMessageStartingWith(html + ": ").hasMessageContaining("'monospace'");
        Files.writeString(html, template.replace("<header class=\"folio\">", "<header class=\"folio\" style=\"font: 9pt Courier\">"));
        assertThatThrownBy(() -> library.template("tabloid")).hasMessageStartingWith(html + ": ").hasMessageContaining("'Courier'");
    }

    @Test
    void refusesALayoutFileLargerThanOneMegabyte() throws IOException {
        Path yaml = tabloidWith("name: tabloid", "#" + "x".repeat((int) LayoutLibrary.MAX_FILE_BYTES) + "\nname: tabloid");
        assertThat(refused(yaml)).hasMessageContaining(yaml.toString()).hasMessageContaining("larger than 1 MB");
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void refusesAHundredMegabyteTemplateWithoutReadingIt() throws IOException {
        LayoutLibrary library = withStylesheet("body { margin: 0 }");
        Path html = dir.resolve("tabloid/page.html");
        try (RandomAccessFile f = new RandomAccessFile(html.toFile(), "rw")) {
            f.setLength(100L * 1024 * 1024);
        }
        assertThatThrownBy(() -> library.template("tabloid")).isInstanceOf(NewsprintException.MissingResource.class)
                .hasMessageStartingWith(html + ": ").hasMessageContaining("larger than 1 MB");
    }

    @Test
    void listsTheFilesItReadsFromDisk() throws IOException {
        LayoutLibrary library = withStylesheet("body { margin: 0 }");
        Files.writeString(dir.resolve("tabloid/page.css"), "body { margin: 0 }");
        assertThat(library.files("tabloid")).containsExactly(dir.resolve("tabloid/layout.yaml"), dir.resolve("shared/page.html"),
                dir.resolve("tabloid/page.css"));
    }

    @Test
    void aLayoutNotInTheFolderIsRefusedNamingTheLayoutsThatAre() throws IOException {
        // the hint used to say "the layouts are tabloid and broadsheet" whatever the folder held
        tabloidWith("name: tabloid", "name: tabloid");
        Files.createDirectories(dir.resolve("notes"));
        assertThatThrownBy(() -> new LayoutLibrary(dir).layout("tabliod")).isInstanceOf(NewsprintException.MissingResource.class)
                .hasMessageContaining("layout 'tabliod' not found").hasMessageContaining(dir.resolve("tabliod").toString())
                .satisfies(e -> assertThat(((NewsprintException) e).hint()).contains("the layouts there: tabloid;"));
    }

    @Test
    void theBundledLayoutsNamedInTheHintAreTheFoldersTheJarCarries() throws IOException {
        try (java.util.stream.Stream<Path> entries = Files.list(Path.of("layouts"))) {
            assertThat(entries.filter(p -> Files.isRegularFile(p.resolve("layout.yaml"))).map(p -> p.getFileName().toString()).sorted())
                    .containsExactlyElementsOf(LayoutLibrary.BUNDLED_NAMES);
        }
        assertThatThrownBy(() -> LayoutLibrary.bundled().layout("tabliod")).isInstanceOf(NewsprintException.MissingResource.class)
                .satisfies(e -> assertThat(((NewsprintException) e).hint()).startsWith("did you mean 'tabloid'? the bundled layouts: broadsheet, "));
    }
}
