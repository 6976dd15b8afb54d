package newsprint.prepare;

import com.twelvemonkeys.imageio.metadata.Directory;
import com.twelvemonkeys.imageio.metadata.Entry;
import com.twelvemonkeys.imageio.metadata.jpeg.JPEG;
import com.twelvemonkeys.imageio.metadata.jpeg.JPEGSegment;
import com.twelvemonkeys.imageio.metadata.jpeg.JPEGSegmentUtil;
import com.twelvemonkeys.imageio.metadata.tiff.TIFF;
import com.twelvemonkeys.imageio.metadata.tiff.TIFFReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import newsprint.model.Photo;

/**
 * One photo file as newsprint found it, inspected once however many times the page uses it: its
 * bytes (what the PDF embeds and the document ID hashes), format, pixel size, EXIF orientation
 * and SHA-256, or the one problem that makes it unusable. Every rule about photo files lives
 * here: JPEG (RGB, grey, CMYK or YCCK) or PNG, at most {@link #MAX_BYTES} and
 * {@link Photo#MAX_PIXELS} (read from the header, before a pixel is decoded), and decoding
 * completely (a truncated or corrupt file is caught).
 *
 * @param widthPx      the stored width in pixels (0 when the file is unusable)
 * @param heightPx     the stored height in pixels
 * @param orientation  the EXIF orientation, 1 (upright) to 8
 * @param problem      why the file cannot be used, or null
 */
