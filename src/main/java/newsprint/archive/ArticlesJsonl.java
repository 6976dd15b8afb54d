package newsprint.archive;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import newsprint.compose.Rect;
import newsprint.model.Article;
import newsprint.model.BodyBlock;
import newsprint.model.Edition;

/**
 * Writes the edition's articles for a search indexer, one JSON object a line, in reading order:
 * {@code edition} (paper, date, issue), {@code page} (where it starts), {@code id},
 * {@code kicker}, {@code headline}, {@code subheadline}, {@code byline}, {@code text} (its
 * paragraphs and subheads as printed, one a line, then the source line), {@code captions},
 * {@code boxes} (its module on each page, in points from the page's top left) and {@code jump}
 * (the pages it continues on; empty when it does not jump). Absent parts are null.
 */
public final class ArticlesJsonl {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ArticlesJsonl() {
    }

    public static byte[] write(ArchiveEdition edition, List<PrintedPage> pages) {
        StringBuilder out = new StringBuilder();
        Edition e = edition.edition();
        Map<String, Object> ed = new LinkedHashMap<>();
        ed.put("paper", e.paper());
        ed.put("date", e.date().toString());
        ed.put("issue", e.issue());
        for (LogicalArticle a : LogicalArticle.of(edition, pages)) {
            Article first = a.first().part().article();
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("edition", ed);
            line.put("page", edition.pages().get(a.first().page()).number());
            line.put("id", first.id());
            line.put("kicker", first.kicker());
            line.put("headline", first.headline());
            line.put("subheadline", first.subheadline());
            line.put("byline", first.byline());
            List<String> text = new ArrayList<>();
            List<String> captions = new ArrayList<>();
            List<Map<String, Object>> boxes = new ArrayList<>();
            for (LogicalArticle.Piece pc : a.pieces()) {
                Article article = pc.part().article();
                article.body().stream().map(BodyBlock::text).forEach(text::add);
                if (article.source() != null) {
                    text.add(pc.part().blocks().stream().filter(b -> b.kind() == PrintedPage.Kind.SOURCE)
                            .flatMap(b -> b.lines().stream()).map(PrintedPage.Line::text).reduce("", String::concat));
                }
                article.photos().forEach(p -> captions.add(p.caption() == null ? p.credit()
                        : p.credit() == null ? p.caption() : p.caption() + " " + p.credit()));
                Rect r = pc.part().rect();
                Map<String, Object> box = new LinkedHashMap<>();
                box.put("page", edition.pages().get(pc.page()).number());
                box.put("xPt", points(r.xPt()));
                box.put("yPt", points(r.yPt()));
                box.put("widthPt", points(r.widthPt()));
                box.put("heightPt", points(r.heightPt()));
                boxes.add(box);
            }
            line.put("text", String.join("\n", text));
            line.put("captions", captions.stream().filter(java.util.Objects::nonNull).toList());
            line.put("boxes", boxes);
            line.put("jump", a.pieces().stream().skip(1).map(pc -> edition.pages().get(pc.page()).number()).toList());
            try {
                out.append(JSON.writeValueAsString(line)).append('\n');
            } catch (JsonProcessingException ex) {
                throw new IllegalStateException(ex);
            }
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static BigDecimal points(double v) {
        return new BigDecimal(v).setScale(2, RoundingMode.HALF_EVEN).stripTrailingZeros();
    }
}
