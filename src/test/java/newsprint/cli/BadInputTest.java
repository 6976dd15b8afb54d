package newsprint.cli;

import static newsprint.cli.BadPages.GOOD;
import static newsprint.cli.BadPages.edit;
import static newsprint.cli.BadPages.page;
import static newsprint.cli.BadPages.photo;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The bad-input corpus: page files as they arrive from many hands, broken in every way we know.
 * Each gets its documented exit code and one {@code error:} line naming the file, the article
 * and the field, with no stack trace and no PDF (or part of one) left behind; none of them may
 * take the JVM down.
 */
class BadInputTest {
    @TempDir
    Path dir;

    /** Makes the bad page in the test's folder and returns the path to give the command. */
    interface Setup {
        Path make(Path dir) throws IOException;
    }

    /** The command line for a case: the test's folder, the page {@link Setup} made, and the output to write. */
    interface Args {
        List<String> of(Path dir, Path page, Path out) throws IOException;
    }

    /** {@code render PAGE -o OUT}, the usual command. */
    private static final Args RENDER = (dir, page, out) -> List.of("render", page.toString(), "-o", out.toString());

    /**
     * A case; {@code ownOutput} when its command line chooses its own output (a device, an
     * input), so the output folder's "earlier good file" run does not apply.
     */
    record Case(String name, Setup setup, int exit, List<String> mentions, Args args, boolean ownOutput) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static Case bad(String name, int exit, Setup setup, String... mentions) {
        return new Case(name, setup, exit, List.of(mentions), RENDER, false);
    }

    /** A case with its own command line; it still writes into the output folder when it names {@code out}. */
    private static Case badRun(String name, int exit, Setup setup, Args args, String... mentions) {
        return new Case(name, setup, exit, List.of(mentions), args, false);
    }

    /** A case whose command line writes somewhere else than the output folder. */
    private static Case badOutput(String name, int exit, Setup setup, Args args, String... mentions) {
        return new Case(name, setup, exit, List.of(mentions), args, true);
    }

    /** {@code render PAGE -o OUTPUT --layouts DIR/layouts}. */
    private static Args withLayouts() {
        return (dir, page, out) -> List.of("render", page.toString(), "-o", out.toString(), "--layouts", dir.resolve("layouts").toString());
    }

    static Stream<Case> corpus() {
        return Stream.concat(original(), hardening());
    }

