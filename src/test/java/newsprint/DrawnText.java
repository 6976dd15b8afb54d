package newsprint;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/** The text of a PDF and, per character, the font it is drawn in; reading it asserts every character's font is embedded. */
public record DrawnText(String text, Map<String, String> fontOf) {
    public static DrawnText of(byte[] pdf) throws IOException {
        Map<String, String> fontOf = new HashMap<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) throws IOException {
                    for (TextPosition p : positions) {
                        fontOf.putIfAbsent(p.getUnicode(), p.getFont().getName());
                        assertThat(p.getFont().isEmbedded()).as(p.getUnicode()).isTrue();
                    }
                    super.writeString(text, positions);
                }
            };
            return new DrawnText(stripper.getText(doc), fontOf);
        }
    }
}
