package newsprint.type;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import newsprint.NewsprintException.MissingResource;
import newsprint.TestFace;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * A paper's own font whose licence forbids what every page does with it (embed a subset of its
 * glyphs) is refused where the font is read, naming the file and the licence flag: not an
 * unexplained render failure, and never a PDF the licence does not allow.
 */
class FontLicenceTest {
    @TempDir
    Path dir;

    /** The test face with its OS/2 fsType set to {@code fsType}. */
    private Path face(int fsType) throws IOException {
        byte[] bytes = TestFace.bytes(TestFace.Weight.REGULAR);
        ByteBuffer b = ByteBuffer.wrap(bytes);
        int tables = b.getShort(4) & 0xffff;
        for (int i = 0; i < tables; i++) {
            int entry = 12 + 16 * i;
            if (new String(bytes, entry, 4, StandardCharsets.US_ASCII).equals("OS/2")) {
                b.putShort(b.getInt(entry + 8) + 8, (short) fsType); // version, xAvgCharWidth, weight, width, then fsType
                return Files.write(dir.resolve("Licensed.ttf"), bytes);
            }
        }
        throw new IllegalStateException("no OS/2 table");
    }

    @ParameterizedTest
    @CsvSource({"2, restricted licence (OS/2 fsType 0x0002)", "512, bitmaps only (OS/2 fsType 0x0200)",
            "256, may not be subset (OS/2 fsType 0x0100)", "258, restricted licence (OS/2 fsType 0x0102)"})
    void aFontWhoseLicenceForbidsEmbeddingASubsetIsRefusedByName(int fsType, String why) throws IOException {
        face(fsType);
        Face face = new FontLibrary().face("serif", "Licensed.ttf", dir, "Licensed", 400);
        assertThatThrownBy(face::font).isInstanceOf(MissingResource.class).hasMessageContaining("font 'Licensed.ttf'")
                .hasMessageContaining(why);
    }

    @ParameterizedTest
    @CsvSource({"0", "4", "8"})
    void installablePrintAndPreviewAndEditableFontsAreEmbedded(int fsType) throws IOException {
        face(fsType);
        Face face = new FontLibrary().face("serif", "Licensed.ttf", dir, "Licensed", 400);
        assertThat(face.font().getName()).isEqualTo(TestFace.Weight.REGULAR.postScriptName());
    }
}
