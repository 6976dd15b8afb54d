/**
 * Proof pictures of a page (大样): its print PDF drawn by PDFBox's renderer at the trim, and the
 * modules marked over it (article, columns × lines, under or over), for {@code newsprint preview}
 * and the desk's screen.
 */
package newsprint.preview;
