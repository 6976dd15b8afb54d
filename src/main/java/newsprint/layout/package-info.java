/** Layouts: a page's grid data (trim, margins, columns, type sizes, fonts) and its HTML/CSS template. */
package newsprint.layout;
