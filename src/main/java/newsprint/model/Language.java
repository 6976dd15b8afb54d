package newsprint.model;

import java.util.Arrays;
import java.util.Optional;

/**
 * The language a page is written in, as a BCP 47 tag: Chinese in Simplified characters (the
 * mainland, Singapore) or in Traditional ones (Hong Kong, Macau, Taiwan, many overseas papers).
 * The script decides the fonts (a layout is made for one script) and which characters the
 * preflight finds out of place; the whole tag is the PDF's language.
 */
public enum Language {
    ZH_HANS("zh-Hans"),
    ZH_HANS_CN("zh-Hans-CN"),
    ZH_HANS_SG("zh-Hans-SG"),
    ZH_HANT("zh-Hant"),
    ZH_HANT_HK("zh-Hant-HK"),
    ZH_HANT_MO("zh-Hant-MO"),
    ZH_HANT_TW("zh-Hant-TW");

    /** What a page without {@code lang} is written in. */
    public static final Language DEFAULT = ZH_HANS;

    private final String tag;

    Language(String tag) {
        this.tag = tag;
    }

    /** The BCP 47 tag, as written in a page file and in the PDF: {@code zh-Hant-HK}. */
    public String tag() {
        return tag;
    }

    /** True for Traditional characters (zh-Hant and its regions). */
    public boolean traditional() {
        return tag.startsWith("zh-Hant");
    }

    /** The script alone, the language a layout's fonts are made for: {@link #ZH_HANS} or {@link #ZH_HANT}. */
    public Language script() {
        return traditional() ? ZH_HANT : ZH_HANS;
    }

    /** The language tagged {@code tag}, spelled exactly as listed (BCP 47's canonical case). */
    public static Optional<Language> of(String tag) {
        return Arrays.stream(values()).filter(l -> l.tag.equals(tag)).findFirst();
    }

    /** The language whose tag differs from {@code tag} only in case or in {@code _} for {@code -}: for a hint. */
    public static Optional<Language> near(String tag) {
        String t = tag.strip().replace('_', '-');
        return Arrays.stream(values()).filter(l -> l.tag.equalsIgnoreCase(t)).findFirst();
    }

    /** Every tag, for messages: {@code zh-Hans, zh-Hans-CN, …}. */
    public static String tags() {
        return String.join(", ", Arrays.stream(values()).map(Language::tag).toList());
    }

    @Override
    public String toString() {
        return tag;
    }
}
