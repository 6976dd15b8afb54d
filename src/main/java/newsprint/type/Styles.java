package newsprint.type;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import newsprint.layout.Layout;
import newsprint.layout.Role;

/** A layout's text styles with their faces loaded, one per {@link Role}: what the composer measures with. */
public final class Styles {
    private final Map<Role, TextStyle> styles = new EnumMap<>(Role.class);
    private final Map<String, Face> faces;

    /** The layout's styles, set in {@code faces} (the layout's fonts by their names in it, already loaded). */
    public Styles(Layout layout, Map<String, Face> faces) {
        this.faces = Map.copyOf(faces);
        List<Face> chain = layout.fallback().stream().map(faces::get).toList();
        for (Role role : Role.values()) {
            Layout.Style s = layout.style(role);
            Face face = faces.get(s.font());
            styles.put(role, new TextStyle(face, s.sizePt(), s.leadingPt(), fallbackFor(face, chain)));
        }
    }

    /** The layout's fallback chain for one face: the face itself left out, faces of its weight first. */
    private static List<Face> fallbackFor(Face face, List<Face> chain) {
        List<Face> ordered = new ArrayList<>();
        chain.stream().filter(f -> f != face && f.cssWeight() == face.cssWeight()).forEach(ordered::add);
        chain.stream().filter(f -> f != face && f.cssWeight() != face.cssWeight()).forEach(ordered::add);
        return ordered;
    }

    public TextStyle get(Role role) {
        return styles.get(role);
    }

    /** Every face the layout uses, by its layout name. */
    public Map<String, Face> faces() {
        return faces;
    }
}
