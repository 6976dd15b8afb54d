package newsprint.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import newsprint.Newsprint;
import newsprint.finish.PrintFinish;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher runs newsprint on the newest Java VM installed, so a PDF must come out the same
 * whichever VM made it: every other VM under /usr/lib/jvm renders the examples (print and
 * archive) in a process of its own, and each file must be the bytes this VM makes.
 */
class JavaVersionBytesTest {
    @TempDir
    Path dir;

    /** The java commands of the VMs installed beside this one (their release differs from the running VM's). */
    private static List<Path> otherVms() throws IOException {
        List<Path> vms = new ArrayList<>();
        Path jvms = Path.of("/usr/lib/jvm");
        if (!Files.isDirectory(jvms)) {
            return vms;
        }
        Path self = Path.of(System.getProperty("java.home")).toRealPath();
        try (Stream<Path> homes = Files.list(jvms)) {
            for (Path home : homes.sorted().toList()) {
                Path java = home.resolve("bin/java");
                if (Files.isExecutable(java) && !home.toRealPath().equals(self) && Files.isRegularFile(home.resolve("release"))
                        && vms.stream().noneMatch(v -> sameHome(v, java))) {
                    vms.add(java);
                }
            }
        }
        return vms;
    }

    private static boolean sameHome(Path a, Path b) {
        try {
            return a.toRealPath().equals(b.toRealPath());
        } catch (IOException e) {
            return false;
        }
    }

    @Test
    void everyInstalledJavaMakesTheSameBytes() throws Exception {
        List<Path> vms = otherVms();
        assumeFalse(vms.isEmpty(), "no other Java VM is installed under /usr/lib/jvm");
        Newsprint newsprint = Newsprint.bundled();
        for (String example : List.of("seed", "front-page")) {
            Path page = Path.of("examples", example, "page.yaml");
            byte[] print = newsprint.render(newsprint.compose(newsprint.prepare(page)), PrintFinish.standard());
            // the archive as render --archive makes it: its sidecars, named after the PDF, attached
            byte[] archive = newsprint.archive(newsprint.compose(newsprint.prepare(page)), example + "-archive.pdf").get(0).bytes();
            for (Path java : vms) {
                for (boolean isArchive : new boolean[] {false, true}) {
                    Path out = dir.resolve(example + (isArchive ? "-archive" : "") + ".pdf");
                    List<String> cmd = new ArrayList<>(List.of(java.toString(), "-cp", System.getProperty("java.class.path"),
                            "-Dnewsprint.fonts=fonts", "newsprint.cli.Main", "render", page.toString(), "-o", out.toString()));
                    if (isArchive) {
                        cmd.add("--archive");
                    }
                    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
                    String said = new String(p.getInputStream().readAllBytes());
                    assertThat(p.waitFor()).as(java + ": " + said).isZero();
                    assertThat(Files.readAllBytes(out)).as("%s %s made by %s", example, isArchive ? "archive" : "print", java)
                            .isEqualTo(isArchive ? archive : print);
                }
            }
        }
    }
}
