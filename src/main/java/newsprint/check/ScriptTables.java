package newsprint.check;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which characters exist in one script only, from OpenCC's character tables (Open Chinese
 * Convert, Apache-2.0, the data every major converter uses), as the Maven artifact
 * {@code com.github.houbb:opencc4j} ships them: {@code STCharacters.txt} maps each Simplified
 * character to its Traditional forms, {@code TSCharacters.txt} each Traditional one to its
 * Simplified forms. A character is Simplified-only when the first table converts it and none of
 * its forms is itself (发 → 發 髮), so 后 (→ 後 后) and 面 (→ 面 麪), good in both scripts,
 * are not; likewise Traditional-only (國 → 国, but not 乾 → 乾 干). Read once per process.
 */
final class ScriptTables {
    static final String SIMPLIFIED_TO_TRADITIONAL = "/data/dictionary/STCharacters.txt";
    static final String TRADITIONAL_TO_SIMPLIFIED = "/data/dictionary/TSCharacters.txt";

    private final Map<Integer, List<String>> simplifiedOnly;
    private final Map<Integer, List<String>> traditionalOnly;

    private ScriptTables() {
        simplifiedOnly = oneScriptOnly(SIMPLIFIED_TO_TRADITIONAL);
        traditionalOnly = oneScriptOnly(TRADITIONAL_TO_SIMPLIFIED);
    }

    /** The tables, read on first use. */
    static ScriptTables get() {
        return Holder.TABLES;
    }

    private static final class Holder {
        static final ScriptTables TABLES = new ScriptTables();
    }

    /** The Traditional forms of {@code codePoint} when it is a Simplified-only character. */
    Optional<List<String>> traditionalFormsOfSimplifiedOnly(int codePoint) {
        return Optional.ofNullable(simplifiedOnly.get(codePoint));
    }

    /** The Simplified forms of {@code codePoint} when it is a Traditional-only character. */
    Optional<List<String>> simplifiedFormsOfTraditionalOnly(int codePoint) {
        return Optional.ofNullable(traditionalOnly.get(codePoint));
    }

    int simplifiedOnlyCount() {
        return simplifiedOnly.size();
    }

    int traditionalOnlyCount() {
        return traditionalOnly.size();
    }

    /** Lines of {@code 字<TAB>形 形…}: the characters none of whose forms is the character itself. */
    private static Map<Integer, List<String>> oneScriptOnly(String resource) {
        Map<Integer, List<String>> out = new HashMap<>();
        try (InputStream in = ScriptTables.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("OpenCC table " + resource + " is not on the class path (opencc4j missing)");
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                int tab = line.indexOf('\t');
                if (line.startsWith("#") || tab < 0) {
                    continue;
                }
                String from = line.substring(0, tab).strip();
                List<String> forms = List.of(line.substring(tab + 1).strip().split("\\s+"));
                if (from.codePointCount(0, from.length()) == 1 && !forms.contains(from)) {
                    out.put(from.codePointAt(0), forms);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read OpenCC table " + resource, e);
        }
        return Map.copyOf(out);
    }
}
