package newsprint.render;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.fontbox.ttf.model.GsubData;
import org.apache.fontbox.ttf.model.ScriptFeature;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Makes each subset font's ToUnicode map give back the text the page set. PDFBox applies the
 * fonts' ligatures while drawing (Noto SC joins {@code ——} into one two-em-dash glyph), and
 * the map then names that glyph by its own code point ({@code ⸺}, U+2E3A), so an archive
 * searching for {@code ——} would not find it. Where a glyph's code point is not in the page's
 * text but the glyph is a ligature of characters that are, the map is rewritten to those
 * characters. Must run after the fonts were subset (after a first save).
 */
final class ToUnicodeRepair {
    /** Each font's ligatures (glyph → the glyphs it joins), read once: a CJK font's GSUB tables are large. */
    private final Map<TrueTypeFont, Map<Integer, List<Integer>>> ligatures = new HashMap<>();

    /** Repairs every Type 0 font on the document's pages whose TrueType data is among {@code fonts} (by PostScript name). */
    synchronized void repair(PDDocument doc, Map<String, TrueTypeFont> fonts, Set<Integer> used) throws IOException {
        for (PDPage page : doc.getPages()) {
            for (COSName name : page.getResources().getFontNames()) {
                PDFont font = page.getResources().getFont(name);
                if (font instanceof PDType0Font t0) {
                    String base = font.getName().substring(font.getName().indexOf('+') + 1);
                    TrueTypeFont ttf = fonts.get(base);
                    if (ttf != null) {
                        repair(t0, ttf, used);
                    }
                }
            }
        }
    }

    private Map<Integer, List<Integer>> ligatures(TrueTypeFont ttf) throws IOException {
        Map<Integer, List<Integer>> map = ligatures.get(ttf);
        if (map == null) {
            map = new HashMap<>();
            GsubData gsub = ttf.getGsubData();
            if (gsub != null && gsub != GsubData.NO_DATA_FOUND) {
                for (String feature : gsub.getSupportedFeatures()) {
                    ScriptFeature f = gsub.getFeature(feature);
                    for (List<Integer> glyphs : f.getAllGlyphIdsForSubstitution()) {
                        if (glyphs.size() > 1) {
                            map.putIfAbsent(f.getReplacementForGlyphs(glyphs), List.copyOf(glyphs));
                        }
                    }
                }
            }
            ligatures.put(ttf, map);
        }
        return map;
    }

    private void repair(PDType0Font font, TrueTypeFont ttf, Set<Integer> used) throws IOException {
        Map<Integer, List<Integer>> ligatures = ligatures(ttf);
        CmapLookup cmap = ttf.getUnicodeCmapLookup();
        Map<Integer, String> repaired = new HashMap<>();
        for (Map.Entry<Integer, List<Integer>> lig : ligatures.entrySet()) {
            String unicode = font.toUnicode(lig.getKey());
            if (unicode != null && !unicode.codePoints().allMatch(used::contains)) {
                String joined = join(lig.getValue(), cmap, used);
                if (joined != null) {
                    repaired.put(lig.getKey(), joined);
                }
            }
        }
        if (repaired.isEmpty()) {
            return;
        }
        // rewrite the whole map: every CID of the subset (the non-zero entries of its CIDToGIDMap)
        byte[] cidToGid;
        try (var in = font.getDescendantFont().getCOSObject().getCOSStream(COSName.CID_TO_GID_MAP).createInputStream()) {
            cidToGid = in.readAllBytes();
        }
        TreeMap<Integer, String> map = new TreeMap<>();
        for (int cid = 1; cid < cidToGid.length / 2; cid++) {
            if (cidToGid[2 * cid] == 0 && cidToGid[2 * cid + 1] == 0) {
                continue;
            }
            String unicode = repaired.containsKey(cid) ? repaired.get(cid) : font.toUnicode(cid);
            if (unicode != null) {
                map.put(cid, unicode);
            }
        }
        {
            COSStream stream = font.getCOSObject().getCOSStream(COSName.TO_UNICODE);
            try (OutputStream out = stream.createOutputStream(COSName.FLATE_DECODE)) {
                new ByteArrayInputStream(cmapText(map).getBytes(StandardCharsets.US_ASCII)).transferTo(out);
            }
        }
    }

    /** The characters the glyphs stand for, each the one the page used; null if one is not in the page's text. */
    private static String join(List<Integer> glyphs, CmapLookup cmap, Set<Integer> used) {
        StringBuilder sb = new StringBuilder();
        for (int g : glyphs) {
            List<Integer> codes = cmap.getCharCodes(g);
            Integer pick = codes == null ? null : codes.stream().filter(used::contains).findFirst().orElse(null);
            if (pick == null) {
                return null;
            }
            sb.appendCodePoint(pick);
        }
        return sb.toString();
    }

    /** A ToUnicode CMap with two-byte codes (Identity-H CIDs) and bfchar entries, 100 a block. */
    private static String cmapText(TreeMap<Integer, String> map) {
        StringBuilder sb = new StringBuilder();
        sb.append("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n");
        sb.append("/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n");
        sb.append("/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n");
        sb.append("1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n");
        List<Map.Entry<Integer, String>> entries = new ArrayList<>(map.entrySet());
        for (int i = 0; i < entries.size(); i += 100) {
            List<Map.Entry<Integer, String>> block = entries.subList(i, Math.min(entries.size(), i + 100));
            sb.append(block.size()).append(" beginbfchar\n");
            for (Map.Entry<Integer, String> e : block) {
                sb.append(String.format("<%04X> <", e.getKey()));
                for (char c : e.getValue().toCharArray()) {
                    sb.append(String.format("%04X", (int) c));
                }
                sb.append(">\n");
            }
            sb.append("endbfchar\n");
        }
        sb.append("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
        return sb.toString();
    }
}
