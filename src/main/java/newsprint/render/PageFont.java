package newsprint.render;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.WeakHashMap;
import newsprint.type.Face;
import org.apache.fontbox.ttf.HeaderTable;
import org.apache.fontbox.ttf.HorizontalHeaderTable;
import org.apache.fontbox.ttf.OS2WindowsMetricsTable;
import org.apache.fontbox.ttf.PostScriptTable;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.fontbox.util.BoundingBox;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSFloat;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * One face of the page as a PDF font: a Type 0 font over a CIDFontType2 with Identity-H codes
 * (the code of a glyph is its glyph ID in the face), embedded as a subset of the glyphs the page
 * shows. The PDF it writes is the one PDFBox's {@link PDType0Font#load(PDDocument, TrueTypeFont,
 * boolean)} writes, object for object and byte for byte; what differs is the work:
 *
 * <ul>
 *   <li>PDFBox builds a width array of every glyph in the face (65,000 in a CJK face) for each
 *       document, then reads it back into a map of boxed numbers to measure text. Here the widths
 *       are one array per face for the process ({@link Metrics}), and the document gets only the
 *       subset's.
 *   <li>At save, PDFBox looks each CID up to 65,000 in a tree map to write the CID-to-GID map, and
 *       walks every glyph of the face for the ToUnicode map. Here both walk the subset only.
 * </ul>
 *
 * Like PDFBox's, the font registers for subsetting when the page's content sets it, and is
 * subset when the document is saved (once: the archive saves twice). The descriptor is made once
 * per face, as PDFBox makes it, and copied into each document.
 */
final class PageFont extends PDFont {
    /** The tables a subset keeps: those PDF requires of an embedded TrueType font, and ClearType's gasp. */
    private static final List<String> TABLES = List.of("head", "hhea", "loca", "maxp", "cvt ", "prep", "glyf", "hmtx", "fpgm", "gasp");
    /** A CMap operator takes at most this many entries (the PDF limit). */
    private static final int CMAP_BATCH = 100;
    /** Subset tags are six letters of base 25 (A pads): the PDF convention, as PDFBox writes them. */
    private static final String BASE25 = "BCDEFGHIJKLMNOPQRSTUVWXYZ";
    /** OS/2 fsSelection bits: italic, oblique. */
    private static final int FS_ITALIC = 1;
    private static final int FS_OBLIQUE = 512;

    private static final Map<TrueTypeFont, Metrics> METRICS = Collections.synchronizedMap(new WeakHashMap<>());

    private final PDDocument document;
    private final Metrics metrics;
    private final COSDictionary cidFont;
    private final PDFontDescriptor descriptor;
    /** The code points the page's text showed in this font, in the order first shown, each with how often. */
    private final Map<Integer, int[]> shown = new LinkedHashMap<>();
    private boolean subset;
    /** {@link #shownFor}, kept until the page shows another character. */
    private Map<Integer, Integer> standing;
    /** How many characters the page has shown in this font, counting repeats: tells whether a {@link #prepared} subset is still the page's. */
    private long showings;
    /** The subset's font program, made on another thread from the characters shown by then ({@link #prepareSubset}), or null. */
    private java.util.concurrent.Future<Program> prepared;
    /** {@link #showings} when {@link #prepared} was started. */
    private long preparedAt;

    private PageFont(PDDocument document, Metrics metrics, COSDictionary dict, COSDictionary cidFont, PDFontDescriptor descriptor) {
        super(dict);
        this.document = document;
        this.metrics = metrics;
        this.cidFont = cidFont;
        this.descriptor = descriptor;
    }

