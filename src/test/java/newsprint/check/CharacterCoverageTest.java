package newsprint.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.IntStream;
import newsprint.Newsprint;
import newsprint.layout.Role;
import newsprint.type.Styles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every name prints: the bundled layouts draw every character of the 通用规范汉字表 (8,105, its
 * third level the characters of names and places) and every code point of CJK Extensions A and
 * B to F that GB 18030-2022 lists (Unicode 10's repertoire), in every style fallback fonts reach.
 */
class CharacterCoverageTest {
    /** Extension A, U+3400–U+4DBF (6,592 code points as of Unicode 13). */
    static final int EXT_A_FIRST = 0x3400;
    static final int EXT_A_LAST = 0x4DBF;
    /** Extension B as of Unicode 10 and GB 18030-2022: U+20000–U+2A6D6 (42,711 code points). */
    static final int EXT_B_FIRST = 0x20000;
    static final int EXT_B_LAST_GB18030 = 0x2A6D6;
    /** Extensions C to F, contiguous from U+2A700 to U+2EBEF (Java 17 knows them as Unicode 13 has them). */
    static final int EXT_C_FIRST = 0x2A700;
    static final int EXT_F_LAST = 0x2EBEF;
    /** Seven Extension B code points Unicode 13 added (2020), after the rare face was made. */
    static final int EXT_B_LAST_UNICODE_13 = 0x2A6DD;

    static List<String> layouts() {
        return List.of("tabloid", "broadsheet", "tabloid-hant", "broadsheet-hant");
    }

    static String generalStandard() throws IOException {
        try (InputStream in = CharacterCoverageTest.class.getResourceAsStream("/charsets/tongyong-guifan-hanzi-8105.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\n", "");
        }
    }

    @Test
    void theListIsTheWholeTable() throws IOException {
        String table = generalStandard();
        assertThat(table.codePointCount(0, table.length())).isEqualTo(8105);
        assertThat(table.codePoints().distinct().count()).isEqualTo(8105);
        assertThat(table.startsWith("一乙二十丁厂七")).isTrue();
        assertThat(table.substring(table.length() - 2)).isEqualTo("觿蠼"); // the last two of level 3
        assertThat(table.codePoints().filter(cp -> cp > 0xFFFF).count()).as("characters outside the BMP").isEqualTo(196);
    }

    @ParameterizedTest
    @MethodSource("layouts")
    void everyCharacterOfTheGeneralStandardTablePrints(String layout) throws IOException {
        assertAllDrawn(layout, generalStandard());
    }

    @ParameterizedTest
    @MethodSource("layouts")
    void everyCodePointOfExtensionsAAndBPrints(String layout) {
        StringBuilder text = new StringBuilder();
        IntStream.rangeClosed(EXT_A_FIRST, EXT_A_LAST).filter(Character::isDefined).forEach(text::appendCodePoint);
        IntStream.rangeClosed(EXT_B_FIRST, EXT_B_LAST_GB18030).forEach(text::appendCodePoint);
        assertThat(text.codePoints().count()).isEqualTo(6592 + 42711);
        assertAllDrawn(layout, text.toString());
    }

    @ParameterizedTest
    @MethodSource("layouts")
    void everyCodePointOfExtensionsCToFPrints(String layout) {
        StringBuilder text = new StringBuilder();
        IntStream.rangeClosed(EXT_C_FIRST, EXT_F_LAST).filter(Character::isDefined).forEach(text::appendCodePoint);
        assertThat(text.codePoints().count()).isEqualTo(4149 + 222 + 5762 + 7473);
        assertAllDrawn(layout, text.toString());
    }

    @Test
    void theSevenLaterExtensionBCharactersAreNamedAsMissing() {
        StringBuilder text = new StringBuilder("名");
        IntStream.rangeClosed(EXT_B_LAST_GB18030 + 1, EXT_B_LAST_UNICODE_13).forEach(text::appendCodePoint);
        assertThat(missing("tabloid", text.toString())).extracting(GlyphCheck.Missing::codePoint)
                .containsExactlyElementsOf(IntStream.rangeClosed(0x2A6D7, 0x2A6DD).boxed().toList());
    }

    /** No character of {@code text} is missing or blank in any style of {@code layout} that fallback fonts reach. */
    private static void assertAllDrawn(String layout, String text) {
        Styles styles = Newsprint.bundled().layout(layout).styles();
        for (Role role : Role.values()) {
            if (role == Role.FOLIO) {
                continue; // the folio falls back to the chain's faces of its weight only (FallbackFontTest)
            }
            List<GlyphCheck.Missing> undrawn = GlyphCheck.inStyle(text, styles.get(role)).stream()
                    .filter(m -> m.drawnBy() == null || m.blank()).toList();
            assertThat(undrawn).as("characters %s cannot print in layout %s", role, layout).isEmpty();
        }
    }

    private static List<GlyphCheck.Missing> missing(String layout, String text) {
        return GlyphCheck.inStyle(text, Newsprint.bundled().layout(layout).styles().get(Role.BODY)).stream()
                .filter(m -> m.drawnBy() == null).toList();
    }
}
