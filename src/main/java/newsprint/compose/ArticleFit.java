package newsprint.compose;

import java.util.List;

/**
 * The copy-fit of one article: its module in columns × lines, the body capacity and content in
 * lines and characters, and what is over (overset) or under (underset). {@code oversetLines}
 * holds the text of every line that did not fit, so nothing is cut silently. A jumping article
 * is not overset: {@code continuedLines} and {@code continuedChars} run on to page
 * {@code continuesOn} (0 when it does not jump).
 */
public record ArticleFit(
        String articleId,
        int spanColumns,
        int heightLines,
        int capacityLines,
        int contentLines,
        int capacityChars,
        int contentChars,
        int oversetChars,
        int undersetLines,
        List<String> oversetText,
        int continuedLines,
        int continuedChars,
        int continuesOn) {

    public ArticleFit {
        oversetText = List.copyOf(oversetText);
    }

    /** The fit of an article that does not jump. */
    public ArticleFit(String articleId, int spanColumns, int heightLines, int capacityLines, int contentLines, int capacityChars,
                      int contentChars, int oversetChars, int undersetLines, List<String> oversetText) {
        this(articleId, spanColumns, heightLines, capacityLines, contentLines, capacityChars, contentChars, oversetChars,
                undersetLines, oversetText, 0, 0, 0);
    }

    public int oversetLines() {
        return oversetText.size();
    }

    public boolean fits() {
        return oversetText.isEmpty();
    }

    /** Characters of space left empty (underset lines at the body measure). */
    public int undersetChars(int charsPerLine) {
        return undersetLines * charsPerLine;
    }
}