    /** {@code face} as a font of {@code document}, to be subset when the document is saved. */
    static PageFont of(PDDocument document, Face face) throws IOException {
        Metrics m = metrics(face.font());
        PDFontDescriptor descriptor = new PDFontDescriptor(m.descriptor());
        COSDictionary dict = new COSDictionary();
        dict.setItem(COSName.TYPE, COSName.FONT);
        dict.setName(COSName.BASE_FONT, m.name);
        dict.setItem(COSName.SUBTYPE, COSName.TYPE0);
        dict.setItem(COSName.ENCODING, COSName.IDENTITY_H);
        COSDictionary cid = new COSDictionary();
        cid.setItem(COSName.TYPE, COSName.FONT);
        cid.setItem(COSName.SUBTYPE, COSName.CID_FONT_TYPE2);
        cid.setName(COSName.BASE_FONT, m.name);
        COSDictionary info = new COSDictionary();
        info.setString(COSName.REGISTRY, "Adobe");
        info.setString(COSName.ORDERING, "Identity");
        info.setInt(COSName.SUPPLEMENT, 0);
        cid.setItem(COSName.CIDSYSTEMINFO, info);
        cid.setItem(COSName.FONT_DESC, descriptor.getCOSObject());
        cid.setItem(COSName.W, new COSArray()); // the subset's widths replace it when the font is subset
        cid.setItem(COSName.CID_TO_GID_MAP, COSName.IDENTITY);
        COSArray descendants = new COSArray();
        descendants.add(cid);
        dict.setItem(COSName.DESCENDANT_FONTS, descendants);
        return new PageFont(document, m, dict, cid, descriptor);
    }

    private static Metrics metrics(TrueTypeFont ttf) throws IOException {
        synchronized (METRICS) {
            Metrics m = METRICS.get(ttf);
            if (m == null) {
                m = new Metrics(ttf);
                METRICS.put(ttf, m);
            }
            return m;
        }
    }

