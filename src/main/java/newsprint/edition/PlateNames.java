package newsprint.edition;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import newsprint.model.Edition;

/**
 * The file names of an edition's plates, by a pattern the plant sets: {@code {code}} (the
 * edition's code), {@code {date:yyyyMMdd}} (the date in any {@link DateTimeFormatter} pattern of
 * digits), {@code {page}} or {@code {page:02}} (the page number, zero-padded to that width). The
 * default, {@value #DEFAULT}, gives {@code KJB_20240725_01.pdf}. A pattern must name the page (the
 * plates must differ) and give a plain file name ending in {@code .pdf}; else the constructor
 * throws {@link IllegalArgumentException}, which the command reports as a usage error.
 */
public final class PlateNames {
    static final String DEFAULT = "{code}_{date:yyyyMMdd}_{page:02}.pdf";
    private static final Pattern FIELD = Pattern.compile("\\{(code|date|page)(?::([^}]*))?}");
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9._-]+");

    private final String pattern;

    PlateNames(String pattern) {
        this.pattern = pattern;
        Matcher m = FIELD.matcher(pattern);
        boolean page = false;
        StringBuilder rest = new StringBuilder();
        int at = 0;
        while (m.find()) {
            rest.append(pattern, at, m.start());
            at = m.end();
            page |= m.group(1).equals("page");
            if (m.group(1).equals("page") && m.group(2) != null && !m.group(2).matches("0?[1-9]")) {
                throw usage("'{page:" + m.group(2) + "}' must give a width like {page:02}");
            }
            if (m.group(1).equals("date") && m.group(2) != null && !m.group(2).matches("[yMd]+")) {
                throw usage("'{date:" + m.group(2) + "}' may use only y, M and d (like {date:yyyyMMdd})");
            }
            if (m.group(1).equals("code") && m.group(2) != null) {
                throw usage("'{code}' takes no format");
            }
        }
        rest.append(pattern.substring(at));
        if (!page) {
            throw usage("it must name the page ({page} or {page:02}), or the plates would overwrite each other");
        }
        if (!rest.isEmpty() && !PLAIN.matcher(rest).matches() || !pattern.toLowerCase(Locale.ROOT).endsWith(".pdf")) {
            throw usage("it must give a plain file name (letters, digits, '.', '_' and '-' around the fields) ending in .pdf");
        }
    }

    private IllegalArgumentException usage(String why) {
        return new IllegalArgumentException("--name '" + pattern + "': " + why + " (the default is " + DEFAULT + ")");
    }

    /** The plate's file name for page {@code page} of {@code edition}. */
    public String of(Edition edition, int page) {
        Matcher m = FIELD.matcher(pattern);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String value = switch (m.group(1)) {
                case "code" -> edition.code() == null ? "newsprint" : edition.code();
                case "date" -> edition.date().format(DateTimeFormatter.ofPattern(m.group(2) == null ? "yyyyMMdd" : m.group(2), Locale.ROOT));
                default -> m.group(2) == null ? Integer.toString(page)
                        : String.format(Locale.ROOT, "%0" + Integer.parseInt(m.group(2)) + "d", page);
            };
            m.appendReplacement(sb, Matcher.quoteReplacement(value));
        }
        m.appendTail(sb);
        return sb.toString();
    }
}