    /** Values that YAML or JSON would print changed, YAML features, limits, layouts, outputs and options. */
    static Stream<Case> hardening() {
        int badInput = ExitCodes.BAD_INPUT;
        int layout = ExitCodes.MISSING_RESOURCE;
        int usage = ExitCodes.USAGE;
        String head = "    headline: 广东省科协召开党组会议";
        return Stream.of(
                // values read as written, typed fields parsed strictly
                bad("yaml: a hexadecimal page number", badInput, d -> edit(d, "number: 3", "number: 0x1F"), "page.yaml", "page.number", "'0x1F'"),
                bad("yaml: a page number with an exponent", badInput, d -> edit(d, "number: 3", "number: 3e0"), "page.yaml", "page.number", "'3e0'"),
                bad("yaml: a year after 9999", badInput, d -> edit(d, "2024-07-25", "10000-07-25"), "page.yaml", "edition.date", "'10000-07-25'"),
                bad("yaml: the year 0", badInput, d -> edit(d, "2024-07-25", "0000-07-25"), "page.yaml", "edition.date"),
                bad("yaml: a negative year", badInput, d -> edit(d, "2024-07-25", "-2024-07-25"), "page.yaml", "edition.date"),
                bad("yaml: a focus of .nan", badInput, d -> edit(d, "credit: 胡漫雨 摄}", "credit: 胡漫雨 摄, focus: {x: .nan, y: 0.5}}"),
                        "page.yaml", "article 'lead'", "photos[1].focus.x", "'.nan'"),
                bad("yaml: a priority in hexadecimal", badInput, d -> edit(d, head, head + "\n    priority: 0x1"),
                        "page.yaml", "article 'lead'", "priority", "'0x1'"),
                // characters that print as nothing: refused where they are read, naming the field and the character
                bad("text: a zero-width space in a paragraph", badInput, d -> edit(d, "专题学习全会精神。", "专题学习\u200B全会精神。"),
                        "page.yaml", "article 'lead'", "body[1]", "U+200B (ZERO WIDTH SPACE) at character 25"),
                bad("text: a right-to-left override in the headline", badInput, d -> edit(d, head, "    headline: \"广东省\\u202E科协会议\""),
                        "page.yaml", "article 'lead'", "headline", "U+202E", "reorder"),
                bad("text: a byte-order mark in a caption", badInput, d -> edit(d, "caption: 会议现场", "caption: \"\\uFEFF会议现场\""),
                        "page.yaml", "article 'lead'", "photos[1].caption", "U+FEFF"),
                bad("text: a soft hyphen in the headline", badInput, d -> edit(d, head, "    headline: \"Inter\\u00ADnational科协\""),
                        "page.yaml", "article 'lead'", "headline", "U+00AD (SOFT HYPHEN)"),
                bad("text: a C1 control (NEL) in the headline", badInput, d -> edit(d, head, "    headline: \"广东\\x85科协\""),
                        "page.yaml", "article 'lead'", "headline", "the control character U+0085"),
                bad("text: half a surrogate pair in the headline", badInput, d -> edit(d, head, "    headline: \"广东\\uD800科协\""),
                        "page.yaml", "article 'lead'", "headline", "U+D800", "surrogate"),
                // a line separator pasted into YAML: quoted, YAML folded it into a space and the page printed one (exit 0)
                bad("text: a line separator in a quoted paragraph", badInput, d -> edit(d, "- 7月24日上午，广东省科协召开党组会议，专题学习全会精神。",
                        "- \"7月24日上午，广东省科协召开党组会议，专题学习\u2028全会精神。\""),
                        "page.yaml", "article 'lead'", "body[1]", "U+2028 (LINE SEPARATOR) at character 25", "prints as a space"),
                bad("text: a paragraph separator in a plain paragraph", badInput, d -> edit(d, "- 7月24日上午，广东省科协召开党组会议，专题学习全会精神。",
                        "- 7月24日上午，广东省科协召开党组会议，专题学习\u2029全会精神。"),
                        "page.yaml", "article 'lead'", "body[1]", "U+2029 (PARAGRAPH SEPARATOR) at character 25"),
                // where YAML took it for a line break outside any text, the file itself is refused where it stands
                bad("yaml: a line separator ending a comment", badInput, d -> edit(d, "- 7月24日上午，广东省科协召开党组会议，专题学习全会精神。",
                        "- 7月24日上午，广东省科协召开党组会议，专题学习全会精神。 # 待核\u2028"),
                        "page.yaml", "line ", "U+2028 (LINE SEPARATOR) is a line break to YAML, outside any text"),
                bad("json: a line separator in a paragraph", badInput, d -> page(d, "page.json", """
                        {"edition": {"paper": "科技报", "date": "2024-07-25"}, "page": {"number": 3, "section": "要闻"},
                         "articles": [{"id": "a", "headline": "标题", "body": ["正文\u2028内容。"]}]}"""),
                        "page.json", "article 'a'", "body[1]", "U+2028 (LINE SEPARATOR) at character 3", "prints as a space"),
                // an editor that adds a byte-order mark to a file that has one: the first field looked right and was "unknown"
                bad("yaml: a second byte-order mark at the start", badInput, d -> page(d, "page.yaml", "\uFEFF\uFEFF" + BadPages.GOOD),
                        "page.yaml", "unknown field", "which contains the invisible formatting character U+FEFF (ZERO WIDTH NO-BREAK SPACE) at character 1"),
                bad("text: a noncharacter in the section", badInput, d -> edit(d, "section: 科协动态", "section: \"科协\\uFFFE动态\""),
                        "page.yaml", "page.section", "U+FFFE", "noncharacter"),
                bad("json: a zero-width joiner in a headline", badInput, d -> page(d, "page.json", """
                        {"edition": {"paper": "科技报", "date": "2024-07-25"}, "page": {"number": 3, "section": "要闻"},
                         "articles": [{"id": "a", "headline": "标\\u200D题", "body": ["正文。"]}]}"""), "page.json", "article 'a'", "headline", "U+200D (ZERO WIDTH JOINER)"),
                bad("json: a headline with leading zeros", badInput, d -> page(d, "page.json", """
                        {"edition": {"paper": "科技报", "date": "2024-07-25"}, "page": {"number": 3, "section": "要闻"},
                         "articles": [{"id": "a", "headline": 007, "body": ["正文。"]}]}"""), "page.json", "line 2", "articles[1].headline"),
                bad("json: a key given twice", badInput, d -> page(d, "page.json", """
                        {"edition": {"paper": "科技报", "date": "2024-07-25"}, "page": {"number": 3, "section": "要闻", "number": 4},
                         "articles": [{"id": "a", "headline": "标题", "body": ["正文。"]}]}"""), "page.json", "line 1", "page", "'number' is given twice"),
                // YAML features that make a value differ from what is written where it stands
                bad("yaml: an anchor and an alias", badInput, d -> edit(d, head, "    kicker: &k 引题\n" + head + "\n    subheadline: *k"),
                        "page.yaml", "line 5", "articles[1].kicker", "anchor '&k'"),
                bad("yaml: a merge key", badInput, d -> edit(d, head, head + "\n    place: {<<: {column: 1}, row: 1}"),
                        "page.yaml", "line 6", "articles[1].place", "merge key"),
                bad("yaml: a !!str tag", badInput, d -> edit(d, head, "    kicker: !!str 007\n" + head), "page.yaml", "line 5", "tag '!!str'"),
                bad("yaml: a local tag", badInput, d -> edit(d, head, "    kicker: !note 引题\n" + head), "page.yaml", "line 5", "tag '!note'"),
                bad("yaml: a second document", badInput, d -> page(d, "page.yaml", GOOD + "---\n" + GOOD), "page.yaml", "line " + (GOOD.lines().count() + 1), "second document"),
                // limits
                bad("101 articles", badInput, d -> BadPages.moreArticles(d, 100, "body: [正文。]"), "page.yaml", "articles has 101 articles",
                        "at most 100"),
                bad("21 photos in an article", badInput, d -> edit(d, "    photos:\n", "    photos:\n" + "      - {file: photos/meeting.jpg}\n".repeat(20)),
                        "page.yaml", "article 'lead'", "photos has 21 photos", "at most 20"),
                bad("61 photos on a page", badInput, d -> BadPages.moreArticles(d, 3, "body: [正文。]\nphotos:\n" + "  - {file: photos/meeting.jpg}\n".repeat(20)),
                        "page.yaml", "article 'more3'", "61 photos", "at most 60"),
                bad("1001 paragraphs in an article", badInput, d -> edit(d, "    body:\n", "    body:\n" + "      - 段。\n".repeat(1000)),
                        "page.yaml", "article 'lead'", "body has 1002", "at most 1000"),
                bad("5001 paragraphs on a page", badInput, d -> BadPages.moreArticles(d, 5, "body:\n" + "  - 段。\n".repeat(1000)),
                        "page.yaml", "article 'more5'", "body brings the page to 5002", "at most 5000"),
                bad("a 501-character headline", badInput, d -> edit(d, "headline: 广东省科协召开党组会议", "headline: " + "标".repeat(501)),
                        "page.yaml", "article 'lead'", "headline has 501 characters", "at most 500"),
                bad("a 200,001-character paragraph", badInput, d -> BadPages.longRun(d, 200_001),
                        "page.yaml", "article 'lead'", "body[1] has 200,001 characters", "at most 200,000"),
                bad("an 8 MB run of characters", badInput, d -> BadPages.longRun(d, 8_000_000),
                        "page.yaml", "article 'lead'", "body[1] has 8,000,000 characters"),
                badOutput("/dev/zero as the page file", badInput, d -> Path.of("/dev/zero"),
                        (dir, page, out) -> List.of("render", "/dev/zero", "-o", out.toString()), "/dev/zero", "larger than 8 MB"),
                // the other kind of file: an edition file given to render, a page file given to edition
                bad("an edition file given to render", badInput, d -> {
                    BadPages.good(d);
                    return Files.writeString(d.resolve("edition.yaml"), "edition: {paper: 科技报, date: 2024-07-25}\npages:\n  - page.yaml\n");
                }, "edition.yaml", "is an edition file", "not a page file"),
                badRun("a page file given to edition", badInput, BadPages::good,
                        (dir, page, out) -> List.of("edition", page.toString(), "-o", out.resolveSibling("set").toString()),
                        "page.yaml", "is a page file", "not an edition file"),
                // layouts (from a --layouts folder)
                badRun("layout: an empty layout.yaml", layout, d -> {
                    BadPages.layouts(d, "name: tabloid", "name: tabloid");
                    Files.writeString(d.resolve("layouts/tabloid/layout.yaml"), "");
                    return BadPages.good(d);
                }, withLayouts(), "layouts/tabloid/layout.yaml", "empty"),
                badRun("layout: a body size of .nan", layout, d -> {
                    BadPages.layouts(d, "body: {font: serif, sizePt: 9,", "body: {font: serif, sizePt: .nan,");
                    return BadPages.good(d);
                }, withLayouts(), "layouts/tabloid/layout.yaml", "styles.body.sizePt", "'.nan'"),
                badRun("layout: a leading below the size", layout, d -> {
                    BadPages.layouts(d, "headline1: {font: sans-bold, sizePt: 28, leadingPt: 36}", "headline1: {font: sans-bold, sizePt: 28, leadingPt: 20}");
                    return BadPages.good(d);
                }, withLayouts(), "layouts/tabloid/layout.yaml", "styles.headline1.leadingPt", "smaller than the size"),
                badRun("layout: a grid wider than the trim", layout, d -> {
                    BadPages.layouts(d, "columns: 6,", "columns: 12,");
                    return BadPages.good(d);
                }, withLayouts(), "layouts/tabloid/layout.yaml", "grid does not fit the trim"),
                badRun("layout: a weight of 450", layout, d -> {
                    BadPages.layouts(d, "family: Newsprint Serif, weight: 400", "family: Newsprint Serif, weight: 450");
                    return BadPages.good(d);
                }, withLayouts(), "layouts/tabloid/layout.yaml", "fonts.serif.weight", "450"),
                badRun("layout: a quote in a family name", layout, d -> {
                    BadPages.layouts(d, "family: Newsprint Serif, weight: 400", "family: \"Serif'; } * { color: red\", weight: 400");
                    return BadPages.good(d);
                }, withLayouts(), "layouts/tabloid/layout.yaml", "fonts.serif.family", "not a plain family name"),
                badRun("layout: a font file with a folder", layout, d -> {
                    BadPages.layouts(d, "file: NotoSerifSC-Regular.ttf", "file: ../../fonts/NotoSerifSC-Regular.ttf");
                    return BadPages.good(d);
                }, withLayouts(), "layouts/tabloid/layout.yaml", "fonts.serif.file"),
                badRun("layout: an unknown style", layout, d -> {
                    BadPages.layouts(d, "styles:\n", "styles:\n  bodytext: {font: serif, sizePt: 9, leadingPt: 14}\n");
                    return BadPages.good(d);
                }, withLayouts(), "layouts/tabloid/layout.yaml", "styles.bodytext", "unknown field"),
                badRun("layout: page.css names serif", layout, d -> {
                    Path layouts = BadPages.layouts(d, "name: tabloid", "name: tabloid");
                    Files.writeString(layouts.resolve("shared/page.css"), ".headline { font-family: 'Newsprint Sans', serif; }");
                    return BadPages.good(d);
                }, withLayouts(), "layouts/shared/page.css", "'serif'"),
                badRun("layout: a 100 MB page.html", layout, d -> {
                    Path layouts = BadPages.layouts(d, "name: tabloid", "name: tabloid");
                    try (java.io.RandomAccessFile f = new java.io.RandomAccessFile(layouts.resolve("tabloid/page.html").toFile(), "rw")) {
                        f.setLength(100L * 1024 * 1024);
                    }
                    return BadPages.good(d);
                }, withLayouts(), "layouts/tabloid/page.html", "larger than 1 MB"),
                // outputs: never a file the run reads, never anything but a regular file
                badOutput("-o the page file", usage, d -> BadPages.good(d),
                        (dir, page, out) -> List.of("render", page.toString(), "-o", page.toString()), "page.yaml", "the page file"),
                badOutput("-o the page file spelt with ..", usage, d -> BadPages.good(d),
                        (dir, page, out) -> List.of("render", page.toString(), "-o", dir.resolve("photos/../page.yaml").toString()),
                        "photos/../page.yaml", "the page file"),
                badOutput("-o a link to the page file", usage, d -> {
                    Path page = BadPages.good(d);
                    Files.createSymbolicLink(d.resolve("link.pdf"), page);
                    return page;
                }, (dir, page, out) -> List.of("render", page.toString(), "-o", dir.resolve("link.pdf").toString()), "link.pdf", "the page file"),
                badOutput("-o a hard link to the page file", usage, d -> {
                    Path page = BadPages.good(d);
                    Files.createLink(d.resolve("hard.pdf"), page);
                    return page;
                }, (dir, page, out) -> List.of("render", page.toString(), "-o", dir.resolve("hard.pdf").toString()), "hard.pdf", "the page file"),
                badOutput("-o the photo", usage, d -> BadPages.good(d),
                        (dir, page, out) -> List.of("render", page.toString(), "-o", dir.resolve("photos/meeting.jpg").toString()),
                        "meeting.jpg", "a photo of article 'lead'"),
                badOutput("-o the layout's layout.yaml", usage, d -> {
                    BadPages.layouts(d, "name: tabloid", "name: tabloid");
                    return BadPages.good(d);
                }, (dir, page, out) -> List.of("render", page.toString(), "-o", dir.resolve("layouts/tabloid/layout.yaml").toString(),
                        "--layouts", dir.resolve("layouts").toString()), "layout.yaml", "a file of layout 'tabloid'"),
                badOutput("-o the shared stylesheet", usage, d -> {
                    BadPages.layouts(d, "name: tabloid", "name: tabloid");
                    return BadPages.good(d);
                }, (dir, page, out) -> List.of("render", page.toString(), "-o", dir.resolve("layouts/shared/page.css").toString(),
                        "--layouts", dir.resolve("layouts").toString()), "page.css", "a file of layout 'tabloid'"),
                badOutput("-o a font in the layout's folder", usage, d -> {
                    Path layouts = BadPages.layouts(d, "name: tabloid", "name: tabloid");
                    Files.writeString(layouts.resolve("tabloid/NotoSerifSC-Regular.ttf"), "refused before any font is parsed");
                    return BadPages.good(d);
                }, (dir, page, out) -> List.of("render", page.toString(), "-o", dir.resolve("layouts/tabloid/NotoSerifSC-Regular.ttf").toString(),
                        "--layouts", dir.resolve("layouts").toString()), "NotoSerifSC-Regular.ttf", "a font of layout 'tabloid'"),
                badOutput("-o the page file of an overset page (refused before composing)", usage,
                        d -> edit(d, "7月24日上午，广东省科协召开党组会议，专题学习全会精神。", "会议强调，要加强组织领导。".repeat(600)),
                        (dir, page, out) -> List.of("render", page.toString(), "-o", page.toString()), "the page file"),
                badOutput("-o /dev/null", usage, d -> BadPages.good(d),
                        (dir, page, out) -> List.of("render", page.toString(), "-o", "/dev/null"), "/dev/null", "not a regular file"),
                badOutput("-o a FIFO", usage, d -> {
                    Path page = BadPages.good(d);
                    mkfifo(d.resolve("pipe.pdf"));
                    return page;
                }, (dir, page, out) -> List.of("render", page.toString(), "-o", dir.resolve("pipe.pdf").toString()), "pipe.pdf", "not a regular file"),
                badOutput("-o a folder", usage, d -> BadPages.good(d),
                        (dir, page, out) -> List.of("render", page.toString(), "-o", dir.resolve("photos").toString()), "photos", "is a folder"),
                badOutput("-o /", usage, d -> BadPages.good(d),
                        (dir, page, out) -> List.of("render", page.toString(), "-o", "/"), "the output / is a folder"),
                badOutput("-o a link to nothing", usage, d -> {
                    Path page = BadPages.good(d);
                    Files.createSymbolicLink(d.resolve("dangling.pdf"), d.resolve("nowhere/x.pdf"));
                    return page;
                }, (dir, page, out) -> List.of("render", page.toString(), "-o", dir.resolve("dangling.pdf").toString()), "dangling.pdf", "link to nothing"),
                badOutput("-o inside a file", usage, d -> BadPages.good(d),
                        (dir, page, out) -> List.of("render", page.toString(), "-o", page.resolve("x.pdf").toString()), "page.yaml", "not a folder"),
                // options
                badRun("--bleed NaN", usage, d -> BadPages.good(d),
                        (dir, page, out) -> List.of("render", page.toString(), "-o", out.toString(), "--bleed", "NaN"), "--bleed", "NaN"),
                badRun("--bleed Infinity", usage, d -> BadPages.good(d),
                        (dir, page, out) -> List.of("render", page.toString(), "-o", out.toString(), "--bleed", "1e400"), "--bleed", "Infinity"),
                badRun("--bleed -1", usage, d -> BadPages.good(d),
                        (dir, page, out) -> List.of("render", page.toString(), "-o", out.toString(), "--bleed", "-1"), "--bleed", "from 0 to 20"),
                badRun("--bleed 21", usage, d -> BadPages.good(d),
                        (dir, page, out) -> List.of("render", page.toString(), "-o", out.toString(), "--bleed", "21"), "--bleed", "from 0 to 20"));
    }

