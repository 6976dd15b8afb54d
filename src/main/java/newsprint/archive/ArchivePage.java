package newsprint.archive;

import newsprint.compose.ComposedPage;

/**
 * One page of an archived edition and the names of its files: its ALTO file, the PDF that
 * shows it, and which page of that PDF it is (1 for a PDF of one page; an edition PDF holds
 * several).
 */
public record ArchivePage(ComposedPage page, String altoName, String pdfName, int pdfPage) {
    public ArchivePage {
        if (pdfPage < 1) {
            throw new IllegalArgumentException("PDF pages count from 1: " + pdfPage);
        }
    }

    /** The printed page number (第N版). */
    public int number() {
        return page.page().page().number();
    }
}