    /** The glyph the face maps {@code codePoint} to; throws as PDFBox does when there is none (a renderer falls back on that). */
    private int glyph(int codePoint) {
        int gid = metrics.cmap.glyph(codePoint);
        if (gid == 0) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, "No glyph for U+%04X (%c) in font %s", codePoint,
                    (char) codePoint, getName()));
        }
        return gid;
    }

    @Override
    protected byte[] encode(int unicode) {
        int gid = glyph(unicode);
        return new byte[] {(byte) (gid >> 8), (byte) gid};
    }

    /** The same sum as PDFBox's (code by code, in float), without encoding the text first. */
    @Override
    public float getStringWidth(String text) {
        float width = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            width += metrics.widths[glyph(cp)];
            i += Character.charCount(cp);
        }
        return width;
    }

    @Override
    public float getWidth(int code) {
        return code < metrics.widths.length ? metrics.widths[code] : 1000;
    }

    @Override
    public float getWidthFromFont(int code) throws IOException {
        float width = metrics.ttf.getAdvanceWidth(code);
        return metrics.unitsPerEm == 1000 ? width : width * (1000f / metrics.unitsPerEm);
    }

    @Override
    public boolean hasExplicitWidth(int code) {
        return code < metrics.widths.length;
    }

    @Override
    public int readCode(InputStream in) throws IOException {
        int high = in.read();
        int low = in.read();
        if (high < 0 || low < 0) {
            throw new IOException("a code of font " + getName() + " is cut short");
        }
        return high << 8 | low;
    }

    /** The glyph of a code: the same (Identity-H, and the content keeps the face's glyph IDs). */
    int codeToGlyph(int code) {
        return code;
    }

    /** The text of a code: the code point the page showed it for, else the face's first for the glyph. */
    @Override
    public String toUnicode(int code) {
        Integer cp = shownFor().get(code);
        if (cp == null) {
            List<Integer> codes = metrics.cmap.codePoints(code);
            cp = codes == null || codes.isEmpty() ? null : codes.get(0);
        }
        return cp == null ? null : Character.toString(cp);
    }

    /**
     * The code point the PDF's text gives for each glyph the page showed: a glyph is one
     * character in the text (one ToUnicode entry), so when the page showed two characters with
     * one glyph (〜 and ～, ⼀ and 一, … and ⋯ in the Noto faces), the one it showed more often
     * stands for both, the first shown on a tie (PDFBox's rule, so that pages without such pairs
     * come out as PDFBox writes them).
     */
    private Map<Integer, Integer> shownFor() {
        if (standing != null) {
            return standing;
        }
        Map<Integer, Integer> byGlyph = new HashMap<>();
        for (var e : shown.entrySet()) {
            int gid = metrics.cmap.glyph(e.getKey());
            if (gid > 0) {
                Integer before = byGlyph.get(gid);
                if (before == null || shown.get(before)[0] < e.getValue()[0]) {
                    byGlyph.put(gid, e.getKey());
                }
            }
        }
        standing = byGlyph;
        return byGlyph;
    }

    /**
     * The characters the page showed that the PDF's text gives as another (see {@link
     * #shownFor}): each to the one that stands for it. Empty on almost every page.
     */
    Map<Integer, Integer> readAs() {
        Map<Integer, Integer> byGlyph = shownFor();
        if (byGlyph.size() == shown.size()) {
            return Map.of(); // every character its own glyph: the text says what the page shows
        }
        Map<Integer, Integer> out = new TreeMap<>();
        for (int cp : shown.keySet()) {
            Integer stands = byGlyph.get(metrics.cmap.glyph(cp));
            if (stands != null && stands != cp) {
                out.put(cp, stands);
            }
        }
        return out;
    }

    @Override
    public String getName() {
        return dict.getNameAsString(COSName.BASE_FONT);
    }

    @Override
    public PDFontDescriptor getFontDescriptor() {
        return descriptor;
    }

    @Override
    public BoundingBox getBoundingBox() {
        PDRectangle box = descriptor.getFontBoundingBox();
        return new BoundingBox(box.getLowerLeftX(), box.getLowerLeftY(), box.getUpperRightX(), box.getUpperRightY());
    }

    @Override
    public float getHeight(int code) {
        return metrics.height;
    }

    @Override
    public float getAverageFontWidth() {
        return metrics.averageWidth;
    }

    @Override
    protected float getStandard14Width(int code) {
        throw new UnsupportedOperationException("not a standard 14 font");
    }

    @Override
    public boolean isVertical() {
        return false;
    }

    @Override
    public boolean isEmbedded() {
        return true;
    }

    @Override
    public boolean isDamaged() {
        return false;
    }

    @Override
    public boolean isStandard14() {
        return false;
    }

    @Override
    public void addToSubset(int codePoint) {
        shown.computeIfAbsent(codePoint, k -> new int[1])[0]++;
        standing = null;
        showings++;
    }

    @Override
    public boolean willBeSubset() {
        return !subset;
    }

    /**
     * Embeds the glyphs shown so far: the subset font file, its widths, the CID-to-GID map, the
     * CIDSet (PDF/A) and the ToUnicode map. Called by PDFBox when the document is saved.
     */
    @Override
    public void subset() throws IOException {
        if (subset) {
            return;
        }
        subset = true;
        Program program = prepared != null && preparedAt == showings ? joined(prepared) : program(metrics, List.copyOf(shown.keySet()));
        prepared = null;
        Map<Integer, Integer> newToOld = program.newToOld();
        String tag = program.tag();
        // the content was written with the face's glyph IDs (the CIDs): each CID to its glyph in the subset
        int[] cids = new int[newToOld.size()];
        int[] gids = new int[newToOld.size()];
        int n = 0;
        for (var e : new TreeMap<>(newToOld).entrySet()) {
            gids[n] = e.getKey();
            cids[n++] = e.getValue();
        }
        sortByCid(cids, gids);

        dict.setItem(COSName.TO_UNICODE, stream(toUnicode(newToOld)));
        // the program compressed already: the stream PDStream makes of it (Length, Filter), with the same bytes
        org.apache.pdfbox.cos.COSStream file = document.getDocument().createCOSStream();
        file.setItem(COSName.FILTER, COSName.FLATE_DECODE);
        try (java.io.OutputStream out = file.createRawOutputStream()) {
            out.write(program.flated());
        }
        PDStream fontFile = new PDStream(file);
        fontFile.getCOSObject().setLong(COSName.LENGTH1, program.length());
        descriptor.setFontFile2(fontFile);
        String name = tag + metrics.name;
        dict.setName(COSName.BASE_FONT, name);
        descriptor.setFontName(name);
        cidFont.setName(COSName.BASE_FONT, name);
        cidFont.setItem(COSName.W, widths(cids));
        int cidMax = cids[cids.length - 1];
        byte[] map = new byte[cidMax * 2 + 2];
        for (int i = 0; i < cids.length; i++) {
            map[cids[i] * 2] = (byte) (gids[i] >> 8);
            map[cids[i] * 2 + 1] = (byte) gids[i];
        }
        cidFont.setItem(COSName.CID_TO_GID_MAP, stream(map).getCOSObject());
        // PDF/A's CIDSet: every CID up to the highest, as PDFBox writes it
        byte[] set = new byte[cidMax / 8 + 1];
        Arrays.fill(set, 0, cidMax / 8, (byte) 0xFF);
        for (int cid = cidMax / 8 * 8; cid <= cidMax; cid++) {
            set[cid / 8] |= (byte) (1 << 7 - cid % 8);
        }
        descriptor.setCIDSet(stream(set));
    }

    /**
     * Starts making the subset's font program, and compressing it, on {@code executor}, from the
     * characters shown so far: the largest part of saving a page (a CJK face's subset is 100 to
     * 300 KB of outlines, and zlib takes a few milliseconds over it), which can run while the
     * page's own thread checks the painting. {@link #subset} takes it when no character has been
     * shown since, and makes it again itself when one has. The other thread reads the face only
     * (as an edition's pages do, several at once), never the document.
     */
    void prepareSubset(java.util.concurrent.Executor executor) {
        if (subset || shown.isEmpty()) {
            return;
        }
        List<Integer> codePoints = List.copyOf(shown.keySet());
        java.util.concurrent.FutureTask<Program> task = new java.util.concurrent.FutureTask<>(() -> program(metrics, codePoints));
        prepared = task;
        preparedAt = showings;
        executor.execute(task);
    }

    /** The subset's font program: its glyphs (new glyph ID to the face's), tag, length, and the program compressed as the PDF holds it. */
    private record Program(Map<Integer, Integer> newToOld, String tag, int length, byte[] flated) {
    }

    /** The subset of {@code metrics}' face for {@code codePoints}, as PDFBox's subsetter writes it, compressed as PDFBox compresses a stream. */
    private static Program program(Metrics metrics, List<Integer> codePoints) throws IOException {
        TTFSubsetter subsetter = new TTFSubsetter(metrics.ttf, TABLES);
        subsetter.addAll(new java.util.LinkedHashSet<>(codePoints));
        // zero-width characters PDF readers must not draw: kept as empty glyphs, as PDFBox does
        subsetter.forceInvisible('\u200B');
        subsetter.forceInvisible('\u200C');
        subsetter.forceInvisible('\u2060');
        subsetter.forceInvisible('\uFEFF');
        Map<Integer, Integer> newToOld = subsetter.getGIDMap();
        String tag = tag(newToOld);
        subsetter.setPrefix(tag);
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        subsetter.writeToStream(file);
        byte[] bytes = file.toByteArray();
        ByteArrayOutputStream flated = new ByteArrayOutputStream(bytes.length);
        org.apache.pdfbox.filter.FilterFactory.INSTANCE.getFilter(COSName.FLATE_DECODE)
                .encode(new ByteArrayInputStream(bytes), flated, new COSDictionary(), 0);
        return new Program(newToOld, tag, bytes.length, flated.toByteArray());
    }

    /**
     * What {@code work} made on its thread, or what it threw there, thrown here. Waits through an
     * interrupt (kept for the caller), as making the subset on this thread would have gone on.
     */
    private static Program joined(java.util.concurrent.Future<Program> work) throws IOException {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return work.get();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IOException(e.getCause());
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private PDStream stream(byte[] bytes) throws IOException {
        return new PDStream(document, new ByteArrayInputStream(bytes), COSName.FLATE_DECODE);
    }

    /** Sorts the pairs by CID (insertion sort would do; the subsets are small but not tiny). */
    private static void sortByCid(int[] cids, int[] gids) {
        long[] pairs = new long[cids.length];
        for (int i = 0; i < cids.length; i++) {
            pairs[i] = (long) cids[i] << 32 | gids[i];
        }
        Arrays.sort(pairs);
        for (int i = 0; i < pairs.length; i++) {
            cids[i] = (int) (pairs[i] >>> 32);
            gids[i] = (int) pairs[i];
        }
    }

    /** The W array of the subset: runs of consecutive CIDs, the default width (1000) left out. */
    private COSArray widths(int[] cids) {
        COSArray w = new COSArray();
        COSArray run = null;
        int previous = Integer.MIN_VALUE;
        for (int cid : cids) {
            int width = Math.round(metrics.widths[cid]);
            if (width == 1000) {
                continue;
            }
            if (run == null || previous != cid - 1) {
                run = new COSArray();
                w.add(COSInteger.get(cid));
                w.add(run);
            }
            run.add(COSInteger.get(width));
            previous = cid;
        }
        return w;
    }

    /** The subset's ToUnicode CMap: each CID to the code point that stands for it ({@link #shownFor}), else the face's first for the glyph. */
    private byte[] toUnicode(Map<Integer, Integer> newToOld) throws IOException {
        Map<Integer, Integer> shownFor = shownFor();
        TreeMap<Integer, Integer> text = new TreeMap<>();
        boolean astral = false;
        for (var e : newToOld.entrySet()) {
            if (e.getKey() == 0) {
                continue;
            }
            int cid = e.getValue();
            Integer cp = shownFor.get(cid);
            if (cp == null) {
                List<Integer> codes = metrics.cmap.codePoints(cid);
                cp = codes == null || codes.isEmpty() ? null : codes.get(0);
            }
            if (cp != null) {
                astral |= cp > 0xFFFF;
                text.put(cid, cp);
            }
        }
        if (astral && document.getVersion() < 1.5f) {
            document.setVersion(1.5f); // UTF-16 surrogate pairs in a CMap need PDF 1.5
        }
        return cmap(text);
    }

    /**
     * A ToUnicode CMap of {@code text} (CID to code point, in CID order): consecutive CIDs with
     * consecutive code points, in one high byte, become one range; as PDFBox writes it.
     */
    static byte[] cmap(TreeMap<Integer, Integer> text) throws IOException {
        List<int[]> ranges = new java.util.ArrayList<>(); // from, to, code point of from
        int[] last = null;
        for (var e : text.entrySet()) {
            int cid = e.getKey();
            int cp = e.getValue();
            if (last != null && sameRow(last[1], cid) && sameRow(last[2] + (last[1] - last[0]), cp)) {
                last[1] = cid;
            } else {
                last = new int[] {cid, cid, cp};
                ranges.add(last);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Writer w = new OutputStreamWriter(out, StandardCharsets.US_ASCII)) {
            w.write("/CIDInit /ProcSet findresource begin\n12 dict begin\n\nbegincmap\n/CIDSystemInfo\n<< /Registry (Adobe)\n"
                    + "/Ordering (UCS)\n/Supplement 0\n>> def\n\n/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n\n"
                    + "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n\n");
            for (int from = 0; from < ranges.size(); from += CMAP_BATCH) {
                int count = Math.min(CMAP_BATCH, ranges.size() - from);
                w.write(count + " beginbfrange\n");
                StringBuilder sb = new StringBuilder(count * 20);
                for (int i = from; i < from + count; i++) {
                    int[] r = ranges.get(i);
                    sb.append('<');
                    hex4(sb, r[0]);
                    sb.append("> <");
                    hex4(sb, r[1]);
                    sb.append("> <");
                    for (char c : Character.toChars(r[2])) {
                        hex4(sb, c);
                    }
                    sb.append(">\n");
                }
                w.write(sb.toString());
                w.write("endbfrange\n\n");
            }
            w.write("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
        }
        return out.toByteArray();
    }

    /** True when {@code next} follows {@code previous} in the same 256-code row (a CMap range may not cross one). */
    private static boolean sameRow(int previous, int next) {
        return previous + 1 == next && (previous >> 8) == (next >> 8);
    }

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private static void hex4(StringBuilder sb, int v) {
        sb.append(HEX[v >> 12 & 0xF]).append(HEX[v >> 8 & 0xF]).append(HEX[v >> 4 & 0xF]).append(HEX[v & 0xF]);
    }

    /** The subset's tag: six letters from the subset's glyphs, so the same glyphs get the same name. */
    private static String tag(Map<Integer, Integer> newToOld) {
        long num = Math.abs(newToOld.hashCode());
        StringBuilder sb = new StringBuilder();
        do {
            sb.append(BASE25.charAt((int) (num % 25)));
            num /= 25;
        } while (num != 0 && sb.length() < 6);
        while (sb.length() < 6) {
            sb.insert(0, 'A');
        }
        return sb.append('+').toString();
    }

    /** What a face needs for every document: its widths in 1/1000 em and the descriptor PDFBox makes for it. */
    private static final class Metrics {
        final TrueTypeFont ttf;
        final newsprint.type.GlyphTable cmap;
        final String name;
        final int unitsPerEm;
        /** Each glyph's advance in 1/1000 em, rounded as a PDF width array holds it. */
        final float[] widths;
        final float height;
        final float averageWidth;
        /** The descriptor's entries, in PDFBox's order, without the font file and CIDSet. */
        private final COSDictionary descriptor;

        Metrics(TrueTypeFont ttf) throws IOException {
            this.ttf = ttf;
            this.cmap = new newsprint.type.GlyphTable(ttf.getUnicodeCmapLookup(false));
            this.name = ttf.getName();
            this.unitsPerEm = ttf.getUnitsPerEm();
            int count = ttf.getNumberOfGlyphs();
            float scaling = 1000f / unitsPerEm;
            widths = new float[count];
            double sum = 0;
            int positive = 0;
            for (int gid = 0; gid < count; gid++) {
                widths[gid] = Math.round(ttf.getAdvanceWidth(gid) * scaling);
                if (widths[gid] > 0) {
                    sum += widths[gid];
                    positive++;
                }
            }
            averageWidth = positive == 0 ? 0 : (float) (sum / positive);
            height = (ttf.getHorizontalHeader().getAscender() - ttf.getHorizontalHeader().getDescender()) / (float) unitsPerEm;
            descriptor = describe(ttf).getCOSObject();
        }

        /**
         * The font descriptor, entry for entry as PDFBox writes it for an embedded TrueType face:
         * flags from the post and OS/2 tables (fixed pitch, italic, serif or script by the OS/2
         * family class, always symbolic), weight, italic angle, the head table's bounding box,
         * hhea's ascent and descent, OS/2's cap and x-height (measured on H and x before OS/2
         * version 2), and a StemV estimated from the box. Made once per face.
         */
        private static PDFontDescriptor describe(TrueTypeFont ttf) throws IOException {
            OS2WindowsMetricsTable os2 = ttf.getOS2Windows();
            PostScriptTable post = ttf.getPostScript();
            if (os2 == null || post == null) {
                throw new IOException("font " + ttf.getName() + " has no " + (os2 == null ? "OS/2" : "post") + " table");
            }
            HorizontalHeaderTable hhea = ttf.getHorizontalHeader();
            HeaderTable head = ttf.getHeader();
            COSDictionary dict = new COSDictionary();
            dict.setItem(COSName.TYPE, COSName.FONT_DESC);
            PDFontDescriptor fd = new PDFontDescriptor(dict);
            fd.setFontName(ttf.getName());
            fd.setFixedPitch(post.getIsFixedPitch() > 0 || hhea.getNumberOfHMetrics() == 1);
            fd.setItalic((os2.getFsSelection() & (FS_ITALIC | FS_OBLIQUE)) != 0);
            switch (os2.getFamilyClass()) {
                case OS2WindowsMetricsTable.FAMILY_CLASS_CLAREDON_SERIFS, OS2WindowsMetricsTable.FAMILY_CLASS_FREEFORM_SERIFS,
                     OS2WindowsMetricsTable.FAMILY_CLASS_MODERN_SERIFS, OS2WindowsMetricsTable.FAMILY_CLASS_OLDSTYLE_SERIFS,
                     OS2WindowsMetricsTable.FAMILY_CLASS_SLAB_SERIFS -> fd.setSerif(true);
                case OS2WindowsMetricsTable.FAMILY_CLASS_SCRIPTS -> fd.setScript(true);
                default -> {
                }
            }
            fd.setFontWeight(os2.getWeightClass());
            fd.setSymbolic(true);
            fd.setNonSymbolic(false);
            fd.setItalicAngle(post.getItalicAngle());
            float scaling = 1000f / head.getUnitsPerEm();
            PDRectangle box = new PDRectangle();
            box.setLowerLeftX(head.getXMin() * scaling);
            box.setLowerLeftY(head.getYMin() * scaling);
            box.setUpperRightX(head.getXMax() * scaling);
            box.setUpperRightY(head.getYMax() * scaling);
            fd.setFontBoundingBox(box);
            fd.setAscent(hhea.getAscender() * scaling);
            fd.setDescent(hhea.getDescender() * scaling);
            if (os2.getVersion() >= 1.2) {
                fd.setCapHeight(os2.getCapHeight() * scaling);
                fd.setXHeight(os2.getHeight() * scaling);
            } else {
                java.awt.geom.GeneralPath h = ttf.getPath("H");
                fd.setCapHeight(h != null ? Math.round(h.getBounds2D().getMaxY()) * scaling
                        : (os2.getTypoAscender() + os2.getTypoDescender()) * scaling);
                java.awt.geom.GeneralPath x = ttf.getPath("x");
                fd.setXHeight(x != null ? Math.round(x.getBounds2D().getMaxY()) * scaling : os2.getTypoAscender() / 2.0f * scaling);
            }
            fd.setStemV(fd.getFontBoundingBox().getWidth() * .13f);
            return fd;
        }

        COSDictionary descriptor() {
            return copy(descriptor);
        }

        /** A copy of a dictionary of plain values (names, numbers, strings, arrays of numbers). */
        private static COSDictionary copy(COSDictionary from) {
            COSDictionary to = new COSDictionary();
            for (Map.Entry<COSName, COSBase> e : from.entrySet()) {
                to.setItem(e.getKey(), copy(e.getValue()));
            }
            return to;
        }

        private static COSBase copy(COSBase value) {
            if (value instanceof COSArray a) {
                COSArray c = new COSArray();
                for (int i = 0; i < a.size(); i++) {
                    c.add(copy(a.get(i)));
                }
                return c;
            }
            if (value instanceof COSFloat f) {
                return new COSFloat(f.floatValue());
            }
            if (value instanceof COSNumber || value instanceof COSName) {
                return value; // immutable (COSInteger's are shared constants, names interned)
            }
            if (value instanceof org.apache.pdfbox.cos.COSString s) {
                return new org.apache.pdfbox.cos.COSString(s.getBytes());
            }
            throw new UncheckedIOException(new IOException("unexpected entry in a font descriptor: " + value));
        }
    }
}
