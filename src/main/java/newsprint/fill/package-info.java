/** Fills a layout's HTML template with a composed page (Jsoup); article text always goes in as text, never as markup. */
package newsprint.fill;
