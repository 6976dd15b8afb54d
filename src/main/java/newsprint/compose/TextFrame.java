package newsprint.compose;

import java.util.List;

/** One column of a module's body: its rectangle and the lines it holds, top to bottom. */
public record TextFrame(Rect rect, int column, List<FrameLine> lines) {
    public TextFrame {
        lines = List.copyOf(lines);
    }
}
