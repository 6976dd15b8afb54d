package newsprint.prepare;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import newsprint.model.Article;
import newsprint.model.PageFile;
import newsprint.model.Photo;

/**
 * A page ready for every later stage, made once right after reading: its layout resolved, each
 * distinct photo file read and inspected once, and its articles' text as it will print. The
 * preflight, the composer, the filler, the renderer and the finishing all take it (or what the
 * composer makes of it); none of them reads a file again.
 *
 * @param file      the page file as read, with its source bytes
 * @param layout    the page's layout, prepared
 * @param photos    every photo file the page names, by its path, inspected
 * @param articles  the page's articles in page-file order with their text as printed (same ids,
 *                  priorities and photos as in {@code file}), then, in an edition, what the
 *                  edition adds: continuations of articles jumping here, the teasers box
 * @param flow      where the page stands in its edition (alone: {@link PageFlow#alone})
 * @param ads       every ad file the page books, by its path, inspected
 */
public record PreparedPage(PageFile file, PreparedLayout layout, Map<Path, PhotoFile> photos, List<Article> articles, PageFlow flow,
                           Map<Path, AdFile> ads) {
    public PreparedPage {
        photos = Map.copyOf(photos);
        articles = List.copyOf(articles);
        ads = Map.copyOf(ads);
    }

    /** A page without ads. */
    public PreparedPage(PageFile file, PreparedLayout layout, Map<Path, PhotoFile> photos, List<Article> articles, PageFlow flow) {
        this(file, layout, photos, articles, flow, Map.of());
    }

    /** The inspected file of one of the page's ads. */
    public AdFile ad(newsprint.model.Ad ad) {
        AdFile f = ads.get(ad.file());
        if (f == null) {
            throw new IllegalArgumentException("not an ad of this page: " + ad.file());
        }
        return f;
    }

    /** The inspected file of one of the page's photos. */
    public PhotoFile photo(Photo photo) {
        PhotoFile f = photos.get(photo.file());
        if (f == null) {
            throw new IllegalArgumentException("not a photo of this page: " + photo.file());
        }
        return f;
    }

    /** The printed article with the id {@code id}. */
    public Article article(String id) {
        return articles.stream().filter(a -> a.id().equals(id)).findFirst().orElseThrow();
    }
}
