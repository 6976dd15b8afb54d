package newsprint.read;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.NodeEvent;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;

/**
 * A YAML or JSON document read as a tree of mappings, lists and text: every scalar is the
 * characters as written ({@code 007}, {@code 0x1F}, {@code 1.50}, {@code yes} stay what they
 * are), and only YAML's plain {@code ~}, {@code null} or nothing, and JSON's {@code null}, are
 * null. Fields that are numbers or dates are parsed from that text by whoever knows the field.
 * The YAML features that make a value differ from what is written where it stands are refused:
 * anchors and aliases, merge keys ({@code <<}), tags ({@code !!str}, {@code !!java…}, any
 * {@code !tag}), and a second document; JSON is read as JSON (RFC 8259), numbers by their
 * text. A key given twice is refused in both. Reading takes time linear in the text
 * ({@link WholeTextReader}).
 */
public final class LiteralTree {
    /** A page file nests five levels; this stops a document of brackets before it costs anything. */
    public static final int MAX_DEPTH = 50;

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private LiteralTree() {
    }

    /** Why a document was refused, and where: its message starts with the line (from 1) when known. */
    public static final class Refused extends Exception {
        private Refused(String message, Throwable cause) {
            super(message, cause);
        }

        static Refused at(Mark mark, String problem) {
            return new Refused(mark == null ? problem : "line " + (mark.getLine() + 1) + ": " + problem, null);
        }
    }

    /** The tree of {@code text}, read as JSON when {@code name} ends in {@code .json} and as YAML otherwise. */
    public static JsonNode read(String name, String text) throws Refused {
        return name.toLowerCase(Locale.ROOT).endsWith(".json") ? json(text) : yaml(text);
    }

    /** The tree of a YAML document; null when it is empty (or only comments). */
    public static JsonNode yaml(String text) throws Refused {
        int[] codePoints = text.codePoints().toArray();
        requirePrintable(codePoints);
        Breaks breaks = new Breaks(codePoints);
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(Integer.MAX_VALUE); // the callers bound the size of what they read
        ParserImpl parser = new ParserImpl(new WholeTextReader(breaks.masked()), options);
        try {
            return breaks.restore(new Builder().build(parser));
        } catch (MarkedYAMLException e) {
            breaks.requireNone(); // the file was YAML only where a line break to YAML stood for one
            Mark m = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            String where = m == null ? "" : " (line " + (m.getLine() + 1) + ", column " + (m.getColumn() + 1) + ")";
            String problem = e.getProblem() != null ? e.getProblem() : e.getContext();
            throw new Refused("not valid YAML or JSON" + where + ": " + firstLine(problem), e);
        } catch (YAMLException e) {
            throw new Refused("not valid YAML or JSON: " + firstLine(e.getMessage()), e);
        }
    }

