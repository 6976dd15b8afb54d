/** The page file as newsprint understands it: an edition, a page, and its articles. */
package newsprint.model;
