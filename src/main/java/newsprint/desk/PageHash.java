package newsprint.desk;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import newsprint.Digest;
import newsprint.model.Ad;
import newsprint.model.Article;
import newsprint.model.PageFile;
import newsprint.model.Photo;

/**
 * A page in its current state, as a sign-off names it: the SHA-256 of its page file, of each photo
 * and ad file, and of its print PDF (which also changes when copy jumping onto the page changes),
 * and {@link #hash}, one SHA-256 over them all. A file that cannot be read counts as {@code missing}.
 */
public record PageHash(String hash, SignOffs.FileHash pageFile, List<SignOffs.FileHash> photos, List<SignOffs.FileHash> ads, String pdf) {
    public PageHash {
        photos = List.copyOf(photos);
        ads = List.copyOf(ads);
    }

    public static PageHash of(DeskSource source, PageFile page, byte[] pdf) {
        SignOffs.FileHash file = file(source, page.file());
        Set<Path> photoFiles = new LinkedHashSet<>();
        for (Article a : page.articles()) {
            for (Photo p : a.photos()) {
                photoFiles.add(p.file());
            }
        }
        List<SignOffs.FileHash> photos = new ArrayList<>();
        photoFiles.forEach(p -> photos.add(file(source, p)));
        List<SignOffs.FileHash> ads = new ArrayList<>();
        new LinkedHashSet<>(page.ads().stream().map(Ad::file).toList()).forEach(p -> ads.add(file(source, p)));
        String pdfHash = Digest.sha256(pdf);
        StringBuilder all = new StringBuilder("page ").append(file.path()).append(' ').append(file.sha256()).append('\n');
        photos.forEach(h -> all.append("photo ").append(h.path()).append(' ').append(h.sha256()).append('\n'));
        ads.forEach(h -> all.append("ad ").append(h.path()).append(' ').append(h.sha256()).append('\n'));
        all.append("pdf ").append(pdfHash).append('\n');
        return new PageHash(Digest.sha256(all.toString().getBytes(StandardCharsets.UTF_8)), file, photos, ads, pdfHash);
    }

    private static SignOffs.FileHash file(DeskSource source, Path path) {
        String sha;
        try {
            sha = Digest.sha256(Files.readAllBytes(path));
        } catch (IOException e) {
            sha = "missing";
        }
        return new SignOffs.FileHash(source.key(path), sha);
    }
}
