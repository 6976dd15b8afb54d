package newsprint.read;

import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.reader.StreamReader;

/**
 * SnakeYAML's character source over text already in memory. SnakeYAML's own reader refills a
 * window of 1,024 characters by copying everything not yet consumed, and its scanner consumes
 * a run of characters without a space (a Chinese paragraph, a comment line) only at its end:
 * so one run of n characters costs n²/1024 copies, over a minute for 8 MB. Here the whole text
 * is one array, so every look-ahead is direct and a page of any size reads in linear time.
 * Lines and columns are counted exactly as SnakeYAML counts them, for its error messages.
 */
final class WholeTextReader extends StreamReader {
    private final int[] text;
    private int pointer;
    private int index;
    private int documentIndex;
    private int line;
    private int column;

    /** {@code codePoints} must hold printable characters only (see {@link StreamReader#isPrintable(int)}). */
    WholeTextReader(int[] codePoints) {
        super("");
        this.text = codePoints;
    }

    @Override
    public Mark getMark() {
        return new Mark("page", index, line, column, text, pointer);
    }

    @Override
    public void forward() {
        forward(1);
    }

    @Override
    public void forward(int length) {
        for (int i = 0; i < length && pointer < text.length; i++) {
            int c = text[pointer++];
            index++;
            documentIndex++;
            // a line ends at \n, NEL, LS, PS, and at a \r followed by something other than \n
            if (c == '\n' || c == 0x85 || c == 0x2028 || c == 0x2029 || c == '\r' && pointer < text.length && text[pointer] != '\n') {
                line++;
                column = 0;
            } else if (c != 0xFEFF) {
                column++;
            }
        }
    }

    @Override
    public int peek() {
        return peek(0);
    }

    @Override
    public int peek(int offset) {
        int at = pointer + offset;
        return at < text.length ? text[at] : 0;
    }

    @Override
    public String prefix(int length) {
        return new String(text, pointer, Math.min(length, text.length - pointer));
    }

    /** Consumes {@code length} characters that hold no line break (as SnakeYAML's does). */
    @Override
    public String prefixForward(int length) {
        String prefix = prefix(length);
        int n = prefix.codePointCount(0, prefix.length());
        pointer += n;
        index += n;
        documentIndex += n;
        column += n;
        return prefix;
    }

    @Override
    public int getColumn() {
        return column;
    }

    @Override
    public int getDocumentIndex() {
        return documentIndex;
    }

    @Override
    public void resetDocumentIndex() {
        documentIndex = 0;
    }

    @Override
    public int getIndex() {
        return index;
    }

    @Override
    public int getLine() {
        return line;
    }
}