public record PhotoFile(Path path, byte[] bytes, String format, int widthPx, int heightPx, int orientation, String sha256,
                        Problem problem) {
    /** Photos are megabytes; anything much larger is not a newspaper photo. */
    public static final long MAX_BYTES = 64L * 1024 * 1024;
    /** Decoding is subsampled down to about this many pixels: every byte is still decoded, memory stays small. */
    private static final long DECODE_PIXELS = 4_000_000L;
    /** Decoder warnings that mean the picture is damaged; others (extraneous bytes before a marker) are harmless. */
    private static final Pattern DAMAGE = Pattern.compile("(?i)truncat|premature|missing eoi|huffman|corrupt jpeg data: (?!\\d+ extraneous)");

    /** What is wrong with an unusable photo file. */
    public enum Kind {
        /** Missing, not JPEG or PNG, or damaged. */
        UNREADABLE,
        /** More pixels or bytes than newsprint decodes. */
        TOO_LARGE
    }

    /** The problem of an unusable photo file, in words that follow the file's name ("is not a JPEG or PNG image"). */
    public record Problem(Kind kind, String message) {
    }

    public boolean usable() {
        return problem == null;
    }

    /** The width as the photo is shown: a photo turned on its side by its orientation (5 to 8) is as wide as it is stored high. */
    public int shownWidthPx() {
        return orientation >= 5 ? heightPx : widthPx;
    }

    public int shownHeightPx() {
        return orientation >= 5 ? widthPx : heightPx;
    }

    /** Reads and inspects the file at {@code path}. Never throws: an unusable file carries its {@link #problem()}. */
    public static PhotoFile inspect(Path path) {
        return inspect(path, null);
    }

    /**
     * Reads the file at {@code path} and inspects it, or takes what an earlier inspection of the
     * same bytes found from {@code known} (by SHA-256; null for none). Never throws: an unusable
     * file carries its {@link #problem()}.
     */
    static PhotoFile inspect(Path path, Map<String, PhotoFile> known) {
        byte[] bytes;
        try {
            if (!Files.isRegularFile(path)) {
                return failed(path, Kind.UNREADABLE, Files.exists(path) ? "is not a regular file" : "does not exist");
            }
            try (InputStream in = Files.newInputStream(path)) {
                bytes = in.readNBytes((int) MAX_BYTES + 1);
            }
        } catch (IOException e) {
            return failed(path, Kind.UNREADABLE, "cannot be read: " + e.getMessage());
        }
        if (bytes.length > MAX_BYTES) {
            return failed(path, Kind.TOO_LARGE, "is larger than " + MAX_BYTES / (1024 * 1024) + " MB: scale it down before placing it");
        }
        if (bytes.length == 0) {
            return failed(path, Kind.UNREADABLE, "is empty (0 bytes): it was not copied or saved completely");
        }
        String sha = newsprint.Digest.sha256(bytes);
        PhotoFile earlier = known == null ? null : known.get(sha);
        if (earlier != null) {
            return new PhotoFile(path, bytes, earlier.format, earlier.widthPx, earlier.heightPx, earlier.orientation, sha, earlier.problem);
        }
        PhotoFile found = decode(path, bytes, sha);
        if (known != null) {
            known.put(sha, new PhotoFile(path, new byte[0], found.format, found.widthPx, found.heightPx, found.orientation, sha, found.problem));
        }
        return found;
    }

    /** Inspects {@code bytes} already read (a layout's masthead artwork), named {@code path} in messages. */
    public static PhotoFile of(Path path, byte[] bytes) {
        if (bytes.length > MAX_BYTES) {
            return failed(path, Kind.TOO_LARGE, "is larger than " + MAX_BYTES / (1024 * 1024) + " MB");
        }
        return decode(path, bytes, newsprint.Digest.sha256(bytes));
    }

    private static PhotoFile decode(Path path, byte[] bytes, String sha) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) {
                return failed(path, Kind.UNREADABLE, "is not a JPEG or PNG image");
            }
            ImageReader reader = readers.next();
            try {
                String format = reader.getFormatName().toLowerCase(Locale.ROOT);
                if (!format.equals("jpeg") && !format.equals("png")) {
                    return failed(path, Kind.UNREADABLE, "is a " + format.toUpperCase(Locale.ROOT) + " image; photos must be JPEG or PNG");
                }
                reader.setInput(in, true, true);
                int w = reader.getWidth(0);
                int h = reader.getHeight(0);
                if (w <= 0 || h <= 0 || (long) w * h > Photo.MAX_PIXELS) {
                    return failed(path, Kind.TOO_LARGE, "is " + w + "×" + h + " pixels, more than "
                            + Photo.MAX_PIXELS / 1_000_000 + " megapixels: scale it down before placing it");
                }
                String profile = format.equals("jpeg") ? profileDamage(bytes) : null;
                if (profile != null) {
                    // the decoder would allocate what the profile's header claims: 2 GB for a 30 KB file is "out of memory"
                    return failed(path, Kind.UNREADABLE, "is damaged (" + profile + "): send the photo again");
                }
                String damage = decode(reader, w, h, format.equals("jpeg"));
                if (damage != null) {
                    return failed(path, Kind.UNREADABLE, "is damaged (" + damage + "): it would print incomplete; send the photo again");
                }
                int orientation = format.equals("jpeg") ? orientation(bytes) : 1;
                return new PhotoFile(path, bytes, format, w, h, orientation, sha, null);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            // image decoders report malformed data with all kinds of runtime exceptions, not only IOException
            return failed(path, Kind.UNREADABLE, "cannot be read: " + e.getMessage());
        }
    }

    private static PhotoFile failed(Path path, Kind kind, String message) {
        return new PhotoFile(path, new byte[0], null, 0, 0, 1, null, new Problem(kind, message));
    }

    /** Decodes every byte of the image at a subsampling that bounds memory; returns the damage found, or null. */
    private static String decode(ImageReader reader, int w, int h, boolean jpeg) throws IOException {
        List<String> warnings = new ArrayList<>();
        reader.addIIOReadWarningListener((source, warning) -> warnings.add(warning));
        ImageReadParam param = reader.getDefaultReadParam();
        int step = (int) Math.max(1, Math.ceil(Math.sqrt((double) w * h / DECODE_PIXELS)));
        param.setSourceSubsampling(step, step, 0, 0);
        if (jpeg) {
            // in the decoder's own sample order when it is RGB: each row one array copy, not a copy sample by sample
            param.setDestination(rgbDestination(reader, (w + step - 1) / step, (h + step - 1) / step));
        }
        reader.read(0, param);
        return warnings.stream().filter(m -> DAMAGE.matcher(m).find()).findFirst().orElse(null);
    }

    /**
     * A picture of {@code width} × {@code height} to read {@code reader}'s image into, 8-bit sRGB
     * stored red, green, blue, three bytes a pixel (the order the JPEG decoder makes them in),
     * when the reader's own picture would be the same samples stored blue, green, red; else null.
     * Read into that picture, every row is copied sample by sample through the raster's generic
     * accessors, which costs about as much as the decoding; into this one a row is one array
     * copy. The samples are the same.
     */
    public static java.awt.image.BufferedImage rgbDestination(ImageReader reader, int width, int height) throws IOException {
        var types = reader.getImageTypes(0);
        if (types == null || !types.hasNext() || types.next().getBufferedImageType() != java.awt.image.BufferedImage.TYPE_3BYTE_BGR) {
            return null;
        }
        var cm = new java.awt.image.ComponentColorModel(java.awt.color.ColorSpace.getInstance(java.awt.color.ColorSpace.CS_sRGB), false, false,
                java.awt.Transparency.OPAQUE, java.awt.image.DataBuffer.TYPE_BYTE);
        var raster = java.awt.image.Raster.createInterleavedRaster(java.awt.image.DataBuffer.TYPE_BYTE, width, height, width * 3, 3,
                new int[] {0, 1, 2}, null);
        return new java.awt.image.BufferedImage(cm, raster, false, null);
    }

    /**
     * What is wrong with a JPEG's embedded colour profile (its APP2 ICC_PROFILE chunks), or null
     * when it has none or a whole one: a profile whose header claims more bytes than its chunks
     * hold. The decoder allocates what the header claims before it finds out.
     */
    static String profileDamage(byte[] jpeg) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(jpeg))) {
            List<JPEGSegment> chunks = JPEGSegmentUtil.readSegments(in, JPEG.APP2, "ICC_PROFILE");
            long held = 0;
            long claimed = -1;
            for (JPEGSegment chunk : chunks) {
                byte[] data = chunk.data().readAllBytes(); // the chunk's number and count, then its part of the profile
                if (data.length < 2) {
                    continue;
                }
                held += data.length - 2;
                if (data[0] == 1 && data.length >= 6) {
                    claimed = ((data[2] & 0xFFL) << 24) | ((data[3] & 0xFFL) << 16) | ((data[4] & 0xFF) << 8) | (data[5] & 0xFF);
                }
            }
            return claimed > held ? "its colour profile claims " + claimed + " bytes and the file holds " + held + " of it" : null;
        } catch (IOException | RuntimeException unreadable) {
            return null; // no segments to speak of: the decoder's own reading reports a damaged file
        }
    }

    /**
     * The EXIF orientation of a JPEG (1 to 8; 1 is upright), or 1 when it has none. 2 to 8 ask
     * for the stored pixels to be mirrored and/or turned before they are shown.
     */
    static int orientation(byte[] jpeg) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(jpeg))) {
            List<JPEGSegment> exif = JPEGSegmentUtil.readSegments(in, JPEG.APP1, "Exif");
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
        } catch (IOException | RuntimeException notExif) {
            return 1;
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PhotoFile p && p.path.equals(path) && java.util.Objects.equals(p.sha256, sha256);
    }

    @Override
    public int hashCode() {
        return path.hashCode();
    }

    @Override
    public String toString() {
        return "PhotoFile[" + path + ", " + format + " " + widthPx + "×" + heightPx + (problem == null ? "" : ", " + problem.message()) + "]";
    }
}
