package newsprint;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.SortedMap;

/** The container of a TrueType file (an sfnt): big-endian table data, and the table directory with checksums. */
final class Sfnt {
    private Sfnt() {
    }

    /**
     * The font file: the table directory (tables by tag, each with its checksum) and the tables,
     * each on a 4-byte boundary; then {@code head}'s checksum adjustment, so the whole file sums
     * to the magic 0xB1B0AFBA.
     */
    static byte[] assemble(SortedMap<String, byte[]> tables) {
        int n = tables.size();
        int searchRange = 16 * Integer.highestOneBit(n);
        Data dir = new Data().u32(0x00010000).u16(n).u16(searchRange).u16(Integer.numberOfTrailingZeros(searchRange / 16))
                .u16(16 * n - searchRange);
        Data body = new Data();
        int offset = 12 + 16 * n;
        int headAt = 0;
        for (Map.Entry<String, byte[]> t : tables.entrySet()) { // the directory lists the tags in ascending order
            byte[] b = t.getValue();
            if (t.getKey().equals("head")) {
                headAt = offset + body.size();
            }
            dir.bytes(t.getKey().getBytes(StandardCharsets.US_ASCII), 0, 4).u32(checksum(b)).u32(offset + body.size()).u32(b.length);
            body.bytes(b, 0, b.length).pad();
        }
        byte[] file = new Data().bytes(dir.bytes(), 0, dir.size()).bytes(body.bytes(), 0, body.size()).bytes();
        long adjustment = (0xB1B0AFBAL - checksum(file)) & 0xFFFFFFFFL;
        java.nio.ByteBuffer.wrap(file).putInt(headAt + 8, (int) adjustment);
        return file;
    }

    /** The sum of the data as big-endian 32-bit words (the last one padded with zeros), modulo 2^32. */
    private static long checksum(byte[] b) {
        long sum = 0;
        for (int i = 0; i < b.length; i += 4) {
            long word = 0;
            for (int j = 0; j < 4; j++) {
                word = word << 8 | (i + j < b.length ? b[i + j] & 0xFF : 0);
            }
            sum = sum + word & 0xFFFFFFFFL;
        }
        return sum;
    }

    /** Big-endian binary data, as every sfnt table is written. */
    static final class Data {
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private final DataOutputStream out = new DataOutputStream(bytes);

        Data u8(int v) {
            return write(() -> out.writeByte(v));
        }

        Data u16(int v) {
            return write(() -> out.writeShort(v));
        }

        Data i16(int v) {
            return write(() -> out.writeShort(v));
        }

        Data u32(long v) {
            return write(() -> out.writeInt((int) v));
        }

        Data bytes(byte[] b, int from, int length) {
            return write(() -> out.write(b, from, length));
        }

        /** Zeros up to the next multiple of 4 bytes. */
        Data pad() {
            while (size() % 4 != 0) {
                u8(0);
            }
            return this;
        }

        int size() {
            return bytes.size();
        }

        byte[] bytes() {
            return bytes.toByteArray();
        }

        private interface Write {
            void run() throws IOException;
        }

        private Data write(Write w) {
            try {
                w.run();
            } catch (IOException e) {
                throw new UncheckedIOException(e); // a byte array stream does not fail
            }
            return this;
        }
    }
}
