/**
 * Chinese-first typography: the fonts and their metrics, punctuation normalization, and the
 * line breaker that sets paragraphs on the character grid (kinsoku, justification, no widows).
 */
package newsprint.type;
