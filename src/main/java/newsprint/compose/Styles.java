package newsprint.compose;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import newsprint.layout.Layout;
import newsprint.type.Face;
import newsprint.type.FontLibrary;
import newsprint.type.TextStyle;

/** A layout's named text styles with their faces loaded: what the composer measures with. */
public final class Styles {
    private final Map<String, TextStyle> styles = new HashMap<>();
    private final Map<String, Face> faces = new HashMap<>();

    public Styles(Layout layout, FontLibrary fonts, Path layoutFolder) {
        layout.fonts().forEach((name, ref) -> faces.put(name, fonts.face(name, ref.file(), layoutFolder, ref.family(), ref.weight())));
        List<Face> chain = layout.fallback().stream().map(faces::get).toList();
        layout.styles().forEach((name, s) -> {
            Face face = faces.get(s.font());
            styles.put(name, new TextStyle(face, s.sizePt(), s.leadingPt(), fallbackFor(face, chain)));
        });
    }

    /** The layout's fallback chain for one face: the face itself left out, faces of its weight first. */
    private static List<Face> fallbackFor(Face face, List<Face> chain) {
        List<Face> ordered = new ArrayList<>();
        chain.stream().filter(f -> f != face && f.cssWeight() == face.cssWeight()).forEach(ordered::add);
        chain.stream().filter(f -> f != face && f.cssWeight() != face.cssWeight()).forEach(ordered::add);
        return ordered;
    }

    public TextStyle get(String name) {
        TextStyle s = styles.get(name);
        if (s == null) {
            throw new IllegalArgumentException("no style " + name);
        }
        return s;
    }

    /** Every face the layout uses, by its layout name. */
    public Map<String, Face> faces() {
        return Map.copyOf(faces);
    }
}
