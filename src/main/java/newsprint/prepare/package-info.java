/**
 * The prepared page: a page file with its layout resolved, its photos inspected and its text as
 * it will print, worked out once after reading and passed forward to every later stage.
 */
package newsprint.prepare;
