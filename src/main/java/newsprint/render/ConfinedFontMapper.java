package newsprint.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.fontbox.FontBoxFont;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.font.CIDFontMapping;
import org.apache.pdfbox.pdmodel.font.PDCIDSystemInfo;
import org.apache.pdfbox.pdmodel.font.FontMapper;
import org.apache.pdfbox.pdmodel.font.FontMapping;
import org.apache.pdfbox.pdmodel.font.FontMappers;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;

/**
 * The font PDFBox takes for a font a PDF names without embedding it: always the Liberation Sans
 * that PDFBox carries in its own jar, read once. PDFBox's own mapper looks for a like font among
 * the system's fonts: the first time on a machine it parses every one of them and writes a cache
 * file into the user's home ({@code ~/.pdfbox.cache}; a cold render took 7.0 s instead of 1.9 s
 * on a machine with 147 fonts), and after that it reads that cache and the fonts it names. Every
 * render asks it: OpenHTMLtoPDF sets up the fourteen standard PDF fonts for an untagged document
 * whether or not the page uses them (newsprint's pages never do: every face is embedded). With
 * this mapper newsprint reads no font outside its {@code fonts/} and its own jars, and the result
 * cannot depend on what a machine has installed. A PDF that is drawn (an ad, for the ink
 * measure) has its fonts embedded, which {@code check} requires.
 */
public final class ConfinedFontMapper implements FontMapper {
    /** The stand-in, inside PDFBox's jar. */
    static final String RESOURCE = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

    private static final ConfinedFontMapper INSTANCE = new ConfinedFontMapper();

    private volatile TrueTypeFont font;

    private ConfinedFontMapper() {
    }

    /** Makes this PDFBox's font mapper for the process; newsprint's renderer does it before its first page. */
    public static void install() {
        FontMappers.set(INSTANCE);
    }

    /** The stand-in font, parsed on first use. */
    TrueTypeFont font() {
        TrueTypeFont f = font;
        if (f == null) {
            synchronized (this) {
                f = font;
                if (f == null) {
                    try (InputStream in = FontMapper.class.getResourceAsStream(RESOURCE)) {
                        if (in == null) {
                            throw new IllegalStateException("PDFBox's jar has no " + RESOURCE);
                        }
                        f = new TTFParser().parse(new RandomAccessReadBuffer(in));
                    } catch (IOException e) {
                        throw new UncheckedIOException("cannot read PDFBox's " + RESOURCE, e);
                    }
                    font = f;
                }
            }
        }
        return f;
    }

    @Override
    public FontMapping<TrueTypeFont> getTrueTypeFont(String baseFont, PDFontDescriptor fontDescriptor) {
        return new FontMapping<>(font(), true);
    }

    @Override
    public FontMapping<FontBoxFont> getFontBoxFont(String baseFont, PDFontDescriptor fontDescriptor) {
        return new FontMapping<>(font(), true);
    }

    @Override
    public CIDFontMapping getCIDFont(String baseFont, PDFontDescriptor fontDescriptor, PDCIDSystemInfo cidSystemInfo) {
        return new CIDFontMapping(null, font(), true);
    }
}
