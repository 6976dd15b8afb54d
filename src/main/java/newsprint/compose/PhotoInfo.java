package newsprint.compose;

import com.twelvemonkeys.imageio.metadata.Directory;
import com.twelvemonkeys.imageio.metadata.Entry;
import com.twelvemonkeys.imageio.metadata.jpeg.JPEG;
import com.twelvemonkeys.imageio.metadata.jpeg.JPEGSegment;
import com.twelvemonkeys.imageio.metadata.jpeg.JPEGSegmentUtil;
import com.twelvemonkeys.imageio.metadata.tiff.TIFF;
import com.twelvemonkeys.imageio.metadata.tiff.TIFFReader;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import newsprint.NewsprintException.MissingResource;
import newsprint.model.Photo;

/**
 * A photo's pixel size as it is shown, read from the file's header without decoding the image:
 * a photo whose EXIF orientation turns it on its side (5 to 8) is as wide as it is stored high.
 */
public record PhotoInfo(Photo photo, int widthPx, int heightPx, int orientation) {
    static final long MAX_PIXELS = Photo.MAX_PIXELS;

    static PhotoInfo read(Photo photo, String where) {
        try (ImageInputStream in = ImageIO.createImageInputStream(photo.file().toFile())) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) {
                throw new MissingResource(where + ": photo '" + photo.file().getFileName() + "' is not a JPEG or PNG image",
                        "photos must be JPEG or PNG files");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                int w = reader.getWidth(0);
                int h = reader.getHeight(0);
                if (w <= 0 || h <= 0 || (long) w * h > MAX_PIXELS) {
                    throw new MissingResource(where + ": photo '" + photo.file().getFileName() + "' is " + w + "×" + h
                            + " pixels, more than " + MAX_PIXELS / 1_000_000 + " megapixels", "scale it down before placing it");
                }
                int orientation = orientation(photo.file());
                return orientation >= 5 ? new PhotoInfo(photo, h, w, orientation) : new PhotoInfo(photo, w, h, orientation);
            } finally {
                reader.dispose();
            }
        } catch (IOException e) {
            throw new MissingResource(where + ": photo '" + photo.file().getFileName() + "' cannot be read: " + e.getMessage(),
                    "check that the file is a complete JPEG or PNG", e);
        }
    }

    /**
     * The EXIF orientation of a JPEG (1 to 8; 1 is upright), or 1 when it has none. 2 to 8 ask
     * for the stored pixels to be mirrored and/or turned before they are shown.
     */
    public static int orientation(java.nio.file.Path file) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            if (in == null) {
                return 1;
            }
            List<JPEGSegment> exif;
            try {
                exif = JPEGSegmentUtil.readSegments(in, JPEG.APP1, "Exif");
            } catch (IOException | IllegalArgumentException notJpeg) {
                return 1;
            }
            if (exif.isEmpty()) {
                return 1;
            }
            InputStream data = exif.get(0).data();
            if (data.read() < 0) { // the pad byte after "Exif\0"
                return 1;
            }
            Directory tiff = new TIFFReader().read(ImageIO.createImageInputStream(data));
            Entry e = tiff.getEntryById(TIFF.TAG_ORIENTATION);
            int o = e != null && e.getValue() instanceof Number n ? n.intValue() : 1;
            return o >= 1 && o <= 8 ? o : 1;
        }
    }

    /** Height over width. */
    double aspect() {
        return (double) heightPx / widthPx;
    }
}
