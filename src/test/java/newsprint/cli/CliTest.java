package newsprint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import newsprint.Seed;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The command line as a user meets it: exit codes, one-line messages, and no file left behind on failure. */
class CliTest {
    @TempDir
    Path dir;

    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        // built as main builds it: only the command asked for, every one for help or a mistyped command
        CommandLine cmd = Main.commandLine(args.length > 0 ? args[0] : null);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cmd.setOut(new PrintWriter(out));
        cmd.setErr(new PrintWriter(err));
        cmd.getSubcommands().values().forEach(s -> {
            s.setOut(new PrintWriter(out));
            s.setErr(new PrintWriter(err));
        });
        int code = cmd.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    private Path copySeedWith(String from, String to) throws IOException {
        Path page = dir.resolve("page.yaml");
        Files.writeString(page, Files.readString(Seed.PAGE).replace(from, to));
        Path photos = Files.createDirectories(dir.resolve("photos"));
        Files.copy(Seed.PAGE.resolveSibling("photos/meeting.jpg"), photos.resolve("meeting.jpg"));
        return page;
    }

    private void assertNoPdfLeft() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".pdf") || n.endsWith(".part"));
        }
    }

    @Test
    void rendersTheSeedPage() throws IOException {
        Path out = dir.resolve("seed.pdf");
        Run r = run("render", Seed.PAGE.toString(), "-o", out.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("wrote").contains("4 articles");
        assertThat(Files.readAllBytes(out)).startsWith("%PDF-".getBytes());
        // readable by the archive's other users, like any file a command writes
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(out))).isEqualTo("rw-r--r--");
    }

    @Test
    void aRunBuildsOnlyItsOwnCommandYetHelpAndAMistypedCommandKnowThemAll() {
        assertThat(Main.commandLine("render").getSubcommands()).containsOnlyKeys("render");
        assertThat(Main.commandLine("bench").getSubcommands().get("bench").getSubcommands()).containsKey("serve");
        Run help = run("help", "edition");
        assertThat(help.code()).isZero();
        assertThat(help.out()).contains("Usage: newsprint edition");
        Run all = run("--help");
        assertThat(all.out()).contains("render").contains("edition").contains("serve").contains("bench");
        Run typo = run("rendr", "page.yaml");
        assertThat(typo.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(typo.err()).contains("Did you mean: newsprint render");
    }

    @Test
    void aCommandLinePicocliCannotTakeIsOneErrorLineAndAHintNotTheWholeUsage() {
        for (String[] args : new String[][] {{"render", "--ink-limit", "NaN", "page.yaml", "-o", "x.pdf"}, {"render", "--bogus", "page.yaml"},
                {"render"}, {"rendr", "page.yaml"}}) {
            Run r = run(args);
            assertThat(r.code()).as(String.join(" ", args)).isEqualTo(ExitCodes.USAGE);
            assertThat(r.err().lines().filter(l -> l.startsWith("error: ")).count()).as(r.err()).isEqualTo(1);
            assertThat(r.err()).as(String.join(" ", args)).contains("hint: 'newsprint").contains("--help' lists").doesNotContain("Usage:")
                    .doesNotContain("Exit codes:");
        }
        assertThat(run("render", "--ink-limit", "NaN", "page.yaml", "-o", "x.pdf").err()).startsWith("error: Invalid value for option '--ink-limit'");
    }

    @Test
    void aMissingPageFileIsAMissingResource() throws IOException {
        Run r = run("render", dir.resolve("none.yaml").toString(), "-o", dir.resolve("x.pdf").toString());
        assertThat(r.code()).isEqualTo(ExitCodes.MISSING_RESOURCE);
        assertThat(r.err()).startsWith("error: ").contains("none.yaml").doesNotContain("Exception").doesNotContain("\tat ");
        assertNoPdfLeft();
    }

    @Test
    void malformedYamlIsBadInputWithOneLine() throws IOException {
        Path page = copySeedWith("articles:", "articles: [");
        Run r = run("render", page.toString(), "-o", dir.resolve("x.pdf").toString());
        assertThat(r.code()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(r.err().lines().filter(l -> l.startsWith("error:")).count()).isEqualTo(1);
        assertThat(r.err()).contains("page.yaml").doesNotContain("\tat ");
        assertNoPdfLeft();
    }

    @Test
    void anUnknownFieldNamesTheArticleAndField() throws IOException {
        Path page = copySeedWith("  - id: foshan\n", "  - id: foshan\n    bylne: 记者\n");
        Run r = run("render", page.toString(), "-o", dir.resolve("x.pdf").toString());
        assertThat(r.code()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(r.err()).contains("article 'foshan'").contains("unknown field 'bylne'").contains("hint: did you mean 'byline'");
        assertNoPdfLeft();
    }

    @Test
    void aMissingPhotoNamesTheArticleAndLeavesAnExistingPdfUntouched() throws IOException {
        Path page = copySeedWith("photos/meeting.jpg", "photos/missing.jpg");
        Path out = dir.resolve("good.pdf");
        Files.writeString(out, "an earlier good file");
        Run r = run("render", page.toString(), "-o", out.toString());
        assertThat(r.code()).isEqualTo(ExitCodes.MISSING_RESOURCE);
        assertThat(r.err()).contains("article 'lead'").contains("photos[1].file").contains("missing.jpg");
        assertThat(Files.readString(out)).isEqualTo("an earlier good file");
    }

    @Test
    void aCharacterNoFontHasStopsTheRender() throws IOException {
        Path page = copySeedWith("headline: 佛山市科协", "headline: \"佛山市科协\\U0001F5DE\"");
        Run r = run("render", page.toString(), "-o", dir.resolve("x.pdf").toString());
        assertThat(r.code()).isEqualTo(ExitCodes.MISSING_GLYPH);
        assertThat(r.err()).contains("article 'foshan'").contains("headline").contains("U+1F5DE");
        assertNoPdfLeft();
    }

    @Test
    void anOversetPageIsRefusedUnlessAllowedAndThenTheCutIsListed() throws IOException {
        String longParagraph = "会议强调，要加强组织领导。".repeat(600);
        Path page = copySeedWith("  - id: foshan\n", "  - id: foshan\n    kicker: 超长稿件\n");
        Files.writeString(page, Files.readString(page).replaceFirst("    body:\n", "    body:\n      - \"" + longParagraph + "\"\n"));
        Run refused = run("render", page.toString(), "-o", dir.resolve("x.pdf").toString());
        assertThat(refused.code()).isEqualTo(ExitCodes.OVERSET);
        assertThat(refused.err()).contains("over").contains("--allow-overset");
        assertNoPdfLeft();
        Run allowed = run("render", page.toString(), "-o", dir.resolve("x.pdf").toString(), "--allow-overset");
        assertThat(allowed.code()).as(allowed.err()).isZero();
        assertThat(allowed.err()).contains("warning:").contains("cut from");
    }

    @Test
    void usageErrorsAndHelp() {
        assertThat(run("render").code()).isEqualTo(ExitCodes.USAGE);
        assertThat(run("frobnicate").code()).isEqualTo(ExitCodes.USAGE);
        Run help = run("render", "--help");
        assertThat(help.code()).isZero();
        assertThat(help.out()).contains("Exit codes:").contains("bad page file").contains("--allow-overset");
        Run version = run("--version");
        assertThat(version.out()).startsWith("newsprint ");
    }

    @Test
    void aKilledRenderLeavesNoFileBehind() throws Exception {
        Path out = dir.resolve("killed.pdf");
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "render", Seed.PAGE.toString(), "-o", out.toString())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        Thread.sleep(900);
        boolean finishedFirst = !p.isAlive();
        p.destroyForcibly().waitFor();
        if (finishedFirst) {
            // a machine fast enough to finish first must have written the whole file
            try (var doc = org.apache.pdfbox.Loader.loadPDF(out.toFile())) {
                assertThat(doc.getNumberOfPages()).isEqualTo(1);
            }
        } else {
            assertNoPdfLeft();
        }
    }

    @Test
    void theArchiveFlagMakesATaggedPdfWithThePageFileAttached() throws IOException {
        Path out = dir.resolve("archive.pdf");
        Run r = run("render", Seed.PAGE.toString(), "-o", out.toString(), "--archive");
        assertThat(r.code()).as(r.err()).isZero();
        try (var doc = org.apache.pdfbox.Loader.loadPDF(out.toFile())) {
            assertThat(doc.getDocumentCatalog().getStructureTreeRoot()).isNotNull();
            var files = doc.getDocumentCatalog().getNames().getEmbeddedFiles().getNames();
            assertThat(files).containsKey("page.yaml");
            byte[] attached = files.get("page.yaml").getEmbeddedFile().toByteArray();
            assertThat(attached).isEqualTo(Files.readAllBytes(Seed.PAGE));
        }
    }

    @Test
    void aLayoutFolderWithoutItsOwnTemplateUsesTheSharedOne() throws IOException {
        Path layouts = dir.resolve("layouts");
        Files.createDirectories(layouts.resolve("tabloid"));
        Files.createDirectories(layouts.resolve("shared"));
        Files.copy(Path.of("layouts/tabloid/layout.yaml"), layouts.resolve("tabloid/layout.yaml"));
        Files.writeString(layouts.resolve("shared/page.html"), Files.readString(Path.of("layouts/shared/page.html"))
                .replace("<header class=\"folio\">", "<header class=\"folio\"><span>DESIGNER-EDIT</span>"));
        Files.copy(Path.of("layouts/shared/page.css"), layouts.resolve("shared/page.css"));
        Path out = dir.resolve("designer.pdf");
        Run r = run("render", Seed.PAGE.toString(), "-o", out.toString(), "--layouts", layouts.toString());
        assertThat(r.code()).as(r.err()).isZero();
        try (var doc = org.apache.pdfbox.Loader.loadPDF(out.toFile())) {
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(doc)).contains("DESIGNER-EDIT");
        }
    }

    /** A {@code newsprint} process as the launcher starts one, with {@code jvm} options before the class. */
    private static ProcessBuilder process(List<String> jvm, String... args) {
        List<String> cmd = new java.util.ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        cmd.addAll(jvm);
        cmd.addAll(List.of("-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        cmd.addAll(List.of(args));
        return new ProcessBuilder(cmd);
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void dashWritesThePdfToStandardOutputAndNothingElse() throws Exception {
        Path file = dir.resolve("file.pdf");
        assertThat(run("render", Seed.PAGE.toString(), "-o", file.toString()).code()).isZero();
        Process p = process(List.of(), "render", Seed.PAGE.toString(), "-o", "-").redirectError(dir.resolve("err.txt").toFile()).start();
        byte[] stdout = p.getInputStream().readAllBytes();
        assertThat(p.waitFor()).isZero();
        assertThat(stdout).isEqualTo(Files.readAllBytes(file));
        assertThat(Files.readString(dir.resolve("err.txt"))).contains("wrote the PDF to standard output");
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void readsThePageFromAPipeAndAttachesTheBytesItRead() throws Exception {
        Path out = dir.resolve("piped.pdf");
        Process p = process(List.of(), "render", "/dev/stdin", "-o", out.toString(), "--archive").redirectErrorStream(true).start();
        byte[] page = Seed.ONE_ARTICLE.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        try (var in = p.getOutputStream()) {
            in.write(page);
        }
        String said = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(said).isZero();
        try (var doc = org.apache.pdfbox.Loader.loadPDF(out.toFile())) {
            var files = doc.getDocumentCatalog().getNames().getEmbeddedFiles().getNames();
            // the page file as read, and the sidecars (named after the PDF) that the archive carries
            assertThat(files).containsOnlyKeys("stdin.yaml", "piped.alto.xml", "piped.mets.xml", "piped.articles.jsonl");
            assertThat(files.get("stdin.yaml").getEmbeddedFile().toByteArray()).isEqualTo(page);
        }
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void refusesStandardOutputByItsDeviceNameWhenItIsAPipe() throws Exception {
        Process p = process(List.of(), "render", Seed.PAGE.toString(), "-o", "/dev/stdout").start();
        byte[] stdout = p.getInputStream().readAllBytes();
        String err = new String(p.getErrorStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(p.waitFor()).isEqualTo(ExitCodes.USAGE);
        assertThat(stdout).isEmpty();
        assertThat(err.lines().filter(l -> l.startsWith("error: "))).singleElement().asString()
                .contains("/dev/stdout").contains("not a regular file");
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void runningOutOfMemoryIsOneLineWithTheHeapAndHowToGiveMore() throws Exception {
        Path out = dir.resolve("x.pdf");
        for (boolean verbose : new boolean[] {false, true}) {
            List<String> args = new java.util.ArrayList<>(List.of("render", Seed.PAGE.toString(), "-o", out.toString()));
            if (verbose) {
                args.add("--verbose");
            }
            Process p = process(List.of("-Xmx48m"), args.toArray(String[]::new)).redirectErrorStream(true).start();
            String said = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertThat(p.waitFor()).as(said).isEqualTo(ExitCodes.INTERNAL);
            assertThat(said.lines().filter(l -> l.startsWith("error: "))).as(said).singleElement().asString()
                    .contains("needs more memory than this Java VM may use").contains("48 MB");
            assertThat(said).contains("hint: give it more, e.g. JAVA_TOOL_OPTIONS=-Xmx");
            if (verbose) {
                assertThat(said).contains("java.lang.OutOfMemoryError").contains("\tat ");
            } else {
                assertThat(said).doesNotContain("\tat ").doesNotContain("OutOfMemoryError");
            }
        }
        assertNoPdfLeft();
    }

    @Test
    void benchRefusesRunCountsOutOfRange() {
        for (String[] args : new String[][] {{"--runs", "0"}, {"--runs", "-3"}, {"--cold-runs", "-1"}, {"--runs", "100000"}}) {
            Run r = run("bench", Seed.PAGE.toString(), args[0], args[1]);
            assertThat(r.code()).as(String.join(" ", args)).isEqualTo(ExitCodes.USAGE);
            assertThat(r.err().lines().filter(l -> l.startsWith("error: "))).singleElement().asString().contains(args[0]).contains(args[1]);
            assertThat(r.err()).doesNotContain("\tat ").doesNotContain("Exception");
        }
    }

    @Test
    void refusesToOverwriteAFontReadFromTheFontsFolder() throws IOException {
        Path fonts = Files.createDirectories(dir.resolve("fonts"));
        Path font = Files.copy(Path.of("fonts/NotoSansSC-Regular.ttf"), fonts.resolve("NotoSansSC-Regular.ttf"));
        String before = System.getProperty(newsprint.type.FontLibrary.FONTS_PROPERTY);
        System.setProperty(newsprint.type.FontLibrary.FONTS_PROPERTY, fonts.toString());
        try {
            Run r = run("render", Seed.PAGE.toString(), "-o", font.toString());
            assertThat(r.code()).as(r.err()).isEqualTo(ExitCodes.USAGE);
            assertThat(r.err()).contains("NotoSansSC-Regular.ttf").contains("a font of layout 'tabloid'");
        } finally {
            if (before == null) {
                System.clearProperty(newsprint.type.FontLibrary.FONTS_PROPERTY);
            } else {
                System.setProperty(newsprint.type.FontLibrary.FONTS_PROPERTY, before);
            }
        }
        assertThat(Files.readAllBytes(font)).isEqualTo(Files.readAllBytes(Path.of("fonts/NotoSansSC-Regular.ttf")));
    }

    /** An 8 MB comment took 20 s to read before; now the whole render takes about as long as without it. */
    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void rendersAPageWithAnEightMegabyteCommentInSeconds() throws IOException {
        Path page = dir.resolve("page.yaml");
        try (var out = Files.newOutputStream(page)) {
            out.write('#');
            byte[] chunk = "批注".repeat(1 << 14).getBytes(java.nio.charset.StandardCharsets.UTF_8);
            for (long written = 0; written < 8_000_000; written += chunk.length) {
                out.write(chunk);
            }
            out.write(("\n" + Seed.ONE_ARTICLE).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        Path pdf = dir.resolve("page.pdf");
        Run r = run("render", page.toString(), "-o", pdf.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(Files.size(pdf)).isPositive();
    }

    @Test
    void aReportStandardOutputDoesNotTakeIsExit7NotSuccess() {
        // `fit --json > report.json` on a full disk printed nothing and exited 0: print writers keep write errors to themselves
        CommandLine cmd = Main.commandLine("fit");
        StringWriter err = new StringWriter();
        java.io.Writer full = new java.io.Writer() {
            @Override
            public void write(char[] chars, int off, int len) throws IOException {
                throw new IOException("No space left on device");
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Stream.concat(Stream.of(cmd), cmd.getSubcommands().values().stream()).forEach(c -> {
            c.setOut(new PrintWriter(full));
            c.setErr(new PrintWriter(err));
        });
        assertThat(cmd.execute("fit", Seed.PAGE.toString(), "--json")).as(err.toString()).isEqualTo(ExitCodes.RENDER_FAILURE);
        assertThat(err.toString()).startsWith("error: cannot write to standard output").doesNotContain("\tat ");
    }

    @Test
    void aLayoutsFolderThatIsNotThereIsAUsageError() {
        // it was exit 4 "layout 'tabloid' not found (no layout.yaml)", naming neither --layouts nor the folder
        Run r = run("render", Seed.PAGE.toString(), "--layouts", dir.resolve("nosuch").toString(), "-o", dir.resolve("x.pdf").toString());
        assertThat(r.code()).as(r.err()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).startsWith("error: --layouts " + dir.resolve("nosuch") + ": no such folder");
        assertThat(dir.resolve("x.pdf")).doesNotExist();
    }
}
