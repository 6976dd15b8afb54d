package newsprint.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import newsprint.NewsprintException.MissingResource;

/**
 * The font families a layout's stylesheet or template names ({@code font-family}, the
 * {@code font} shorthand, {@code @font-face}), and the rule that each be one of the layout's
 * own. The renderer draws any other family, generic ones such as {@code serif} included, with
 * an unembedded base font that has no Chinese: the page would print {@code #} for every
 * character, so such a stylesheet is refused before anything is drawn.
 */
final class CssFamilies {
    private static final Pattern COMMENT = Pattern.compile("/\\*.*?(\\*/|$)", Pattern.DOTALL);
    private static final Pattern DECLARATION = Pattern.compile("(?i)(?:^|[;{\\s])(font-family|font)\\s*:\\s*([^;{}]*)");
    private static final Set<String> KEYWORDS = Set.of("inherit", "initial", "unset", "revert", "revert-layer");
    /** A font size in a shorthand: a length with its unit (a bare number there is a weight), or a size keyword. */
    private static final Pattern SIZE = Pattern.compile("(?i)([0-9]*\\.?[0-9]+(px|pt|pc|in|cm|mm|q|em|rem|ex|ch|vw|vh|vmin|vmax|%)"
            + "|0|xx-small|x-small|small|medium|large|x-large|xx-large|xxx-large|larger|smaller)(/.*)?");

    private CssFamilies() {
    }

    /** Every family {@code css} names, as written (unquoted); a value with no family to read gives itself. */
    static List<String> named(String css) {
        List<String> families = new ArrayList<>();
        String text = COMMENT.matcher(css).replaceAll(" ");
        Matcher m = DECLARATION.matcher(text);
        while (m.find()) {
            if (m.end() < text.length() && text.charAt(m.end()) == '{') {
                continue; // 'font:first-child {' is a selector, not a declaration
            }
            String value = m.group(2).replaceAll("(?i)!\\s*important", "").strip();
            if (value.isEmpty() || KEYWORDS.contains(value.toLowerCase(Locale.ROOT))) {
                continue;
            }
            families.addAll(m.group(1).equalsIgnoreCase("font") ? shorthandFamilies(value) : list(value));
        }
        return families;
    }

    /** Refuses {@code css} (from {@code file}) when it names a family that is not in {@code layoutFamilies}. */
    static void require(String css, Set<String> layoutFamilies, String file) {
        Set<String> known = layoutFamilies.stream().map(f -> f.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        for (String family : named(css)) {
            if (!known.contains(family.toLowerCase(Locale.ROOT))) {
                String shown = family.length() > 40 ? family.substring(0, 40) + "…" : family;
                throw new MissingResource(file + ": names the font family '" + shown + "', which is not one of the layout's ("
                        + String.join(", ", new TreeSet<>(layoutFamilies)) + "): the renderer would draw it with an unembedded font "
                        + "that has no Chinese", "name only families of layout.yaml's fonts, with no generic family such as serif after them");
            }
        }
    }

    /** The family list at the end of a {@code font} shorthand: what follows the size ({@code bold 12pt/14pt 'A', B}). */
    private static List<String> shorthandFamilies(String value) {
        List<String> tokens = tokens(value);
        for (int i = 0; i < tokens.size(); i++) {
            if (SIZE.matcher(tokens.get(i)).matches()) {
                int from = i + 1;
                while (from < tokens.size() && (tokens.get(from).equals("/") || tokens.get(from - 1).endsWith("/")
                        || tokens.get(from).startsWith("/"))) {
                    from++;
                }
                return list(String.join(" ", tokens.subList(Math.min(from, tokens.size()), tokens.size())));
            }
        }
        return List.of(value); // a system font (caption, menu…) or no size: not a family of the layout
    }

    /** {@code 'A B', C D, "E"} as its families {@code A B}, {@code C D}, {@code E}. */
    private static List<String> list(String value) {
        List<String> families = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        char quote = 0;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else {
                    current.append(c);
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == ',') {
                families.add(current.toString().strip().replaceAll("\\s+", " "));
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        families.add(current.toString().strip().replaceAll("\\s+", " "));
        return families;
    }

    /** Space-separated tokens, quoted strings kept whole with their quotes. */
    private static List<String> tokens(String value) {
        List<String> tokens = new ArrayList<>();
        Matcher m = Pattern.compile("'[^']*'|\"[^\"]*\"|[^\\s'\"]+").matcher(value);
        while (m.find()) {
            tokens.add(m.group());
        }
        return tokens;
    }
}
