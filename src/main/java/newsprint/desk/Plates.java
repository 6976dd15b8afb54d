package newsprint.desk;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import newsprint.NewsprintException;
import newsprint.edition.EditionFiles;
import newsprint.edition.EditionMaker;
import newsprint.model.EditionFile;

/**
 * The edition's plates as one download: for an edition, each page's print PDF under the name
 * {@code newsprint edition} gives it, and {@code proof.pdf}; for pages served alone, each PDF by
 * its page file's name. Pages that failed are left out. The same pages give the same zip bytes.
 */
final class Plates {
    private Plates() {
    }

    static String plateName(EditionFile edition, int page) {
        return EditionFiles.plan("{code}_{date:yyyyMMdd}_{page:02}.pdf").names().of(edition.edition(), page);
    }

    static String zipName(Desk desk) {
        EditionFile e = desk.edition();
        String stem = desk.source().name().replaceFirst("\\.[^.]*$", "");
        return (e == null ? stem : plateName(e, 1).replaceFirst("_01\\.pdf$", "")) + "_plates.zip";
    }

    static byte[] zip(Desk desk) throws IOException {
        Snapshot s = desk.snapshot();
        Map<String, byte[]> files = new LinkedHashMap<>();
        EditionFile edition = desk.edition();
        if (edition != null && desk.source().kind() != DeskSource.Kind.PAGE) {
            List<EditionMaker.PageResult> results = new ArrayList<>();
            for (PageView p : s.pages()) {
                results.add(p.pdf() == null ? new EditionMaker.PageResult(p.number(), p.page(), null, null,
                        new NewsprintException.RenderFailure(p.failure() == null ? "not made" : p.failure().message(), null, null))
                        : new EditionMaker.PageResult(p.number(), p.page(), p.composed(), p.pdf(), null));
            }
            files.putAll(EditionFiles.of(desk.engine(), edition, results, EditionFiles.plan("{code}_{date:yyyyMMdd}_{page:02}.pdf"), false,
                    1, e -> 1));
            files.remove(EditionFiles.MANIFEST); // it would lack the plates' ink, which the desk does not measure
        } else {
            for (PageView p : s.pages()) {
                if (p.pdf() != null) {
                    files.put(p.file().replaceAll("[^A-Za-z0-9._-]", "_").replaceFirst("\\.[^.]*$", "") + ".pdf", p.pdf());
                }
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> f : files.entrySet()) {
                ZipEntry entry = new ZipEntry(f.getKey());
                entry.setTime(315532800000L + 86_400_000L); // 1980-01-02: no clock in the bytes
                zip.putNextEntry(entry);
                zip.write(f.getValue());
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
