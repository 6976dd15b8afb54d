package newsprint.check;

import java.util.ArrayList;
import java.util.List;
import newsprint.model.Article;
import newsprint.model.BodyBlock;
import newsprint.model.Photo;

/** One piece of an article's text with the name the page file gives its field ({@code body[3]}, {@code photos[1].caption}). */
record TextField(String field, String text, boolean paragraph) {
    /** Every text of the article that prints, in the order the page file gives them. */
    static List<TextField> of(Article a) {
        List<TextField> out = new ArrayList<>();
        add(out, "kicker", a.kicker());
        add(out, "headline", a.headline());
        add(out, "subheadline", a.subheadline());
        add(out, "byline", a.byline());
        for (int i = 0; i < a.body().size(); i++) {
            BodyBlock b = a.body().get(i);
            boolean sub = b instanceof BodyBlock.Subhead;
            out.add(new TextField(bodyField(i, b), b.text(), !sub));
        }
        add(out, "source", a.source());
        for (int i = 0; i < a.photos().size(); i++) {
            Photo p = a.photos().get(i);
            add(out, "photos[" + (i + 1) + "].caption", p.caption());
            add(out, "photos[" + (i + 1) + "].credit", p.credit());
        }
        return out;
    }

    /** The page file's name of body block {@code index} (counted from 0): {@code body[4]} or {@code body[4].subhead}. */
    static String bodyField(int index, BodyBlock b) {
        return "body[" + (index + 1) + "]" + (b instanceof BodyBlock.Subhead ? ".subhead" : "");
    }

    private static void add(List<TextField> out, String field, String text) {
        if (text != null) {
            out.add(new TextField(field, text, false));
        }
    }
}
