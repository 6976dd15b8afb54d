package newsprint.model;

/**
 * How much one page file may hold: the one home of these numbers (the reader enforces them, the
 * README lists them). Each is far above what a real page holds and low enough that a page at
 * every limit at once still reads, checks and composes in seconds.
 */
public final class Limits {
    /** A page of a daily paper is a few hundred kilobytes of text; this bounds memory on bad input. */
    public static final long PAGE_FILE_BYTES = 8L * 1024 * 1024;

    /** A daily edition has 4 to 48 pages; a weekend one with its supplements a few more. */
    public static final int PAGES_PER_EDITION = 96;

    /** An edition file is a list of page files and the edition's facts: a few kilobytes. */
    public static final long EDITION_FILE_BYTES = 1024L * 1024;

    /** A broadsheet page holds a dozen articles; a listings page of briefs a few dozen. */
    public static final int ARTICLES_PER_PAGE = 100;

    /** A page carries a few ads; a classifieds page more, each a slot of its own. */
    public static final int ADS_PER_PAGE = 30;

    /** A picture story has a handful of photos; each one is decoded by the preflight. */
    public static final int PHOTOS_PER_ARTICLE = 20;
    public static final int PHOTOS_PER_PAGE = 60;

    /** Paragraphs and subheads: a long report has a hundred. */
    public static final int BODY_BLOCKS_PER_ARTICLE = 1_000;
    public static final int BODY_BLOCKS_PER_PAGE = 5_000;

    /**
     * Characters (code points) in one paragraph. A broadsheet page prints about 9,000 body
     * characters, so this is twenty pages of one paragraph: no real paragraph comes near it,
     * while a whole document pasted into one field does.
     */
    public static final int PARAGRAPH_CHARS = 200_000;

    /**
     * Characters in every other text field (headline, kicker, subheadline, byline, subhead,
     * caption, credit, source, paper, section, editor, a photo's file name). A headline of three
     * lines across a broadsheet is under 100 characters; 500 leaves room for any real one.
     */
    public static final int LINE_CHARS = 500;

    private Limits() {
    }
}
