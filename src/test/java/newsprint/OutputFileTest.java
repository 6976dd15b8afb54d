package newsprint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The output rules: only regular files, never an input, written whole or not at all, and no temporary file left behind. */
class OutputFileTest {
    @TempDir
    Path dir;

    private List<String> names() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void writesANewFileAndReplacesAnEarlierOneReadableByOthers() throws IOException {
        Path out = dir.resolve("sub/page.pdf");
        OutputFile.of(out).write("first".getBytes(StandardCharsets.UTF_8));
        assertThat(Files.readString(out)).isEqualTo("first");
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(out))).isEqualTo("rw-r--r--");
        Files.setPosixFilePermissions(out, java.nio.file.attribute.PosixFilePermissions.fromString("rw-rw----"));
        OutputFile.of(out).write("second".getBytes(StandardCharsets.UTF_8));
        assertThat(Files.readString(out)).isEqualTo("second");
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(out))).isEqualTo("rw-rw----");
        assertThat(names()).containsExactly("sub");
    }

    @Test
    void writesThroughALinkToTheFileItNames() throws IOException {
        Path real = Files.writeString(dir.resolve("real.pdf"), "old");
        Path link = Files.createSymbolicLink(dir.resolve("link.pdf"), real);
        OutputFile.of(link).write("new".getBytes(StandardCharsets.UTF_8));
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(real)).isEqualTo("new");
    }

    @Test
    void refusesWhatIsNotARegularFileBeforeWriting() throws Exception {
        assertThatThrownBy(() -> OutputFile.of(Path.of("/dev/null"))).isInstanceOf(NewsprintException.BadArgument.class)
                .hasMessageContaining("/dev/null").hasMessageContaining("not a regular file");
        assertThat(Files.readAttributes(Path.of("/dev/null"), java.nio.file.attribute.BasicFileAttributes.class).isOther()).isTrue();
        assertThatThrownBy(() -> OutputFile.of(dir)).isInstanceOf(NewsprintException.BadArgument.class).hasMessageContaining("is a folder");
        Path fifo = dir.resolve("fifo");
        assertThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor()).isZero();
        assertThatThrownBy(() -> OutputFile.of(fifo)).isInstanceOf(NewsprintException.BadArgument.class).hasMessageContaining("not a regular file");
        Path dangling = Files.createSymbolicLink(dir.resolve("dangling"), dir.resolve("none/x.pdf"));
        assertThatThrownBy(() -> OutputFile.of(dangling)).isInstanceOf(NewsprintException.BadArgument.class).hasMessageContaining("link to nothing");
        assertThat(OutputFile.of(Path.of("-")).isStandardOutput()).isTrue();
    }

    @Test
    void refusesAnInputByAnySpelling() throws IOException {
        Path page = Files.writeString(Files.createDirectories(dir.resolve("desk")).resolve("page.yaml"), "page");
        Path hard = Files.createLink(dir.resolve("hard.pdf"), page);
        Path soft = Files.createSymbolicLink(dir.resolve("soft.pdf"), page);
        Map<Path, String> inputs = Map.of(page, "the page file");
        for (Path spelling : List.of(page, dir.resolve("desk/../desk/page.yaml"), hard, soft, page.toAbsolutePath())) {
            assertThatThrownBy(() -> OutputFile.of(spelling).refuseOverwriting(inputs)).as(spelling.toString())
                    .isInstanceOf(NewsprintException.BadArgument.class).hasMessageContaining("the page file").hasMessageContaining(page.toString());
        }
        OutputFile.of(dir.resolve("desk/page.pdf")).refuseOverwriting(inputs); // a new file is no input
        Files.writeString(dir.resolve("other.pdf"), "x");
        OutputFile.of(dir.resolve("other.pdf")).refuseOverwriting(inputs);
        assertThat(Files.readString(page)).isEqualTo("page");
    }

    @Test
    void theNextWriteRemovesTheTemporaryFilesOfDeadWritersOnly() throws Exception {
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        long me = ProcessHandle.current().pid();
        Path dead = Files.writeString(dir.resolve(".page.pdf.newsprint-" + gone.pid() + "-abc.part"), "killed");
        Path live = Files.writeString(dir.resolve(".other.pdf.newsprint-" + me + "-def.part"), "being written");
        Path reused = Files.writeString(dir.resolve(".old.pdf.newsprint-" + me + "-ghi.part"), "a writer long gone; its id reused");
        Files.setLastModifiedTime(reused, FileTime.fromMillis(631_152_000_000L)); // 1990, before this process started
        Path foreign = Files.writeString(dir.resolve(".notes.part"), "not ours");
        Path oldStyle = Files.writeString(dir.resolve(".page.pdf.8127364.part"), "no process id to tell");
        OutputFile.of(dir.resolve("page.pdf")).write("pdf".getBytes(StandardCharsets.UTF_8));
        assertThat(dead).doesNotExist();
        assertThat(reused).doesNotExist();
        assertThat(live).exists();
        assertThat(foreign).exists();
        assertThat(oldStyle).exists();
        assertThat(Files.readString(dir.resolve("page.pdf"))).isEqualTo("pdf");
    }

    @ParameterizedTest
    @ValueSource(strings = {"TERM", "INT"})
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void anInterruptedWriteLeavesNoTemporaryFileAndTheEarlierFileUntouched(String signal) throws Exception {
        Path out = Files.writeString(dir.resolve("page.pdf"), "an earlier good file");
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"), SlowWriter.class.getName(), out.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            assertThat(lines.readLine()).isEqualTo("writing");
            assertThat(names()).as("the temporary file while writing").anyMatch(n -> n.startsWith(".page.pdf.newsprint-" + p.pid() + "-"));
            assertThat(new ProcessBuilder("kill", "-" + signal, Long.toString(p.pid())).start().waitFor()).isZero();
            assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        } finally {
            p.destroyForcibly();
        }
        assertThat(names()).containsExactly("page.pdf");
        assertThat(Files.readString(out)).isEqualTo("an earlier good file");
    }

    /** Writes part of an output, says so on standard output, and waits to be stopped. */
    public static final class SlowWriter {
        public static void main(String[] args) {
            OutputFile.of(Path.of(args[0])).write(out -> {
                out.write("%PDF-1.6 half a page".getBytes(StandardCharsets.UTF_8));
                out.flush();
                System.out.println("writing");
                System.out.flush();
                try {
                    Thread.sleep(60_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
        }
    }

    @Test
    void standardOutputThatTakesNothingIsARenderFailureNotSuccess() {
        // `render -o - > /dev/full` said "wrote the PDF to standard output" and exited 0: System.out keeps write errors to itself
        java.io.PrintStream was = System.out;
        System.setOut(new java.io.PrintStream(new java.io.OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("No space left on device");
            }
        }));
        try {
            assertThatThrownBy(() -> OutputFile.of(Path.of("-")).write(new byte[] {'%', 'P', 'D', 'F'}))
                    .isInstanceOf(NewsprintException.RenderFailure.class).hasMessageContaining("cannot write to standard output");
        } finally {
            System.setOut(was);
        }
    }

    @Test
    void aLongButLegalOutputNameIsWrittenItsTemporaryNameShortenedByBytes() throws IOException {
        // 80 Han characters are 240 bytes: the temporary name beside it (the name and a suffix) was over 255 bytes and the
        // run failed with "File name too long"; an edition folder of 245 letters likewise
        Path pdf = dir.resolve("科".repeat(80) + ".pdf");
        OutputFile.of(pdf).write(new byte[] {'%', 'P', 'D', 'F'});
        assertThat(pdf).hasBinaryContent(new byte[] {'%', 'P', 'D', 'F'});
        Path folder = dir.resolve("e".repeat(245));
        OutputFolder.of(folder).write(Map.of("manifest.json", new byte[] {'{', '}'}));
        OutputFolder.of(folder).write(Map.of("manifest.json", new byte[] {'[', ']'})); // a second run replaces the set
        assertThat(folder.resolve("manifest.json")).hasBinaryContent(new byte[] {'[', ']'});
        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder(pdf.getFileName().toString(),
                    folder.getFileName().toString());
        }
        assertThat(OutputFile.stem("e".repeat(245))).isNotEqualTo(OutputFile.stem("e".repeat(244) + "f"));
    }
}
