/**
 * The archive's sidecars, made from composed pages without OCR: ALTO 4 per page (every line with
 * its text, position, size and style, grouped per article), one METS file per edition (edition,
 * pages, articles and their parts, and the files), and {@code articles.jsonl} (one article a
 * line) for a search indexer. {@link newsprint.archive.PrintedPage} is where the positions are
 * worked out, once; the writers only serialise it.
 */
package newsprint.archive;
