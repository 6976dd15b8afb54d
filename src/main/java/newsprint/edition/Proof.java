package newsprint.edition;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;
import newsprint.model.EditionFile;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.multipdf.PDFMergerUtility;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * {@code proof.pdf}: the plates one after another, for the desk to read the day's paper through.
 * The pages are the plates' own (boxes, marks and all); the file's dates come from the edition
 * and its ID from the plates', so the same edition gives the same proof.
 */
final class Proof {
    private Proof() {
    }

    /** The proof of {@code plates}, {@code sha256} giving each plate's hash. */
    static byte[] of(EditionFile edition, List<byte[]> plates, java.util.function.Function<byte[], String> sha256) throws IOException {
        List<PDDocument> open = new ArrayList<>();
        // the proof is put together while the last pages are still measured: the plates' streams it copies (16 MB for 16 pages)
        // go to a scratch file, not the heap, where a temporary file can be made (else, as before, the heap)
        Path saved = scratch();
        try (PDDocument proof = new PDDocument(saved != null ? IOUtils.createTempFileOnlyStreamCache() : IOUtils.createMemoryOnlyStreamCache())) {
            PDFMergerUtility merger = new PDFMergerUtility();
            StringBuilder ids = new StringBuilder();
            for (byte[] plate : plates) {
                PDDocument doc = Loader.loadPDF(plate);
                open.add(doc);
                merger.appendDocument(proof, doc);
                ids.append(sha256.apply(plate));
            }
            Calendar date = new GregorianCalendar(TimeZone.getTimeZone("GMT+08:00"));
            date.clear();
            date.set(edition.edition().date().getYear(), edition.edition().date().getMonthValue() - 1, edition.edition().date().getDayOfMonth());
            proof.getDocumentInformation().setTitle(edition.edition().paper() + " " + edition.edition().date() + " 清样");
            proof.getDocumentInformation().setCreationDate(date);
            proof.getDocumentInformation().setModificationDate(date);
            proof.getDocumentInformation().setProducer("newsprint");
            COSString id = new COSString(java.util.Arrays.copyOf(newsprint.Digest.sha256(ids.toString().getBytes(StandardCharsets.US_ASCII))
                    .getBytes(StandardCharsets.US_ASCII), 16));
            COSArray array = new COSArray();
            array.add(id);
            array.add(id);
            proof.getDocument().getTrailer().setItem(COSName.ID, array);
            if (saved != null) {
                // saved to a file and read back in one array of its size: in memory it takes a buffer larger than the proof and
                // then a copy of it (34 MB at once for a 16 MB proof)
                proof.save(saved.toFile());
                return Files.readAllBytes(saved);
            }
            // sized for the plates at once: grown by doubling, a 16 MB proof took 48 MB of heap at the moment it grew
            long plateBytes = plates.stream().mapToLong(p -> p.length).sum();
            ByteArrayOutputStream out = new ByteArrayOutputStream((int) Math.min(Integer.MAX_VALUE - 16, plateBytes + plateBytes / 16 + 65_536));
            proof.save(out);
            return out.toByteArray();
        } finally {
            for (PDDocument d : open) {
                d.close();
            }
            if (saved != null) {
                Files.deleteIfExists(saved);
            }
        }
    }

    /** A new temporary file for the proof, or null when none can be made (a read-only temporary folder). */
    private static Path scratch() {
        try {
            return Files.createTempFile("newsprint-proof", ".pdf");
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
