/** Reads page files (YAML or JSON) strictly: every field known, every type checked, every path kept inside the page's folder. */
package newsprint.read;
