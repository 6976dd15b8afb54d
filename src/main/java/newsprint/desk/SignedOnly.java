package newsprint.desk;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import newsprint.NewsprintException;
import newsprint.edition.EditionMaker;
import newsprint.model.EditionFile;

/**
 * {@code newsprint edition --signed-only}: plates only of pages signed off in the state they are
 * in now. Each page made is compared with its sign-off in the record beside the edition by
 * {@link PageHash} (page file, photos, ads and the print PDF the desk shows, which is made with
 * the standard press settings); a page never signed off, or changed since, stops the edition
 * naming every such page.
 */
public final class SignedOnly {
    private SignedOnly() {
    }

    /**
     * Refuses, before any page is made, the pages never signed off and those whose page file,
     * photos or ads are not as they were signed off: what only their PDFs can tell (copy jumping
     * onto a page) {@link #require} finds once they are made.
     */
    public static void requireFiles(EditionFile edition) {
        DeskSource source = source(edition);
        SignOffs book = new SignOffs(source.signOffFile());
        Map<String, SignOffs.Record> records = book.read();
        List<String> refused = new ArrayList<>();
        for (int n = 1; n <= edition.pages().size(); n++) {
            newsprint.model.PageFile page = edition.page(n);
            String key = source.key(page.file());
            SignOffs.Record record = records.get(key);
            if (record == null) {
                refused.add("page " + n + " (" + key + ") was never signed off");
                continue;
            }
            PageHash now = PageHash.of(source, page, new byte[0]);
            if (!record.pageFile().equals(now.pageFile()) || !record.photos().equals(now.photos()) || !record.ads().equals(now.ads())) {
                refused.add("page " + n + " (" + key + ") changed since " + record.user() + " signed it off at " + record.time()
                        + " (" + what(record, now) + ")");
            }
        }
        refuse(edition, book, refused);
    }

    private static DeskSource source(EditionFile edition) {
        Path file = edition.file().toAbsolutePath().normalize();
        return new DeskSource(DeskSource.Kind.EDITION, file.getParent(), file);
    }

    private static void refuse(EditionFile edition, SignOffs book, List<String> refused) {
        if (!refused.isEmpty()) {
            throw new NewsprintException.NotSignedOff(edition.file() + ": " + refused.size() + (refused.size() == 1 ? " page is" : " pages are")
                    + " not signed off as they are now: " + String.join("; ", refused),
                    "sign them off in 'newsprint serve " + edition.file() + "' (record: " + book.file().getFileName()
                            + "), or make the edition without --signed-only");
        }
    }

    /**
     * Refuses unless every page in {@code results} that was made is signed off as it is;
     * {@code deskPdf} gives a page's print PDF as the desk makes it (standard bleed, no marks, the
     * bundled press), which is its plate when the edition is made with those settings.
     */
    public static void require(EditionFile edition, List<EditionMaker.PageResult> results, Function<EditionMaker.PageResult, byte[]> deskPdf) {
        DeskSource source = source(edition);
        SignOffs book = new SignOffs(source.signOffFile());
        Map<String, SignOffs.Record> records = book.read();
        List<String> refused = new ArrayList<>();
        for (EditionMaker.PageResult r : results) {
            if (r.failed()) {
                continue;
            }
            String key = source.key(r.file().file());
            SignOffs.Record record = records.get(key);
            if (record == null) {
                refused.add("page " + r.number() + " (" + key + ") was never signed off");
                continue;
            }
            PageHash now = PageHash.of(source, r.file(), deskPdf.apply(r));
            if (!now.hash().equals(record.hash())) {
                refused.add("page " + r.number() + " (" + key + ") changed since " + record.user() + " signed it off at " + record.time()
                        + " (" + what(record, now) + ")");
            }
        }
        refuse(edition, book, refused);
    }

    /** What differs: the page file, a photo, an ad, or only the PDF (copy jumping onto the page, a layout, the version). */
    private static String what(SignOffs.Record then, PageHash now) {
        List<String> parts = new ArrayList<>();
        if (!then.pageFile().equals(now.pageFile())) {
            parts.add("its page file");
        }
        if (!then.photos().equals(now.photos())) {
            parts.add("its photos");
        }
        if (!then.ads().equals(now.ads())) {
            parts.add("its ads");
        }
        return parts.isEmpty() ? "the page it prints: copy jumping onto it, or the layout" : String.join(", ", parts);
    }
}
