package newsprint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Several files as one output: all written or none, each by {@link OutputFile}'s rules. */
class OutputSetTest {
    @TempDir
    Path dir;

    private static byte[] text(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private List<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void writesEveryFile() throws IOException {
        Path a = dir.resolve("a.pdf");
        Path b = dir.resolve("a.alto.xml");
        OutputSet.of(List.of(a, b)).write(List.of(text("pdf"), text("alto")));
        assertThat(Files.readString(a)).isEqualTo("pdf");
        assertThat(Files.readString(b)).isEqualTo("alto");
        assertThat(names(dir)).containsExactly("a.alto.xml", "a.pdf");
    }

    @Test
    void aFileThatCannotBeWrittenLeavesEveryTargetAsItWasAndNoTemporaryFile() throws IOException {
        Path a = dir.resolve("a.pdf");
        Path sub = Files.createDirectories(dir.resolve("sub"));
        Path b = sub.resolve("b.xml");
        Files.writeString(a, "earlier");
        OutputSet set = OutputSet.of(List.of(a, b));
        // after the checks, the second target's folder becomes a file: writing there fails
        Files.delete(sub);
        Files.writeString(sub, "not a folder");
        assertThatThrownBy(() -> set.write(List.of(text("new pdf"), text("alto")))).isInstanceOf(NewsprintException.class);
        assertThat(Files.readString(a)).isEqualTo("earlier");
        assertThat(names(dir)).containsExactly("a.pdf", "sub");
    }

    @Test
    void refusesATargetThatIsNotARegularFileOrIsAnInputOrTwice() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("x.alto.xml"));
        assertThatThrownBy(() -> OutputSet.of(List.of(dir.resolve("x.pdf"), folder)))
                .isInstanceOf(NewsprintException.BadArgument.class).hasMessageContaining("is a folder");
        Path input = Files.writeString(dir.resolve("page.yaml"), "page");
        OutputSet set = OutputSet.of(List.of(dir.resolve("x.pdf"), input));
        assertThatThrownBy(() -> set.refuseOverwriting(Map.of(input, "the page file")))
                .isInstanceOf(NewsprintException.BadArgument.class).hasMessageContaining("the page file");
        assertThatThrownBy(() -> OutputSet.of(List.of(dir.resolve("x.pdf"), dir.resolve("sub/../x.pdf"))))
                .isInstanceOf(NewsprintException.BadArgument.class).hasMessageContaining("same file");
        assertThat(Files.readString(input)).isEqualTo("page");
    }
}