    private static void mkfifo(Path path) throws IOException {
        try {
            if (new ProcessBuilder("mkfifo", path.toString()).start().waitFor() != 0) {
                throw new IOException("mkfifo failed");
            }
        } catch (InterruptedException e) {
            throw new IOException(e);
        }
    }

    static Stream<Case> original() {
        int badInput = ExitCodes.BAD_INPUT;
        int missing = ExitCodes.MISSING_RESOURCE;
        return Stream.of(
                // syntax
                bad("yaml: unclosed flow list", badInput, d -> edit(d, "section: 科协动态}", "section: 科协动态}\narticles: ["),
                        "page.yaml", "not valid YAML or JSON"),
                bad("yaml: tab indentation", badInput, d -> edit(d, "    headline:", "\theadline:"), "page.yaml", "not valid YAML"),
                bad("yaml: duplicate key", badInput, d -> edit(d, "    headline:", "    headline: 一\n    headline:"), "page.yaml", "headline"),
                bad("yaml: alias bomb", badInput, d -> page(d, "page.yaml", aliasBomb()), "page.yaml"),
                bad("yaml: nested 5000 deep", badInput, d -> page(d, "page.yaml", "a: " + "[".repeat(5000) + "]".repeat(5000)), "page.yaml"),
                bad("yaml: a Java type tag", badInput, d -> edit(d, "headline: 广东省科协召开党组会议",
                        "headline: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://127.0.0.1:9/\"]]]]"),
                        "page.yaml", "line 5", "articles[1].headline", "tag '!!javax.script.ScriptEngineManager' is not allowed"),
                bad("json: unclosed object", badInput, d -> page(d, "page.json", "{\"edition\": {\"paper\": \"科技报\""), "page.json", "not valid"),
                bad("json: a list, not a page", badInput, d -> page(d, "page.json", "[1, 2, 3]"), "page.json", "mapping"),
                bad("json: page number as text", badInput, d -> page(d, "page.json", """
                        {"edition": {"paper": "科技报", "date": "2024-07-25"}, "page": {"number": "three", "section": "要闻"},
                         "articles": [{"id": "a", "headline": "标题", "body": ["正文。"]}]}"""), "page.json", "page.number", "'three'"),
                bad("empty file", badInput, d -> page(d, "page.yaml", ""), "page.yaml", "empty"),
                bad("bytes that are not UTF-8", badInput, d -> {
                    Path p = d.resolve("page.yaml");
                    Files.write(p, GOOD.getBytes(Charset.forName("GB18030")));
                    return p;
                }, "page.yaml", "not UTF-8"),
                bad("a NUL byte in the text", badInput, d -> edit(d, "专题学习", "专题\u0000学习"), "page.yaml"),
                // structure and types
                bad("body is text, not a list", badInput, d -> edit(d, "    body:\n      - 7月24日上午，广东省科协召开党组会议，专题学习全会精神。\n      - ",
                        "    body: "), "page.yaml", "article 'lead'", "body"),
                bad("headline is a list", badInput, d -> edit(d, "headline: 广东省科协召开党组会议", "headline: [广东, 科协]"),
                        "page.yaml", "article 'lead'", "headline", "a list"),
                bad("photos is a mapping", badInput, d -> edit(d, "    photos:\n      - {file", "    photos:\n      {file"),
                        "page.yaml", "article 'lead'", "photos"),
                bad("priority is a word", badInput, d -> edit(d, "    headline:", "    priority: first\n    headline:"),
                        "page.yaml", "article 'lead'", "priority", "'first'"),
                bad("page number out of range", badInput, d -> edit(d, "number: 3", "number: 99999999999999999999"), "page.yaml", "page.number"),
                bad("date that does not exist", badInput, d -> edit(d, "2024-07-25", "2024-13-45"), "page.yaml", "edition.date"),
                bad("unknown top-level field", badInput, d -> edit(d, "edition:", "editon: {}\nedition:"), "page.yaml", "unknown field 'editon'"),
                bad("unknown article field", badInput, d -> edit(d, "    headline:", "    hedline: 一\n    headline:"),
                        "page.yaml", "article 'lead'", "unknown field 'hedline'"),
                bad("unknown photo field", badInput, d -> edit(d, "caption: 会议现场", "captoin: 会议现场"),
                        "page.yaml", "article 'lead'", "photos[1]", "unknown field 'captoin'"),
                bad("empty article", badInput, d -> page(d, "page.yaml", GOOD.substring(0, GOOD.indexOf("  - id: lead")) + "  - {}\n"),
                        "page.yaml", "(#1)", "missing field 'headline'"),
                bad("article without paragraphs", badInput, d -> edit(d, "    body:\n      - 7月24日上午，广东省科协召开党组会议，专题学习全会精神。\n"
                        + "      - 会议强调，全省科协系统要加强组织领导，迅速兴起学习热潮。\n", "    body: []\n"), "page.yaml", "article 'lead'", "body"),
                bad("empty headline", badInput, d -> edit(d, "headline: 广东省科协召开党组会议", "headline: \"  \""),
                        "page.yaml", "article 'lead'", "headline", "empty"),
                bad("a control character", badInput, d -> edit(d, "headline: 广东省科协召开党组会议", "headline: \"广东\\a科协\""),
                        "page.yaml", "article 'lead'", "headline", "U+0007"),
                bad("two articles with one id", badInput, d -> page(d, "page.yaml", GOOD + GOOD.substring(GOOD.indexOf("  - id: lead"))),
                        "page.yaml", "article 'lead' (#2)", "id"),
                bad("a layout that is a path", badInput, d -> edit(d, "section: 科协动态}", "section: 科协动态, layout: ../../etc}"),
                        "page.yaml", "page.layout"),
                bad("a layout that does not exist", missing, d -> edit(d, "section: 科协动态}", "section: 科协动态, layout: magazine}"),
                        "page.yaml: its layout 'magazine' not found"),
                // files
                bad("page file missing", missing, d -> d.resolve("none.yaml"), "none.yaml", "no such page file"),
                bad("page path is a folder", badInput, d -> Files.createDirectories(d.resolve("pages")), "pages", "is a folder"),
                bad("50 MB paragraph", badInput, d -> BadPages.hugeParagraph(d, 50), "page.yaml", "larger than 8 MB"),
                bad("photo missing", missing, d -> edit(d, "photos/meeting.jpg", "photos/none.jpg"),
                        "page.yaml", "article 'lead'", "photos[1].file", "none.jpg"),
                bad("photo path is a folder", missing, d -> edit(d, "photos/meeting.jpg", "photos"),
                        "page.yaml", "article 'lead'", "photos[1].file", "'photos' is a folder, not a file"),
                bad("photo path is a FIFO", missing, d -> {
                    Path page = edit(d, "photos/meeting.jpg", "photos/pipe.jpg");
                    mkfifo(d.resolve("photos/pipe.jpg"));
                    return page;
                }, "page.yaml", "article 'lead'", "photos[1].file", "'photos/pipe.jpg' is not a regular file"),
                bad("photo path is a loop of links", missing, d -> {
                    Path page = edit(d, "photos/meeting.jpg", "photos/loop.jpg");
                    Files.createSymbolicLink(d.resolve("photos/loop.jpg"), Path.of("loop.jpg"));
                    return page;
                }, "page.yaml", "article 'lead'", "photos[1].file", "'photos/loop.jpg' is a link to nothing or a loop of links"),
                bad("photo climbs out of the folder", badInput, d -> edit(d, "photos/meeting.jpg", "../../etc/passwd"),
                        "page.yaml", "article 'lead'", "photos[1].file", "outside the page's folder"),
                bad("photo absolute path", badInput, d -> edit(d, "photos/meeting.jpg", "/etc/passwd"),
                        "page.yaml", "article 'lead'", "photos[1].file", "absolute"),
                bad("photo http URL", badInput, d -> edit(d, "photos/meeting.jpg", "'http://127.0.0.1:9/a.jpg'"),
                        "page.yaml", "article 'lead'", "photos[1].file", "URL"),
                bad("photo file URL", badInput, d -> edit(d, "photos/meeting.jpg", "'file:///etc/passwd'"),
                        "page.yaml", "article 'lead'", "photos[1].file", "URL"),
                bad("photo link out of the folder", badInput, d -> {
                    Path desk = Files.createDirectories(d.resolve("desk"));
                    Path page = page(desk, "page.yaml", GOOD.replace("photos/meeting.jpg", "photos/link.jpg"));
                    Path outside = Files.createDirectories(d.resolve("outside")).resolve("secret.jpg");
                    Files.copy(BadPages.MEETING, outside);
                    Files.createSymbolicLink(desk.resolve("photos/link.jpg"), outside);
                    return page;
                }, "page.yaml", "article 'lead'", "photos[1].file", "link"),
                bad("photo 40000×40000 PNG", missing, d -> photo(d, "bomb.png", newsprint.TestPhotos.pngHeader(40_000, 40_000)),
                        "page.yaml", "article 'lead'", "photos[1].file", "bomb.png", "40000×40000"),
                bad("photo truncated JPEG", missing, d -> photo(d, "cut.jpg", BadPages.truncatedJpeg()),
                        "page.yaml", "article 'lead'", "photos[1].file", "cut.jpg", "damaged"),
                // its profile's header claimed 2 GB: the decoder ran out of memory and the run said "give it -Xmx12g"
                bad("photo JPEG whose colour profile claims 2 GB", missing, d -> photo(d, "icc.jpg", newsprint.TestPhotos.withIccHeader(
                        Files.readAllBytes(BadPages.MEETING), 0x7FFFFFFF)),
                        "page.yaml", "article 'lead'", "photos[1].file", "icc.jpg", "claims 2147483647 bytes"),
                bad("photo empty file", missing, d -> photo(d, "empty.jpg", new byte[0]),
                        "page.yaml", "article 'lead'", "photos[1].file", "'photos/empty.jpg' is empty (0 bytes)"),
                bad("photo truncated PNG", missing, d -> photo(d, "cut.png", java.util.Arrays.copyOf(newsprint.TestPhotos.pngHeader(64, 64), 40)),
                        "page.yaml", "article 'lead'", "photos[1].file", "cut.png"),
                bad("photo that is text", missing, d -> photo(d, "notes.jpg", "not a picture".getBytes()),
                        "page.yaml", "article 'lead'", "photos[1].file", "not a JPEG or PNG"),
                bad("photo of zero bytes", missing, d -> photo(d, "empty.jpg", new byte[0]),
                        "page.yaml", "article 'lead'", "photos[1].file", "empty.jpg"),
                bad("photo that is a GIF", missing, d -> photo(d, "anim.gif", gif()),
                        "page.yaml", "article 'lead'", "photos[1].file", "GIF"),
                // text the preflight stops
                bad("a character no font has", ExitCodes.MISSING_GLYPH, d -> edit(d, "headline: 广东省科协召开党组会议", "headline: \"科协\\U0001F5DE\""),
                        "page.yaml", "article 'lead'", "headline", "U+1F5DE"),
                bad("a headline of punctuation only", ExitCodes.PREFLIGHT, d -> edit(d, "headline: 广东省科协召开党组会议", "headline: ——"),
                        "page.yaml", "article 'lead'", "headline", "no words"),
                bad("a paragraph printed twice", ExitCodes.PREFLIGHT, d -> edit(d, "      - 会议强调，全省科协系统要加强组织领导，迅速兴起学习热潮。\n",
                        "      - 会议强调，全省科协系统要加强组织领导，迅速兴起学习热潮。\n      - 会议强调， 全省科协系统要加强组织领导，迅速兴起学习热潮。\n"),
                        "page.yaml", "article 'lead'", "body[3]", "repeats body[2]"),
                bad("a pin that cannot be honoured", badInput, d -> edit(d, "    headline:", "    place: {column: 6, row: 1}\n    span: 6\n    headline:"),
                        "page.yaml", "article 'lead'", "place"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void answersCleanly(Case c) throws IOException {
        Path page = c.setup().make(dir);
        Path out = Files.createDirectories(dir.resolve("out"));
        Map<Path, String> before = snapshot(dir);
        Transcript r = Transcript.run(c.args().of(dir, page, out.resolve("page.pdf")).toArray(String[]::new));

        assertAnsweredCleanly(c, r);
        try (Stream<Path> left = Files.list(out)) {
            assertThat(left).as("files left in the output folder").isEmpty();
        }
        assertThat(snapshot(dir)).as("the inputs, byte for byte and modification time").isEqualTo(before);
        assertThat(Files.readAttributes(Path.of("/dev/null"), BasicFileAttributes.class).isOther()).as("/dev/null is still a device").isTrue();
    }

    /** The cases that write into the output folder. */
    static Stream<Case> writingToTheOutputFolder() {
        return corpus().filter(c -> !c.ownOutput());
    }

    /** The same, with an earlier good PDF where the output goes: it is left as it was. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("writingToTheOutputFolder")
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void leavesAnEarlierOutputUntouched(Case c) throws IOException {
        Path page = c.setup().make(dir);
        Path earlier = Files.createDirectories(dir.resolve("out")).resolve("page.pdf");
        Files.writeString(earlier, "%PDF- an earlier good file");
        Files.setLastModifiedTime(earlier, FileTime.fromMillis(1_000_000_000_000L));
        Map<Path, String> before = snapshot(dir);
        Transcript r = Transcript.run(c.args().of(dir, page, earlier).toArray(String[]::new));

        assertAnsweredCleanly(c, r);
        assertThat(snapshot(dir)).as("the inputs and the earlier output, byte for byte and modification time").isEqualTo(before);
    }

    private static void assertAnsweredCleanly(Case c, Transcript r) {
        assertThat(r.code()).as(r.err()).isEqualTo(c.exit());
        List<String> errors = r.err().lines().filter(l -> l.startsWith("error: ")).toList();
        assertThat(errors).as(r.err()).hasSize(1);
        assertThat(errors.get(0)).contains(c.mentions());
        assertThat(r.err() + r.out()).doesNotContain("\tat ").doesNotContain("Exception");
    }

    /** Every file under {@code dir} (links not followed) with its size, modification time and a hash of its bytes. */
    private static Map<Path, String> snapshot(Path dir) throws IOException {
        Map<Path, String> files = new TreeMap<>();
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.toList()) {
                BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                String state = a.isRegularFile() ? a.size() + " " + a.lastModifiedTime().toMillis() + " " + sha256(p)
                        : a.isSymbolicLink() ? "link to " + Files.readSymbolicLink(p) : a.isDirectory() ? "folder" : "other";
                files.put(p, state);
            }
        }
        return files;
    }

    private static String sha256(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            java.security.MessageDigest sha = java.security.MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[1 << 16];
            for (int n; (n = in.read(buffer)) > 0; ) {
                sha.update(buffer, 0, n);
            }
            return java.util.HexFormat.of().formatHex(sha.digest());
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void theCorpusHasThirtyCasesOrMore() {
        assertThat(corpus().count()).isGreaterThanOrEqualTo(30);
    }

    @Test
    void verboseAddsTheStackTrace() throws IOException {
        Path page = photo(dir, "cut.jpg", BadPages.truncatedJpeg());
        Transcript quiet = Transcript.run("render", page.toString(), "-o", dir.resolve("x.pdf").toString());
        Transcript verbose = Transcript.run("render", page.toString(), "-o", dir.resolve("x.pdf").toString(), "--verbose");
        assertThat(quiet.err()).doesNotContain("\tat ");
        assertThat(verbose.code()).isEqualTo(quiet.code());
        assertThat(verbose.err()).contains("\tat newsprint.");
    }

    @Test
    void markupInTheCopyPrintsAsItsCharactersAndIsNeverInterpreted() throws IOException {
        String markup = "<script>alert(1)</script><b>粗体</b><img src='file:///etc/passwd'><a href='http://127.0.0.1:9/'>链接</a>&amp;";
        Path page = edit(dir, "专题学习全会精神。", "专题学习全会精神" + markup + "。");
        Files.writeString(page, Files.readString(page).replace("headline: 广东省科协召开党组会议", "headline: \"科协<i>会议</i>\""));
        Path out = dir.resolve("page.pdf");
        Transcript r = Transcript.run("render", page.toString(), "-o", out.toString());
        assertThat(r.code()).as(r.err()).isZero();
        try (PDDocument doc = Loader.loadPDF(out.toFile())) {
            String text = squash(new PDFTextStripper().getText(doc));
            assertThat(text).contains(squash(markup)).contains("科协<i>会议</i>");
            PDPage p = doc.getPage(0);
            assertThat(p.getAnnotations()).as("no link was made from the copy").isEmpty();
            assertThat(doc.getDocumentCatalog().getOpenAction()).isNull();
            assertThat(doc.getDocumentCatalog().getNames() == null || doc.getDocumentCatalog().getNames().getJavaScript() == null).isTrue();
            List<COSName> images = new java.util.ArrayList<>();
            p.getResources().getXObjectNames().forEach(images::add);
            assertThat(images).as("only the photo is an image").hasSize(1);
        }
    }

    private static String squash(String s) {
        return s.replaceAll("\\s+", "");
    }

    /** Twenty levels of aliases, each ten of the last: 10^20 nodes if a parser expanded them. */
    private static String aliasBomb() {
        StringBuilder sb = new StringBuilder("a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (int i = 1; i <= 20; i++) {
            String p = "*a" + (i - 1);
            sb.append("a").append(i).append(": &a").append(i).append(" [").append(String.join(", ", java.util.Collections.nCopies(10, p))).append("]\n");
        }
        return sb.toString();
    }

    /** A one-pixel GIF. */
    private static byte[] gif() {
        return java.util.Base64.getDecoder().decode("R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw==");
    }
}
