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
 * archive) with the command line, in a process of its own (one for all its renders), and each
 * file must be the bytes this VM makes.
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
        // what this VM makes: each example's print PDF and its archive
        List<String> examples = List.of("seed", "front-page");
        List<List<String>> renders = new ArrayList<>();
        List<byte[]> expected = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (String example : examples) {
            Path page = Path.of("examples", example, "page.yaml");
            byte[] print = newsprint.render(newsprint.compose(newsprint.prepare(page)), PrintFinish.standard());
            // the archive as render --archive makes it: its sidecars, named after the PDF, attached
            byte[] archive = newsprint.archive(newsprint.compose(newsprint.prepare(page)), example + "-archive.pdf").get(0).bytes();
            for (boolean isArchive : new boolean[] {false, true}) {
                String name = example + (isArchive ? "-archive" : "") + ".pdf";
                List<String> render = new ArrayList<>(List.of("render", page.toString(), "-o", "OUT/" + name));
                if (isArchive) {
                    render.add("--archive");
                }
                renders.add(render);
                expected.add(isArchive ? archive : print);
                names.add(name);
            }
        }
        // each other VM makes the same four files with the command line, in one process of its own
        // (a VM started once, not once a file: starting one is most of a render's time)
        for (Path java : vms) {
            Path out = Files.createDirectories(dir.resolve(java.getParent().getParent().getFileName().toString()));
            List<String> cmd = new ArrayList<>(List.of(java.toString(), "-cp", System.getProperty("java.class.path"),
                    "-Dnewsprint.fonts=fonts", "newsprint.cli.RunEach"));
            for (List<String> render : renders) {
                render.forEach(a -> cmd.add(a.startsWith("OUT/") ? out.resolve(a.substring(4)).toString() : a));
                cmd.add("---");
            }
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            String said = new String(p.getInputStream().readAllBytes());
            assertThat(p.waitFor()).as(java + ": " + said).isZero();
            for (int i = 0; i < names.size(); i++) {
                assertThat(Files.readAllBytes(out.resolve(names.get(i)))).as("%s made by %s", names.get(i), java)
                        .isEqualTo(expected.get(i));
            }
        }
    }
}
