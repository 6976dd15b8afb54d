package newsprint.model;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A page file, read and validated: where it came from, its edition, page and articles, and
 * {@code source}, the bytes the reader read. The archive PDF attaches those bytes, so the
 * attachment is what the page was set from even when it came through a pipe or the file
 * changed during the run. A page made in code has no source (an empty array) and nothing is
 * attached.
 */
public record PageFile(Path file, Edition edition, PageInfo page, List<Article> articles, byte[] source, List<Ad> ads) {
    public PageFile {
        articles = List.copyOf(articles);
        source = source.clone();
        ads = List.copyOf(ads);
    }

    /** A page without ads. */
    public PageFile(Path file, Edition edition, PageInfo page, List<Article> articles, byte[] source) {
        this(file, edition, page, articles, source, List.of());
    }

    /** A page made in code, with no source bytes and no ads. */
    public PageFile(Path file, Edition edition, PageInfo page, List<Article> articles) {
        this(file, edition, page, articles, new byte[0]);
    }

    /** The same page with {@code more} ads booked for it (an edition's bookings). */
    public PageFile withAds(List<Ad> more) {
        List<Ad> all = new java.util.ArrayList<>(ads);
        all.addAll(more);
        return new PageFile(file, edition, page, articles, source, all);
    }

    /** A copy of the bytes the page was read from. */
    @Override
    public byte[] source() {
        return source.clone();
    }

    /** The folder the page's own files (photos) must live in. */
    public Path folder() {
        Path parent = file.toAbsolutePath().normalize().getParent();
        return parent == null ? Path.of("/") : parent;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PageFile p && file.equals(p.file) && edition.equals(p.edition) && page.equals(p.page)
                && articles.equals(p.articles) && Arrays.equals(source, p.source) && ads.equals(p.ads);
    }

    @Override
    public int hashCode() {
        return Objects.hash(file, edition, page, articles, Arrays.hashCode(source), ads);
    }

    @Override
    public String toString() {
        return "PageFile[file=" + file + ", edition=" + edition + ", page=" + page + ", articles=" + articles.size()
                + ", ads=" + ads.size() + ", source=" + source.length + " bytes]";
    }
}
