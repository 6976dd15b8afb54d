/**
 * Finishing: what turns a rendered page into a print PDF (PDF/X-4: output intent, page boxes,
 * crop marks) or an archive PDF (PDF/A-3u and PDF/UA-1: tagged, the page file attached), with
 * metadata that matches in the document information and XMP.
 */
package newsprint.finish;
