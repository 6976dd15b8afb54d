package newsprint.compose;

import java.io.IOException;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import newsprint.NewsprintException.MissingResource;
import newsprint.model.Photo;

/** A photo's pixel size, read from the file's header without decoding the image. */
record PhotoInfo(Photo photo, int widthPx, int heightPx) {
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
                return new PhotoInfo(photo, w, h);
            } finally {
                reader.dispose();
            }
        } catch (IOException e) {
            throw new MissingResource(where + ": photo '" + photo.file().getFileName() + "' cannot be read: " + e.getMessage(),
                    "check that the file is a complete JPEG or PNG", e);
        }
    }

    /** Height over width. */
    double aspect() {
        return (double) heightPx / widthPx;
    }
}
