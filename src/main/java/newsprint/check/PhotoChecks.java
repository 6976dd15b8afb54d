package newsprint.check;

import com.twelvemonkeys.imageio.metadata.jpeg.JPEG;
import com.twelvemonkeys.imageio.metadata.jpeg.JPEGSegment;
import com.twelvemonkeys.imageio.metadata.tiff.TIFF;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import newsprint.check.Finding.Code;
import newsprint.model.Article;
import newsprint.model.PageFile;
import newsprint.model.Photo;

/**
 * The photo files: each must be a JPEG (RGB, greyscale, CMYK or YCCK, as photo desks send them)
 * or a PNG that decodes completely; its size is read from the header first, so a decompression
 * bomb is refused before a pixel is decoded. Also reported: an EXIF orientation newsprint would
 * not apply, and a photo without a credit.
 */
final class PhotoChecks {
    /** Decoding is subsampled down to about this many pixels: every byte is still decoded, memory stays small. */
    private static final long DECODE_PIXELS = 4_000_000L;
    /** Decoder warnings that mean the picture is damaged; others (extraneous bytes before a marker) are harmless. */
    private static final Pattern DAMAGE = Pattern.compile("(?i)truncat|premature|missing eoi|huffman|corrupt jpeg data: (?!\\d+ extraneous)");

    void check(List<Finding> out, PageFile page) {
        for (Article a : page.articles()) {
            for (int i = 0; i < a.photos().size(); i++) {
                Photo p = a.photos().get(i);
                String field = "photos[" + (i + 1) + "]";
                String name = "photo '" + page.folder().relativize(p.file()) + "'";
                file(out, a.id(), field + ".file", name, p.file());
                if (p.credit() == null) {
                    out.add(Finding.of(Code.PHOTO_CREDIT, a.id(), field + ".credit", name + " has no credit: "
                            + "a printed photo names who took it (胡漫雨 摄)"));
                }
            }
        }
    }

    /** Adds the findings of one photo file: the one error it has, or else its orientation if that is not upright. */
    private static void file(List<Finding> out, String id, String field, String name, Path file) {
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) {
                out.add(Finding.of(Code.PHOTO_UNREADABLE, id, field, name + " is not a JPEG or PNG image"));
                return;
            }
            ImageReader reader = readers.next();
            try {
                String format = reader.getFormatName().toLowerCase(Locale.ROOT);
                reader.setInput(in, true, true);
                Finding error = error(reader, format, id, field, name);
                if (error != null) {
                    out.add(error);
                } else if (format.equals("jpeg")) {
                    orientation(out, id, field, name, file);
                }
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            // image decoders report malformed data with all kinds of runtime exceptions, not only IOException
            out.add(Finding.of(Code.PHOTO_UNREADABLE, id, field, name + " cannot be read: " + e.getMessage()));
        }
    }

    /** What makes the image unusable, or null: its format, its size from the header, or damage met decoding it. */
    private static Finding error(ImageReader reader, String format, String id, String field, String name) throws IOException {
        if (!format.equals("jpeg") && !format.equals("png")) {
            return Finding.of(Code.PHOTO_UNREADABLE, id, field, name + " is a " + format.toUpperCase(Locale.ROOT)
                    + " image; photos must be JPEG or PNG");
        }
        int w = reader.getWidth(0);
        int h = reader.getHeight(0);
        if (w <= 0 || h <= 0 || (long) w * h > Photo.MAX_PIXELS) {
            return Finding.of(Code.PHOTO_TOO_LARGE, id, field, name + " is " + w + "×" + h + " pixels, more than "
                    + Photo.MAX_PIXELS / 1_000_000 + " megapixels: scale it down before placing it");
        }
        String damage = decode(reader, w, h);
        return damage == null ? null : Finding.of(Code.PHOTO_UNREADABLE, id, field, name + " is damaged (" + damage
                + "): it would print incomplete; send the photo again");
    }

    /** Decodes every byte of the image at a subsampling that bounds memory; returns the damage found, or null. */
    private static String decode(ImageReader reader, int w, int h) throws IOException {
        List<String> warnings = new ArrayList<>();
        reader.addIIOReadWarningListener((source, warning) -> warnings.add(warning));
        ImageReadParam param = reader.getDefaultReadParam();
        int step = (int) Math.max(1, Math.ceil(Math.sqrt((double) w * h / DECODE_PIXELS)));
        param.setSourceSubsampling(step, step, 0, 0);
        reader.read(0, param);
        return warnings.stream().filter(m -> DAMAGE.matcher(m).find()).findFirst().orElse(null);
    }

    /** EXIF orientation 1 is upright; newsprint turns or mirrors any other as it asks, and says so: the crop follows. */
    private static void orientation(List<Finding> out, String id, String field, String name, Path file) throws IOException {
        int orientation = newsprint.compose.PhotoInfo.orientation(file);
        if (orientation != 1) {
            out.add(Finding.of(Code.PHOTO_ORIENTATION, id, field, name + " has EXIF orientation " + orientation
                    + ": newsprint will " + turn(orientation) + " to print it upright, as viewers show it; check that the crop still suits it"));
        }
    }

    private static String turn(int orientation) {
        return switch (orientation) {
            case 2 -> "mirror it left to right";
            case 3 -> "turn it 180°";
            case 4 -> "mirror it top to bottom";
            case 5 -> "mirror it and turn it 90° anticlockwise";
            case 6 -> "turn it 90° clockwise";
            case 7 -> "mirror it and turn it 90° clockwise";
            case 8 -> "turn it 90° anticlockwise";
            default -> "do something unknown to it";
        };
    }
}
