package newsprint;

import java.awt.image.BufferedImage;
import java.awt.image.DataBuffer;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Iterator;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/** Photos as photo desks send them, made in the test: CMYK and YCCK JPEGs, EXIF orientation, small scans. */
public final class TestPhotos {
    private TestPhotos() {
    }

    /**
     * A 300 × 200 JPEG in Adobe's four-channel form, as Photoshop writes it: the left half pure
     * cyan ink, the right half pure magenta. {@code ycck} stores the first three channels as
     * luma and chroma (Adobe transform 2) instead of plain CMYK (transform 0).
     */
    public static byte[] adobeJpeg(boolean ycck) throws IOException {
        return adobeJpeg(new int[] {255, 0, 0, 0}, new int[] {0, 255, 0, 0}, ycck);
    }

    /** The same with the inks (C, M, Y, K, 0 to 255) of the left half and of the right half. */
    public static byte[] adobeJpeg(int[] left, int[] right, boolean ycck) throws IOException {
        int w = 300;
        int h = 200;
        WritableRaster r = Raster.createInterleavedRaster(DataBuffer.TYPE_BYTE, w, h, 4, null);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int[] ink = x < w / 2 ? left : right;
                // Adobe stores ink inverted (255 is no ink); YCCK keeps K so and stores the luma and
                // chroma of the C, M, Y ink, which a decoder turns back into 255 - ink (libjpeg's rule)
                int[] stored = ycck ? ycc(new int[] {ink[0], ink[1], ink[2], 255 - ink[3]})
                        : new int[] {255 - ink[0], 255 - ink[1], 255 - ink[2], 255 - ink[3]};
                r.setPixel(x, y, stored);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageWriter writer = jdkJpegWriter();
        try (ImageOutputStream ios = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(ios);
            writer.write(null, new IIOImage(r, null, null), writer.getDefaultWriteParam()); // four channels, no colour transform
        } finally {
            writer.dispose();
        }
        return insertAfterSoi(out.toByteArray(), adobeSegment(ycck ? 2 : 0));
    }

    /** {@code jpeg} with an EXIF block that sets the orientation tag to {@code orientation}. */
    public static byte[] withExifOrientation(byte[] jpeg, int orientation) {
        byte[] tiff = {
                'M', 'M', 0, 42, 0, 0, 0, 8, // big-endian TIFF header, first IFD at 8
                0, 1, // one entry
                0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, (byte) orientation, 0, 0, // Orientation, SHORT, 1 value
                0, 0, 0, 0}; // no next IFD
        byte[] payload = new byte[6 + tiff.length];
        System.arraycopy(new byte[] {'E', 'x', 'i', 'f', 0, 0}, 0, payload, 0, 6);
        System.arraycopy(tiff, 0, payload, 6, tiff.length);
        return insertAfterSoi(jpeg, segment(0xE1, payload));
    }

    /** {@code jpeg} with an embedded colour profile of one chunk: a 128-byte ICC header claiming {@code claimedBytes}. */
    public static byte[] withIccHeader(byte[] jpeg, int claimedBytes) {
        byte[] id = "ICC_PROFILE\0".getBytes(StandardCharsets.ISO_8859_1);
        byte[] payload = new byte[id.length + 2 + 128];
        System.arraycopy(id, 0, payload, 0, id.length);
        payload[id.length] = 1; // chunk 1
        payload[id.length + 1] = 1; // of 1
        int h = id.length + 2;
        payload[h] = (byte) (claimedBytes >>> 24);
        payload[h + 1] = (byte) (claimedBytes >>> 16);
        payload[h + 2] = (byte) (claimedBytes >>> 8);
        payload[h + 3] = (byte) claimedBytes;
        System.arraycopy("acsp".getBytes(StandardCharsets.ISO_8859_1), 0, payload, h + 36, 4);
        return insertAfterSoi(jpeg, segment(0xE2, payload));
    }

    /** {@code jpeg} scaled to {@code width × height} pixels and saved as an RGB JPEG. */
    public static byte[] scaled(byte[] jpeg, int width, int height) throws IOException {
        BufferedImage src = ImageIO.read(new ByteArrayInputStream(jpeg));
        BufferedImage dst = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        var g = dst.createGraphics();
        g.drawImage(src, 0, 0, width, height, null);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(dst, "jpeg", out);
        return out.toByteArray();
    }

    /**
     * A PNG whose header claims {@code width × height} pixels, with one tiny compressed row
     * behind it: a decompression bomb's header, without allocating the image.
     */
    public static byte[] pngHeader(int width, int height) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        ByteArrayOutputStream ihdr = new ByteArrayOutputStream();
        DataOutputStream h = new DataOutputStream(ihdr);
        h.writeInt(width);
        h.writeInt(height);
        h.write(new byte[] {8, 2, 0, 0, 0}); // 8 bits, RGB, deflate, no filter, no interlace
        chunk(out, "IHDR", ihdr.toByteArray());
        Deflater deflater = new Deflater();
        deflater.setInput(new byte[1 + 3 * 16]);
        deflater.finish();
        byte[] idat = new byte[256];
        chunk(out, "IDAT", Arrays.copyOf(idat, deflater.deflate(idat)));
        chunk(out, "IEND", new byte[0]);
        return bytes.toByteArray();
    }

    private static void chunk(DataOutputStream out, String type, byte[] data) throws IOException {
        byte[] t = type.getBytes(StandardCharsets.US_ASCII);
        out.writeInt(data.length);
        out.write(t);
        out.write(data);
        CRC32 crc = new CRC32();
        crc.update(t);
        crc.update(data);
        out.writeInt((int) crc.getValue());
    }

    /** JPEG's YCbCr of an RGB triple, the fourth channel kept. */
    private static int[] ycc(int[] v) {
        double r = v[0];
        double g = v[1];
        double b = v[2];
        int y = clamp(0.299 * r + 0.587 * g + 0.114 * b);
        int cb = clamp(128 - 0.168736 * r - 0.331264 * g + 0.5 * b);
        int cr = clamp(128 + 0.5 * r - 0.418688 * g - 0.081312 * b);
        return new int[] {y, cb, cr, v[3]};
    }

    private static int clamp(double v) {
        return (int) Math.max(0, Math.min(255, Math.round(v)));
    }

    private static byte[] adobeSegment(int transform) {
        return segment(0xEE, new byte[] {'A', 'd', 'o', 'b', 'e', 0, 100, 0, 0, 0, 0, (byte) transform});
    }

    private static byte[] segment(int marker, byte[] payload) {
        int length = payload.length + 2;
        byte[] s = new byte[payload.length + 4];
        s[0] = (byte) 0xFF;
        s[1] = (byte) marker;
        s[2] = (byte) (length >> 8);
        s[3] = (byte) length;
        System.arraycopy(payload, 0, s, 4, payload.length);
        return s;
    }

    private static byte[] insertAfterSoi(byte[] jpeg, byte[] segment) {
        byte[] out = new byte[jpeg.length + segment.length];
        System.arraycopy(jpeg, 0, out, 0, 2);
        System.arraycopy(segment, 0, out, 2, segment.length);
        System.arraycopy(jpeg, 2, out, 2 + segment.length, jpeg.length - 2);
        return out;
    }

    private static ImageWriter jdkJpegWriter() {
        for (Iterator<ImageWriter> it = ImageIO.getImageWritersByFormatName("jpeg"); it.hasNext(); ) {
            ImageWriter w = it.next();
            if (w.getClass().getName().startsWith("com.sun.imageio")) {
                return w;
            }
        }
        throw new IllegalStateException("the JDK's JPEG writer is missing");
    }
}
