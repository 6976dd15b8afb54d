package newsprint.compose;

import newsprint.model.Ad;
import newsprint.prepare.AdFile;

/**
 * An ad on the composed page. {@code slot} is its module on the grid (whole columns, whole
 * lines), which no article enters; {@code booked} the area booked inside it (the columns' width,
 * the booked height), at the slot's edge away from the news (its foot for an ad at the bottom,
 * its head for one at the top or in the ear); {@code art} where the ad file's own page or picture
 * is drawn: a PDF at 100 % centred on the booked area, a picture scaled to fit it whole (never
 * cropped). What falls outside {@code booked} is clipped.
 *
 * @param ppi the lowest resolution of the ad's pictures as printed (infinite for a PDF without any)
 */
public record AdBox(Ad ad, AdFile file, Rect slot, Rect booked, Rect art, double ppi) {
}
