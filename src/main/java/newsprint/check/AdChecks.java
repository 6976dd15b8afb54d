package newsprint.check;

import java.util.List;
import java.util.Locale;
import newsprint.check.Finding.Code;
import newsprint.compose.PageGrid;
import newsprint.layout.Units;
import newsprint.model.Ad;
import newsprint.model.PageInfo;
import newsprint.prepare.AdFile;
import newsprint.prepare.PreparedPage;

/**
 * The ads' files as a press takes them (the GWG newspaper-ad rules): readable and not
 * encrypted, fonts embedded, trim the booked size within {@link #TOLERANCE_MM} (else the nearest
 * booking that would fit), no colour on a black-only page; and the warnings: RGB, what the page
 * drops (annotations, form fields, scripts, actions, tags), extra pages. The resolution of an
 * ad's pictures depends on where it is placed and is checked with the photos'.
 */
final class AdChecks {
    /** How far an ad's trim may differ from its booking, each way. */
    static final double TOLERANCE_MM = 1.0;

    void check(List<Finding> out, PreparedPage page) {
        PageGrid grid = PageGrid.of(page.layout().layout());
        boolean black = page.file().page().colour() == PageInfo.Colour.BLACK;
        for (Ad ad : page.file().ads()) {
            AdFile file = page.ad(ad);
            String field = "ad '" + ad.id() + "'";
            String name = "'" + page.file().folder().relativize(ad.file()) + "'";
            for (AdFile.Note note : file.notes()) {
                out.add(Finding.of(code(note.kind()), null, field, name + " " + note.message()));
            }
            if (!file.usable()) {
                continue;
            }
            if (file.format() == AdFile.Format.PDF) {
                size(out, grid, ad, file, field, name);
                if (black && file.colour()) {
                    out.add(Finding.of(Code.AD_COLOUR, null, field, name + " prints in colour (cyan, magenta, yellow, RGB or a spot "
                            + "colour) and page " + page.file().page().number() + " is black only: the colour would not print; "
                            + "ask for a black-and-white ad, or book it on a colour page"));
                }
            }
        }
    }

    /** The trim against the booking: an error naming both sizes and the booking that would fit. */
    private static void size(List<Finding> out, PageGrid grid, Ad ad, AdFile file, String field, String name) {
        double slotWidth = Units.ptToMm(grid.spanWidthPt(ad.columns()));
        double width = Units.ptToMm(file.widthPt());
        double height = Units.ptToMm(file.heightPt());
        if (Math.abs(width - slotWidth) <= TOLERANCE_MM && Math.abs(height - ad.heightMm()) <= TOLERANCE_MM) {
            return;
        }
        int nearest = 1;
        for (int c = 1; c <= grid.columns(); c++) {
            if (Math.abs(Units.ptToMm(grid.spanWidthPt(c)) - width) < Math.abs(Units.ptToMm(grid.spanWidthPt(nearest)) - width)) {
                nearest = c;
            }
        }
        double nearestWidth = Units.ptToMm(grid.spanWidthPt(nearest));
        String fits = Math.abs(nearestWidth - width) <= TOLERANCE_MM
                ? String.format(Locale.ROOT, "it fits a booking of %d %s × %.0f mm", nearest, nearest == 1 ? "column" : "columns", height)
                : String.format(Locale.ROOT, "its width fits no whole number of columns (the nearest is %d %s, %.1f mm wide)", nearest,
                        nearest == 1 ? "column" : "columns", nearestWidth);
        out.add(Finding.of(Code.AD_SIZE, null, field, String.format(Locale.ROOT,
                "%s is %.1f × %.1f mm; its slot is %.1f × %.1f mm (%d %s × %s mm, within ±%.0f mm): %s", name, width, height, slotWidth,
                ad.heightMm(), ad.columns(), ad.columns() == 1 ? "column" : "columns", trimmed(ad.heightMm()), TOLERANCE_MM, fits)));
    }

    private static String trimmed(double mm) {
        return new java.math.BigDecimal(mm).setScale(1, java.math.RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString();
    }

    private static Code code(AdFile.Kind kind) {
        return switch (kind) {
            case UNREADABLE -> Code.AD_UNREADABLE;
            case ENCRYPTED -> Code.AD_ENCRYPTED;
            case FONT_NOT_EMBEDDED -> Code.AD_FONT_NOT_EMBEDDED;
            case RGB -> Code.AD_RGB;
            case DROPPED -> Code.AD_DROPPED;
            case PAGES -> Code.AD_PAGES;
        };
    }
}