    /**
     * YAML allows only printable characters in a file (escapes in quotes can still write others),
     * and takes NEL and the line and paragraph separators for line breaks: those are refused too.
     */
    private static void requirePrintable(int[] codePoints) throws Refused {
        int line = 1;
        int column = 1;
        for (int c : codePoints) {
            if (!StreamReader.isPrintable(c)) {
                throw new Refused("line " + line + ", column " + column + ": the control character "
                        + String.format(Locale.ROOT, "U+%04X", c) + " is not allowed in the file", null);
            }
            if (c == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
    }

    /**
     * NEL and the line and paragraph separators in a YAML file. To YAML they break the line: in
     * quotes the break folds into a space the copy never had, unquoted it breaks the file's
     * structure. Pasted into copy, they are characters of the text, as JSON reads them: so they are
     * read as such (each masked by a private-use character the file does not contain while YAML
     * reads it, and put back in the text after), and the page's fields refuse them naming the
     * article and the field. Where one stood outside any text (a comment swallows it, or the file
     * is YAML only with it as a break), the file is refused at its line and column.
     */
    private static final class Breaks {
        private static final int[] BREAKS = {0x85, 0x2028, 0x2029};
        private int[] masked;
        private final int[] masks = new int[BREAKS.length];
        private int count;
        private int firstLine;
        private int firstColumn;
        private int first;

        Breaks(int[] codePoints) {
            masked = codePoints; // copied only when it has a break to mask
            java.util.BitSet used = new java.util.BitSet();
            int line = 1;
            int column = 1;
            for (int i = 0; i < codePoints.length; i++) {
                int c = codePoints[i];
                if (c >= 0xE000 && c <= 0xF8FF) {
                    used.set(c - 0xE000);
                }
                int kind = kind(c);
                if (kind >= 0 && count++ == 0) {
                    first = c;
                    firstLine = line;
                    firstColumn = column;
                }
                if (c == '\n') {
                    line++;
                    column = 1;
                } else {
                    column++;
                }
            }
            if (count == 0) {
                return;
            }
            int next = 0;
            for (int k = 0; k < masks.length; k++) {
                next = used.nextClearBit(next);
                masks[k] = 0xE000 + next++;
            }
            if (masks[masks.length - 1] > 0xF8FF) {
                count = -1; // a file holding every private-use character: refused as before
                return;
            }
            masked = codePoints.clone();
            for (int i = 0; i < masked.length; i++) {
                int kind = kind(masked[i]);
                if (kind >= 0) {
                    masked[i] = masks[kind];
                }
            }
        }

        private static int kind(int c) {
            for (int k = 0; k < BREAKS.length; k++) {
                if (BREAKS[k] == c) {
                    return k;
                }
            }
            return -1;
        }

        int[] masked() {
            return masked;
        }

        /** The tree with the breaks put back in its text; refused unless every one was in some text. */
        JsonNode restore(JsonNode root) throws Refused {
            if (count == 0) {
                return root;
            }
            int[] found = new int[1];
            JsonNode out = restore(root, found);
            if (found[0] != count) {
                requireNone();
            }
            return out;
        }

        private JsonNode restore(JsonNode node, int[] found) {
            if (node == null) {
                return null;
            }
            if (node.isTextual()) {
                return NODES.textNode(unmask(node.textValue(), found));
            }
            if (node.isArray()) {
                ArrayNode a = NODES.arrayNode();
                node.forEach(n -> a.add(restore(n, found)));
                return a;
            }
            if (node.isObject()) {
                ObjectNode o = NODES.objectNode();
                node.fields().forEachRemaining(e -> o.set(unmask(e.getKey(), found), restore(e.getValue(), found)));
                return o;
            }
            return node;
        }

        private String unmask(String s, int[] found) {
            StringBuilder b = null;
            for (int i = 0; i < s.length(); ) {
                int c = s.codePointAt(i);
                int k = -1;
                for (int j = 0; j < masks.length; j++) {
                    if (masks[j] == c) {
                        k = j;
                    }
                }
                if (k >= 0 && b == null) {
                    b = new StringBuilder(s.substring(0, i));
                }
                if (b != null) {
                    b.appendCodePoint(k >= 0 ? BREAKS[k] : c);
                }
                found[0] += k >= 0 ? 1 : 0;
                i += Character.charCount(c);
            }
            return b == null ? s : b.toString();
        }

        /** Refuses the file at its first break, when it has one. */
        void requireNone() throws Refused {
            if (count != 0) {
                throw new Refused("line " + firstLine + ", column " + firstColumn + ": " + String.format(Locale.ROOT, "U+%04X", first)
                        + " (" + Character.getName(first) + ") is a line break to YAML, outside any text here: write the file "
                        + "with plain line feeds (a new paragraph is a new item of body)", null);
            }
        }
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "syntax error";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    /** Builds the tree from the parser's events, one open mapping or list per level. */
    private static final class Builder {
        /** An open mapping or list, with where it stands (for messages) and, in a mapping, the key waiting for its value. */
        private static final class Open {
            final JsonNode node;
            final String path;
            String key;

            Open(JsonNode node, String path) {
                this.node = node;
                this.path = path;
            }
        }

        private final Deque<Open> open = new ArrayDeque<>();
        private JsonNode root;
        private int documents;

        JsonNode build(ParserImpl parser) throws Refused {
            while (true) {
                Event e = parser.getEvent();
                switch (e.getEventId()) {
                    case StreamEnd:
                        return root;
                    case DocumentStart:
                        if (++documents > 1) {
                            throw Refused.at(e.getStartMark(), "a second document (after '---' or '...'): the file must be one document");
                        }
                        break;
                    case Alias:
                        throw Refused.at(e.getStartMark(), here() + "the alias '*" + shown(((AliasEvent) e).getAnchor())
                                + "' is not allowed: write the value out where it is used");
                    case Scalar:
                        scalar((ScalarEvent) e);
                        break;
                    case MappingStart:
                    case SequenceStart:
                        start((CollectionStartEvent) e);
                        break;
                    case MappingEnd:
                    case SequenceEnd:
                        open.pop();
                        break;
                    default: // stream start, document end, comments
                        break;
                }
            }
        }

        private void scalar(ScalarEvent e) throws Refused {
            refuseAnchorAndTag(e, e.getTag(), here());
            Open in = open.peek();
            if (in != null && in.node.isObject() && in.key == null) {
                String key = e.getValue();
                if (e.isPlain() && key.equals("<<")) {
                    throw Refused.at(e.getStartMark(), here() + "a merge key ('<<') is not allowed: write the fields out");
                }
                if (in.node.has(key)) {
                    throw Refused.at(e.getStartMark(), here() + "the key '" + shown(key)
                            + "' is given twice");
                }
                in.key = key;
                return;
            }
            String v = joinWrappedChinese(e, e.getValue());
            boolean isNull = e.isPlain() && (v.isEmpty() || v.equals("~") || v.equals("null") || v.equals("Null") || v.equals("NULL"));
            add(isNull ? NODES.nullNode() : NODES.textNode(v));
        }

        /**
         * YAML folds each line break inside a scalar into a space. Between two Chinese characters
         * (full-width marks and kana too) that space would print where the copy has none: a
         * paragraph wrapped over lines in the file is one run of Chinese, as a browser joins such
         * lines. Those folds are joined without the space; a space written on a line is kept, and
         * so is a fold beside a Latin letter, a digit or a half-width mark, where a space is a space.
         */
        private static String joinWrappedChinese(ScalarEvent e, String value) {
            Mark start = e.getStartMark();
            Mark end = e.getEndMark();
            if (start == null || end == null || start.getLine() == end.getLine() || e.getScalarStyle() == DumperOptions.ScalarStyle.LITERAL
                    || start.getBuffer() == null) {
                return value;
            }
            int[] source = start.getBuffer();
            int from = start.getPointer();
            int to = Math.min(end.getPointer(), source.length);
            StringBuilder joined = new StringBuilder(value.length());
            int at = 0;
            for (int i = from; i < to; i++) {
                if (source[i] != '\n') {
                    continue;
                }
                int before = i - 1;
                while (before >= from && (source[before] == ' ' || source[before] == '\t' || source[before] == '\r')) {
                    before--;
                }
                int after = i + 1;
                while (after < to && (source[after] == ' ' || source[after] == '\t')) {
                    after++;
                }
                if (before < from || after >= to || !wide(source[before]) || !wide(source[after])) {
                    continue;
                }
                // the fold is the first "x y" at or after the last one, x and y the characters either side of the break
                String left = Character.toString(source[before]);
                int k = value.indexOf(left + " " + Character.toString(source[after]), at);
                if (k >= 0) {
                    joined.append(value, at, k + left.length());
                    at = k + left.length() + 1;
                }
            }
            return at == 0 ? value : joined.append(value, at, value.length()).toString();
        }

        /** East Asian wide and full-width: Han, kana, CJK symbols and punctuation (，。、「」), full-width forms. */
        private static boolean wide(int cp) {
            Character.UnicodeScript script = Character.UnicodeScript.of(cp);
            return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                    || script == Character.UnicodeScript.KATAKANA || cp >= 0x3000 && cp <= 0x303F || cp >= 0xFF01 && cp <= 0xFF60
                    || cp >= 0xFFE0 && cp <= 0xFFE6;
        }

        private void start(CollectionStartEvent e) throws Refused {
            refuseAnchorAndTag(e, e.getTag(), here());
            Open in = open.peek();
            if (in != null && in.node.isObject() && in.key == null) {
                throw Refused.at(e.getStartMark(), here() + "a key must be a name, not a list or mapping");
            }
            if (open.size() >= MAX_DEPTH) {
                throw Refused.at(e.getStartMark(), "nested deeper than " + MAX_DEPTH + " levels");
            }
            JsonNode node = e.is(Event.ID.MappingStart) ? NODES.objectNode() : NODES.arrayNode();
            String path = in == null ? "" : childPath(in);
            add(node);
            open.push(new Open(node, path));
        }

        private void add(JsonNode value) {
            Open in = open.peek();
            if (in == null) {
                root = value;
            } else if (in.node.isObject()) {
                ((ObjectNode) in.node).set(in.key, value);
                in.key = null;
            } else {
                ((ArrayNode) in.node).add(value);
            }
        }

        /** {@code articles[2].photos}: where the next value of {@code in} stands, lists counted from 1 as in other messages. */
        private static String childPath(Open in) {
            String child = in.node.isObject() ? shown(in.key) : "[" + (in.node.size() + 1) + "]";
            return in.path.isEmpty() || child.startsWith("[") ? in.path + child : in.path + "." + child;
        }

        /** {@code articles[1].headline: }: where the next event stands, for messages; empty at the top. */
        private String here() {
            Open in = open.peek();
            if (in == null) {
                return "";
            }
            String path = in.node.isObject() && in.key == null ? in.path : childPath(in);
            return path.isEmpty() ? "" : path + ": ";
        }

        private static void refuseAnchorAndTag(NodeEvent e, String tag, String here) throws Refused {
            if (e.getAnchor() != null) {
                throw Refused.at(e.getStartMark(), here + "the anchor '&" + shown(e.getAnchor())
                        + "' is not allowed: write the value out where it is used");
            }
            if (tag != null) {
                String written = tag.startsWith("tag:yaml.org,2002:") ? "!!" + tag.substring("tag:yaml.org,2002:".length()) : tag;
                throw Refused.at(e.getStartMark(), here + "the tag '" + shown(written) + "' is not allowed: values are text as written "
                        + "(put a value that starts with '!' in quotes)");
            }
        }
    }

    /** The tree of a JSON document; null when it is empty. Numbers are text as written ({@code 1.50}, {@code 3.14e5}). */
    public static JsonNode json(String text) throws Refused {
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(MAX_DEPTH)
                        .maxNumberLength(Integer.MAX_VALUE) // kept as text; the callers bound the size
                        .maxStringLength(Integer.MAX_VALUE)
                        .build())
                .build();
        // a byte order mark, as some editors write one, is no part of the document (RFC 8259 allows ignoring it)
        try (JsonParser parser = factory.createParser(text.startsWith("\uFEFF") ? text.substring(1) : text)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                return null;
            }
            JsonNode root = jsonValue(parser, first);
            if (parser.nextToken() != null) {
                throw new Refused("not valid JSON (line " + parser.currentLocation().getLineNr() + ", column "
                        + parser.currentLocation().getColumnNr() + "): more after the end of the document", null);
            }
            return root;
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? ""
                    : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
            String path = e.getProcessor() instanceof JsonParser p ? jsonPath(p.getParsingContext()) : "";
            throw new Refused("not valid JSON" + where + ": " + (path.isEmpty() ? "" : path + ": ")
                    + firstLine(e.getOriginalMessage()), e);
        } catch (IOException e) {
            throw new Refused("not valid JSON: " + firstLine(e.getMessage()), e);
        }
    }

    /** The value starting at {@code token}; nesting is bounded by the parser ({@link #MAX_DEPTH}). */
    private static JsonNode jsonValue(JsonParser parser, JsonToken token) throws IOException, Refused {
        switch (token) {
            case START_OBJECT: {
                ObjectNode o = NODES.objectNode();
                for (JsonToken t = parser.nextToken(); t != JsonToken.END_OBJECT; t = parser.nextToken()) {
                    String key = parser.currentName();
                    if (o.has(key)) {
                        String path = jsonPath(parser.getParsingContext().getParent());
                        throw new Refused("line " + parser.currentLocation().getLineNr() + ": " + (path.isEmpty() ? "" : path + ": ")
                                + "the key '" + shown(key) + "' is given twice", null);
                    }
                    o.set(key, jsonValue(parser, parser.nextToken()));
                }
                return o;
            }
            case START_ARRAY: {
                ArrayNode a = NODES.arrayNode();
                for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
                    a.add(jsonValue(parser, t));
                }
                return a;
            }
            case VALUE_NULL:
                return NODES.nullNode();
            default: // strings, numbers, true and false: as written
                return NODES.textNode(parser.getText());
        }
    }

    /** {@code articles[1].headline}: the parser's place, lists counted from 1 as in other messages. */
    private static String jsonPath(JsonStreamContext context) {
        Deque<JsonStreamContext> chain = new ArrayDeque<>();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            chain.push(c);
        }
        StringBuilder path = new StringBuilder();
        for (JsonStreamContext c : chain) {
            if (c.inArray()) {
                path.append('[').append(Math.max(c.getCurrentIndex(), 0) + 1).append(']');
            } else if (c.getCurrentName() != null) {
                path.append(path.length() == 0 ? "" : ".").append(shown(c.getCurrentName()));
            }
        }
        return path.toString();
    }

    /** A name or value as messages show it: at most 40 characters. */
    static String shown(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }
}
