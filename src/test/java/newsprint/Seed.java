package newsprint;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import newsprint.model.Article;
import newsprint.model.BodyBlock;
import newsprint.type.Punctuation;

/** The seed example, the project's first test page. */
public final class Seed {
    public static final Path PAGE = Path.of("examples/seed/page.yaml");

    private Seed() {
    }

    /** Every paragraph of every article as it must print: full-width punctuation, byline run in, whitespace removed. */
    public static List<String> printedParagraphs(List<Article> articles) {
        List<String> out = new ArrayList<>();
        for (Article a : articles) {
            boolean first = true;
            for (BodyBlock b : a.body()) {
                String text = b.text();
                if (first && a.byline() != null && b instanceof BodyBlock.Paragraph) {
                    text = a.byline() + text;
                    first = false;
                }
                out.add(squash(Punctuation.normalize(text)));
            }
        }
        return out;
    }

    /** Removes all whitespace, for comparing text that the page broke into lines. */
    public static String squash(String s) {
        return s.replaceAll("\\s+", "");
    }
}
