package newsprint;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A fixed-metric TrueType test face, written by this class from nothing but the JDK: every Han
 * character (CJK Unified Ideographs, Extension A and the compatibility ideographs), the full-width
 * marks and forms Chinese text uses, and ASCII, each with an advance that is a round fraction of
 * the em, so a test can say where every character of a line sits to the point. The real Noto SC
 * faces are 15 MB each and proportional in Latin; this one is generated in milliseconds.
 *
 * <table>
 * <caption>Advances (1000 units to the em)</caption>
 * <tr><th>characters</th><th>advance</th><th>drawn as</th></tr>
 * <tr><td>Han, full-width marks and forms (。，、“”（）《》… U+3001–303F, U+FF01–FF65), ·</td><td>1 em</td>
 *     <td>a box filling the em (Han), a small box low left (marks)</td></tr>
 * <tr><td>{@code —} U+2014</td><td>1 em</td><td>a bar with 1/8 em of side bearing each side, so
 *     {@code ——} joins when the second dash moves 1/4 em left ({@link #DASH_JOIN_EM})</td></tr>
 * <tr><td>{@code …} U+2026</td><td>1 em</td><td>three dots</td></tr>
 * <tr><td>ASCII {@code !}–{@code ~}</td><td>1/2 em</td><td>a narrow box</td></tr>
 * <tr><td>space U+0020</td><td>1/4 em</td><td>nothing</td></tr>
 * <tr><td>ideographic space U+3000</td><td>1 em</td><td>nothing</td></tr>
 * </table>
 *
 * <p>Each character has a glyph of its own (a composite of one of the few outlines above), so the
 * PDF's ToUnicode map gives the text back and the paint check, which compares glyph ids, tells
 * characters apart. The cmap has a format 4 subtable (Windows BMP) and a format 12 one (Windows
 * full repertoire, the one FontBox reads); the other tables are those FontBox and PDFBox read to
 * parse, embed and subset a face: head, hhea, maxp, OS/2 (fsType 0, installable), hmtx, loca,
 * glyf, name and post (format 3). Regular outlines are hollow, bold ones solid, so a picture of a
 * page shows which is which. The same weight always gives the same bytes.
 */
public final class TestFace {
    /** Font units to the em: the advances below are round fractions of it, exact in binary too. */
    public static final int UNITS_PER_EM = 1000;
    /** Han characters, full-width marks, the em dash and the ellipsis. */
    public static final double FULL_EM = 1.0;
    /** ASCII letters, digits and marks. */
    public static final double HALF_EM = 0.5;
    /** The space between words. */
    public static final double SPACE_EM = 0.25;
    /** How far a second em dash moves left to join the first: the dash's side bearings summed. */
    public static final double DASH_JOIN_EM = 0.25;

    private static final int FULL = (int) (FULL_EM * UNITS_PER_EM);
    private static final int HALF = (int) (HALF_EM * UNITS_PER_EM);
    private static final int SPACE = (int) (SPACE_EM * UNITS_PER_EM);
    /** The em box, 880 units above the baseline and 120 below, as CJK faces place it. */
    static final int ASCENDER = 880;
    static final int DESCENDER = -120;
    /** Created and modified 2024-01-01 00:00 UTC, in seconds since 1904 (the build's own fixed timestamp). */
    private static final long CREATED = 3_786_912_000L;

    /** The first and last code point of each range of characters that share an outline. */
    static final int[][] HAN = {{0x3400, 0x4DBF}, {0x4E00, 0x9FFF}, {0xF900, 0xFAFF}};
    static final int[][] MARKS = {{0x00B7, 0x00B7}, {0x2018, 0x2019}, {0x201C, 0x201D}, {0x3001, 0x303F}, {0xFF01, 0xFF65}};
    static final int[][] ASCII = {{0x21, 0x7E}};

    /** The weights newsprint's layouts use: same metrics, hollow or solid outlines. */
    public enum Weight {
        REGULAR(400, "Regular"), BOLD(700, "Bold");

        final int cssWeight;
        final String style;

        Weight(int cssWeight, String style) {
            this.cssWeight = cssWeight;
            this.style = style;
        }

        /** The font's PostScript name, as a PDF names the embedded subset ({@code ABCDEF+NewsprintTest-Regular}). */
        public String postScriptName() {
            return "NewsprintTest-" + style;
        }

        /** The file name the test layout gives it. */
        public String fileName() {
            return postScriptName() + ".ttf";
        }
    }

    private TestFace() {
    }

    /** A glyph: its advance in font units, its bounding box (null for a space) and its {@code glyf} data. */
    private record Glyph(int advance, int[] box, byte[] data) {
        int xMin() {
            return box == null ? 0 : box[0];
        }
    }

    /** A run of code points mapped to consecutive glyph ids from {@code firstGlyph}. */
    private record Run(int first, int last, int firstGlyph) {
    }

    /** The bytes of the face in {@code weight}. */
    public static byte[] bytes(Weight weight) {
        boolean solid = weight == Weight.BOLD;
        List<Glyph> glyphs = new ArrayList<>();
        List<Run> runs = new ArrayList<>();
        glyphs.add(simple(HALF, solid, new int[] {50, 0, 450, 700})); // 0 .notdef
        glyphs.add(new Glyph(SPACE, null, new byte[0])); // 1 space
        glyphs.add(new Glyph(FULL, null, new byte[0])); // 2 ideographic space
        int han = glyphs.size();
        glyphs.add(simple(FULL, solid, new int[] {50, -70, 950, 830}));
        int mark = glyphs.size();
        glyphs.add(simple(FULL, solid, new int[] {100, -70, 400, 230}));
        int latin = glyphs.size();
        glyphs.add(simple(HALF, solid, new int[] {50, 0, 450, 700}));
        int dash = glyphs.size();
        int bearing = (int) Math.round(DASH_JOIN_EM * UNITS_PER_EM / 2);
        glyphs.add(simple(FULL, true, new int[] {bearing, 300, FULL - bearing, 380}));
        int ellipsis = glyphs.size();
        glyphs.add(simple(FULL, true, new int[] {100, 300, 250, 450}, new int[] {425, 300, 575, 450}, new int[] {750, 300, 900, 450}));
        runs.add(new Run(0x20, 0x20, 1));
        runs.add(new Run(0x3000, 0x3000, 2));
        runs.add(new Run(0x2014, 0x2014, dash));
        runs.add(new Run(0x2026, 0x2026, ellipsis));
        // ASCII first: the full-width glyphs then run to the end, and hmtx gives them one advance
        for (int[][] ranges : new int[][][] {ASCII, MARKS, HAN}) {
            int base = ranges == ASCII ? latin : ranges == MARKS ? mark : han;
            for (int[] r : ranges) {
                runs.add(new Run(r[0], r[1], glyphs.size()));
                for (int cp = r[0]; cp <= r[1]; cp++) {
                    glyphs.add(composite(glyphs.get(base), base));
                }
            }
        }
        runs.sort((a, b) -> Integer.compare(a.first(), b.first()));

        SortedMap<String, byte[]> tables = new TreeMap<>();
        byte[][] glyfAndLoca = glyfAndLoca(glyphs);
        int hMetrics = hMetricsCount(glyphs);
        tables.put("glyf", glyfAndLoca[0]);
        tables.put("loca", glyfAndLoca[1]);
        int[] bounds = bounds(glyphs);
        tables.put("head", head(bounds, solid));
        tables.put("hhea", hhea(bounds, hMetrics));
        tables.put("hmtx", hmtx(glyphs, hMetrics));
        tables.put("maxp", maxp(glyphs.size()));
        tables.put("OS/2", os2(weight));
        tables.put("cmap", cmap(runs));
        tables.put("name", name(weight));
        tables.put("post", post());
        return Sfnt.assemble(tables);
    }

    /** A glyph of one or more boxes {@code {xMin, yMin, xMax, yMax}}; a hollow box is drawn as its frame. */
    private static Glyph simple(int advance, boolean solid, int[]... boxes) {
        List<int[][]> contours = new ArrayList<>();
        for (int[] b : boxes) {
            contours.add(rectangle(b[0], b[1], b[2], b[3], true));
            if (!solid) {
                int inset = Math.min(b[2] - b[0], b[3] - b[1]) / 8;
                contours.add(rectangle(b[0] + inset, b[1] + inset, b[2] - inset, b[3] - inset, false));
            }
        }
        int xMin = Integer.MAX_VALUE, yMin = Integer.MAX_VALUE, xMax = Integer.MIN_VALUE, yMax = Integer.MIN_VALUE;
        for (int[] b : boxes) {
            xMin = Math.min(xMin, b[0]);
            yMin = Math.min(yMin, b[1]);
            xMax = Math.max(xMax, b[2]);
            yMax = Math.max(yMax, b[3]);
        }
        Sfnt.Data d = new Sfnt.Data();
        d.i16(contours.size()).i16(xMin).i16(yMin).i16(xMax).i16(yMax);
        int points = 0;
        for (int[][] c : contours) {
            points += c.length;
            d.u16(points - 1);
        }
        d.u16(0); // no instructions
        for (int i = 0; i < points; i++) {
            d.u8(0x01); // on the curve; coordinates as 16-bit deltas
        }
        for (int axis = 0; axis < 2; axis++) {
            int previous = 0;
            for (int[][] c : contours) {
                for (int[] p : c) {
                    d.i16(p[axis] - previous);
                    previous = p[axis];
                }
            }
        }
        return new Glyph(advance, new int[] {xMin, yMin, xMax, yMax}, d.bytes());
    }

    /** A rectangle's corners, clockwise (filled) or counter-clockwise (a hole), y up. */
    private static int[][] rectangle(int x0, int y0, int x1, int y1, boolean clockwise) {
        int[][] cw = {{x0, y0}, {x0, y1}, {x1, y1}, {x1, y0}};
        return clockwise ? cw : new int[][] {cw[0], cw[3], cw[2], cw[1]};
    }

    /** A glyph drawn as glyph {@code base}, unmoved: one character, one glyph id, one of a few outlines. */
    private static Glyph composite(Glyph base, int baseId) {
        Sfnt.Data d = new Sfnt.Data();
        d.i16(-1).bytes(base.data(), 2, 8); // one component; the base's bounding box
        d.u16(0x0002 | 0x0200).u16(baseId).u8(0).u8(0); // x/y offsets as bytes (0, 0); use the base's metrics
        return new Glyph(base.advance(), base.box(), d.bytes());
    }

    /** The glyph data, each glyph padded to 4 bytes, and the long-format offsets. */
    private static byte[][] glyfAndLoca(List<Glyph> glyphs) {
        Sfnt.Data glyf = new Sfnt.Data();
        Sfnt.Data loca = new Sfnt.Data();
        for (Glyph g : glyphs) {
            loca.u32(glyf.size());
            glyf.bytes(g.data(), 0, g.data().length).pad();
        }
        loca.u32(glyf.size());
        return new byte[][] {glyf.bytes(), loca.bytes()};
    }

    /** Advances written out up to the last change; the glyphs after it take the last one written. */
    private static int hMetricsCount(List<Glyph> glyphs) {
        int n = glyphs.size();
        int last = glyphs.get(n - 1).advance();
        int count = n;
        while (count > 1 && glyphs.get(count - 2).advance() == last) {
            count--;
        }
        return count;
    }

    /** The union of the glyphs' boxes, and the least right side bearing: {xMin, yMin, xMax, yMax, minRight}. */
    private static int[] bounds(List<Glyph> glyphs) {
        int[] b = {Integer.MAX_VALUE, Integer.MAX_VALUE, Integer.MIN_VALUE, Integer.MIN_VALUE, Integer.MAX_VALUE};
        for (Glyph g : glyphs) {
            if (g.box() != null) {
                b[0] = Math.min(b[0], g.box()[0]);
                b[1] = Math.min(b[1], g.box()[1]);
                b[2] = Math.max(b[2], g.box()[2]);
                b[3] = Math.max(b[3], g.box()[3]);
                b[4] = Math.min(b[4], g.advance() - g.box()[2]);
            }
        }
        return b;
    }

    private static byte[] head(int[] bounds, boolean bold) {
        return new Sfnt.Data().u32(0x00010000).u32(0x00010000).u32(0) // checkSumAdjustment: set when the file is assembled
                .u32(0x5F0F3CF5).u16(0x000B).u16(UNITS_PER_EM)
                .u32(0).u32(CREATED).u32(0).u32(CREATED) // a fixed date, so the bytes never change
                .i16(bounds[0]).i16(bounds[1]).i16(bounds[2]).i16(bounds[3])
                .u16(bold ? 1 : 0).u16(8).i16(2).i16(1).i16(0).bytes(); // macStyle, 8 ppem, mixed directions, long loca
    }

    private static byte[] hhea(int[] bounds, int hMetrics) {
        return new Sfnt.Data().u32(0x00010000).i16(ASCENDER).i16(DESCENDER).i16(0).u16(FULL)
                .i16(bounds[0]).i16(bounds[4]).i16(bounds[2]) // least left and right side bearings, greatest extent
                .i16(1).i16(0).i16(0).i16(0).i16(0).i16(0).i16(0).i16(0).u16(hMetrics).bytes(); // upright caret
    }

    private static byte[] hmtx(List<Glyph> glyphs, int hMetrics) {
        Sfnt.Data d = new Sfnt.Data();
        for (int i = 0; i < glyphs.size(); i++) {
            if (i < hMetrics) {
                d.u16(glyphs.get(i).advance());
            }
            d.i16(glyphs.get(i).xMin());
        }
        return d.bytes();
    }

    private static byte[] maxp(int glyphs) {
        // version 1.0: at most 12 points in 3 contours (the dots), 8 in 2 through a component (a hollow box), no hinting
        return new Sfnt.Data().u32(0x00010000).u16(glyphs).u16(12).u16(3).u16(8).u16(2).u16(2)
                .u16(0).u16(0).u16(0).u16(0).u16(0).u16(0).u16(1).u16(1).bytes();
    }

    private static byte[] os2(Weight weight) {
        return new Sfnt.Data().u16(4).i16(FULL).u16(weight.cssWeight).u16(5).u16(0) // version 4, fsType 0: installable
                .i16(650).i16(600).i16(0).i16(75).i16(650).i16(600).i16(0).i16(350).i16(50).i16(300).i16(0)
                .bytes(new byte[10], 0, 10) // PANOSE: any
                .u32(1 | 1 << 31).u32(1 << (48 - 32) | 1 << (59 - 32)).u32(1 << (68 - 64)).u32(0) // Latin, punctuation, CJK, full-width
                .bytes("NONE".getBytes(StandardCharsets.US_ASCII), 0, 4)
                .u16(weight == Weight.BOLD ? 0x0020 : 0x0040).u16(0x20).u16(0xFFFF)
                .i16(ASCENDER).i16(DESCENDER).i16(0).u16(ASCENDER).u16(-DESCENDER)
                .u32(1 | 1 << 18).u32(0) // code pages: Latin 1, simplified Chinese
                .i16(500).i16(700).u16(0).u16(0x20).u16(1).bytes(); // x-height, cap height, default and break characters
    }

    /** Format 4 (BMP) under Windows Unicode BMP, format 12 (every plane) under Windows Unicode full. */
    private static byte[] cmap(List<Run> runs) {
        Sfnt.Data f4 = new Sfnt.Data();
        List<Run> segments = new ArrayList<>(runs.stream().filter(r -> r.last() <= 0xFFFF).toList());
        segments.add(new Run(0xFFFF, 0xFFFF, 0)); // the required last segment
        int n = segments.size();
        int searchRange = 2 * Integer.highestOneBit(n);
        f4.u16(4).u16(16 + 8 * n).u16(0).u16(2 * n).u16(searchRange)
                .u16(Integer.numberOfTrailingZeros(searchRange / 2)).u16(2 * n - searchRange);
        segments.forEach(s -> f4.u16(s.last()));
        f4.u16(0);
        segments.forEach(s -> f4.u16(s.first()));
        segments.forEach(s -> f4.u16(s.first() == 0xFFFF ? 1 : (s.firstGlyph() - s.first()) & 0xFFFF));
        segments.forEach(s -> f4.u16(0));

        Sfnt.Data f12 = new Sfnt.Data().u16(12).u16(0).u32(16 + 12 * runs.size()).u32(0).u32(runs.size());
        runs.forEach(r -> f12.u32(r.first()).u32(r.last()).u32(r.firstGlyph()));

        int first = 4 + 2 * 8;
        return new Sfnt.Data().u16(0).u16(2).u16(3).u16(1).u32(first).u16(3).u16(10).u32(first + f4.size())
                .bytes(f4.bytes(), 0, f4.size()).bytes(f12.bytes(), 0, f12.size()).bytes();
    }

    /** Family, style, unique name, full name, version and PostScript name, in English for Windows. */
    private static byte[] name(Weight weight) {
        String[] names = {null, "Newsprint Test", weight.style, weight.postScriptName() + " 1.0", "Newsprint Test " + weight.style,
                "Version 1.0", weight.postScriptName()};
        Sfnt.Data records = new Sfnt.Data();
        Sfnt.Data strings = new Sfnt.Data();
        int count = 0;
        for (int id = 1; id < names.length; id++) {
            byte[] s = names[id].getBytes(StandardCharsets.UTF_16BE);
            records.u16(3).u16(1).u16(0x0409).u16(id).u16(s.length).u16(strings.size());
            strings.bytes(s, 0, s.length);
            count++;
        }
        return new Sfnt.Data().u16(0).u16(count).u16(6 + 12 * count).bytes(records.bytes(), 0, records.size())
                .bytes(strings.bytes(), 0, strings.size()).bytes();
    }

    private static byte[] post() {
        return new Sfnt.Data().u32(0x00030000).u32(0).i16(-100).i16(50).u32(0).u32(0).u32(0).u32(0).u32(0).bytes();
    }
}
