package newsprint.compose;

import java.util.ArrayList;
import java.util.List;
import newsprint.model.BodyBlock;

/**
 * What of a jumping article runs on to its continuation: the body from the first line its own
 * page does not print. A paragraph cut mid-way goes on as a {@link BodyBlock.Continued} block
 * (set without a new indent) holding exactly the characters not yet printed: they are found by
 * counting the printed ones in the paragraph's text, since a line's text leaves out the space a
 * break took.
 */
final class Continuation {
    private Continuation() {
    }

    /** The body of {@code copy}'s article after its first {@code placed} body lines, as printed text. */
    static List<BodyBlock> rest(Copy copy, int placed) {
        List<BodyBlock> body = copy.article.body();
        List<BodyBlock> rest = new ArrayList<>();
        if (placed >= copy.bodyLines.size()) {
            return rest;
        }
        FrameLine first = copy.bodyLines.get(placed);
        int block = first.block();
        if (block < 0 || block >= body.size()) {
            return rest; // only the source line runs on: it closes the continuation anyway
        }
        BodyBlock cut = body.get(block);
        if (first.blockStart()) {
            rest.add(cut);
        } else {
            int printed = 0;
            for (int i = 0; i < placed; i++) {
                if (copy.bodyLines.get(i).block() == block) {
                    printed += copy.bodyLines.get(i).line().characters();
                }
            }
            String text = (block == copy.bylineBlock() ? copy.article.byline() : "") + cut.text();
            String remainder = after(text, printed).strip();
            rest.add(cut instanceof BodyBlock.Subhead ? new BodyBlock.Subhead(remainder) : new BodyBlock.Continued(remainder));
        }
        rest.addAll(body.subList(block + 1, body.size()));
        return rest;
    }

    /** {@code text} from after its first {@code characters} characters that are not white space. */
    static String after(String text, int characters) {
        int seen = 0;
        int i = 0;
        while (i < text.length() && seen < characters) {
            int cp = text.codePointAt(i);
            if (!Character.isWhitespace(cp)) {
                seen++;
            }
            i += Character.charCount(cp);
        }
        return text.substring(i);
    }
}
