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

    /** The start of a small one-article page, up to its photo list: test pages append photos (or nothing) to it. */
    public static final String ONE_ARTICLE = """
            edition: {paper: 科技报, date: 2024-07-25}
            page: {number: 3, section: 科协动态}
            articles:
              - id: lead
                headline: 广东省科协召开党组会议
                body:
                  - 7月24日上午，广东省科协召开党组会议，专题学习全会精神。
            """;

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
