/**
 * The desk's screen ({@code newsprint serve}): an edition's pages kept composed and rendered by one
 * warm engine, re-made when their files change, shown in the browser (flatplan, page view with its
 * modules, fit and findings), and signed off (签版) with a record the edition command can require.
 */
package newsprint.desk;
