/**
 * The preflight: what can be known about a page before it goes to press (a character no font
 * has, a damaged or coarse photo, a paragraph printed twice or cut in two), reported as
 * {@link newsprint.check.Finding}s with a severity, the article and the field.
 */
package newsprint.check;
