/** Paints a filled page into a PDF with OpenHTMLtoPDF over PDFBox: fonts embedded and subset, resources confined, bytes reproducible. */
package newsprint.render;
