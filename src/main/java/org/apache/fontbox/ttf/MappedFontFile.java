package org.apache.fontbox.ttf;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.apache.pdfbox.io.RandomAccessRead;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * A TrueType font file read through a memory map instead of the Java heap. FontBox 3.0.8's
 * {@link TTFParser#parse(RandomAccessRead)} copies the whole file into a byte array that the font
 * keeps for its life (its tables are read from it lazily, and subsetting reads it again): for the
 * four Noto faces about 50 MB of heap held by every process, a fifth of what an edition may use at
 * {@code -Xmx256m}. Here the file's pages are the operating system's, shared and paged in as read.
 * FontBox's data stream is package-private, hence this class in its package: it behaves as
 * {@code RandomAccessReadDataStream} does (the same reads, the same end-of-data answers), over a
 * read-only mapping, so the parsed font is the same. Its {@code glyf} table, too, is read from
 * the map ({@link MappedGlyphTable}), and its character maps are looked up in it ({@link MappedCmapTable}).
 */
public final class MappedFontFile extends TTFDataStream {
    private final ByteBuffer data;

    /** A stream over {@code data} (a file's map, or a slice of it: one of its tables), from its start. */
    MappedFontFile(ByteBuffer data) {
        this.data = data;
    }

    /** Parses the TrueType font in {@code file} (as {@code new TTFParser().parse(file)} would), its bytes mapped, not copied. */
    public static TrueTypeFont parse(Path file) throws IOException {
        ByteBuffer map;
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            if (channel.size() > Integer.MAX_VALUE - 8) {
                throw new IOException("Stream is too long, size: " + channel.size());
            }
            map = channel.map(FileChannel.MapMode.READ_ONLY, 0, channel.size()); // valid after the channel closes
        }
        return parse(map);
    }

    /**
     * Parses the TrueType font whose bytes are {@code file} (a file's map, or a font read into
     * memory from the jar), its glyph outlines and character maps read from them as they are asked
     * for, never copied into FontBox's own structures.
     */
    public static TrueTypeFont parse(ByteBuffer file) throws IOException {
        ByteBuffer mapped = file.duplicate().position(0);
        return new TTFParser() {
            @Override
            TrueTypeFont newFont(TTFDataStream raf) {
                return new TrueTypeFont(raf) {
                    @Override
                    void addTable(TTFTable table) {
                        // outlines and character maps are read from the bytes as they are asked for, not copied onto the heap
                        super.addTable(table instanceof GlyphTable ? new MappedGlyphTable(table, mapped)
                                : table instanceof CmapTable ? new MappedCmapTable(table, mapped) : table);
                    }
                };
            }
        }.parse(new MappedFontFile(mapped));
    }

    /** Gives {@code table}, a table read from the map, the place of {@code entry} in the font's table directory. */
    static void placeAs(TTFTable table, TTFTable entry) {
        table.setTag(entry.getTag());
        table.setCheckSum(entry.getCheckSum());
        table.setOffset(entry.getOffset());
        table.setLength(entry.getLength());
    }

    @Override
    public int read() {
        return data.hasRemaining() ? data.get() & 0xFF : -1;
    }

    /** As FontBox's own stream reads it: two ints of four {@link #read()}s each, past the end as -1 bytes. */
    @Override
    public long readLong() {
        return ((long) readInt() << 32) + (readInt() & 0xFFFFFFFFL);
    }

    private int readInt() {
        int b1 = read();
        int b2 = read();
        int b3 = read();
        int b4 = read();
        return (b1 << 24) + (b2 << 16) + (b3 << 8) + b4;
    }

    @Override
    public void seek(long pos) throws IOException {
        if (pos < 0) {
            throw new IOException("Invalid position " + pos);
        }
        data.position((int) Math.min(pos, data.limit()));
    }

    @Override
    public int read(byte[] b, int off, int len) {
        if (!data.hasRemaining()) {
            return -1;
        }
        int n = Math.min(data.remaining(), len);
        data.get(b, off, n);
        return n;
    }

    @Override
    public RandomAccessRead createSubView(long length) {
        try {
            return new RandomAccessReadBuffer(data.duplicate().position(0)).createView(data.position(), length);
        } catch (IOException e) {
            return null;
        }
    }

    @Override
    public long getCurrentPosition() {
        return data.position();
    }

    /** The whole file from its start, independent of this stream's position (subsetting reads it on the pages' threads). */
    @Override
    public InputStream getOriginalData() {
        ByteBuffer all = data.duplicate().position(0);
        return new InputStream() {
            @Override
            public int read() {
                return all.hasRemaining() ? all.get() & 0xFF : -1;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (len == 0) {
                    return 0;
                }
                if (!all.hasRemaining()) {
                    return -1;
                }
                int n = Math.min(all.remaining(), len);
                all.get(b, off, n);
                return n;
            }

            @Override
            public long skip(long n) {
                int k = (int) Math.max(0, Math.min(n, all.remaining()));
                all.position(all.position() + k);
                return k;
            }

            @Override
            public int available() {
                return all.remaining();
            }
        };
    }

    @Override
    public long getOriginalDataSize() {
        return data.capacity();
    }

    @Override
    public void close() {
        // the mapping is released with the buffer
    }
}
