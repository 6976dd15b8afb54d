package newsprint.compose;

import java.util.ArrayList;
import java.util.List;
import newsprint.NewsprintException.BadInput;
import newsprint.layout.Units;
import newsprint.model.Ad;

/**
 * Where a page's ads go, before any article is placed: each booked size (columns ×
 * millimetres) snapped to the grid (whole columns; whole lines, rounded up), each slot in its
 * place. {@code bottom} and {@code right} ads sit at the foot of the page's grid, packed from the
 * right; {@code left} ads at the foot, packed from the left; {@code top} ads at the head, from the
 * right; an {@code ear} ad in the front page's ear; a pinned ad where its pin says. Slots that
 * overlap, or leave the grid, are errors naming the ads.
 */
final class AdSlots {
    /** A placed ad: its grid area (from 0), in columns and lines. */
    record Slot(Ad ad, int column, int line, int span, int lines) {
        boolean overlaps(Slot o) {
            return column < o.column + o.span && o.column < column + span && line < o.line + o.lines && o.line < line + lines;
        }
    }

    private AdSlots() {
    }

    /**
     * The slots of {@code ads} on a grid whose articles' region is lines {@code [top, bottom)};
     * {@code ear} is the front page's ear (column, line, span, lines) or null.
     */
    static List<Slot> place(List<Ad> ads, PageGrid grid, int top, int bottom, int[] ear, String page) {
        List<Slot> slots = new ArrayList<>();
        int fromRight = grid.columns();
        int fromLeft = 0;
        int topRight = grid.columns();
        for (Ad ad : ads) {
            if (ad.columns() > grid.columns()) {
                throw bad(page, ad, "is booked " + ad.columns() + " columns wide; the page has " + grid.columns());
            }
            int lines = linesFor(grid, ad);
            int span = ad.columns();
            Slot slot = switch (ad.position().kind()) {
                case BOTTOM, RIGHT -> {
                    fromRight -= span;
                    yield new Slot(ad, fromRight, bottom - lines, span, lines);
                }
                case LEFT -> {
                    fromLeft += span;
                    yield new Slot(ad, fromLeft - span, bottom - lines, span, lines);
                }
                case TOP -> {
                    topRight -= span;
                    yield new Slot(ad, topRight, top, span, lines);
                }
                case EAR -> {
                    if (ear == null) {
                        throw bad(page, ad, "is booked for the ear (报眼), and this page's layout has no masthead band");
                    }
                    if (span > ear[2] || lines > ear[3]) {
                        throw bad(page, ad, "is " + span + " columns × " + lines + " lines; the ear holds " + ear[2] + " × " + ear[3]);
                    }
                    yield new Slot(ad, ear[0] + ear[2] - span, ear[1], span, lines);
                }
                case PIN -> new Slot(ad, ad.position().column() - 1, ad.position().row() - 1, span, lines);
            };
            boolean inEar = ad.position().kind() == Ad.Position.Kind.EAR;
            if (slot.column() < 0 || slot.column() + span > grid.columns() || slot.line() < (inEar ? 0 : top)
                    || slot.line() + lines > (inEar ? top : bottom)) {
                throw bad(page, ad, "does not fit the page where it is booked (" + ad.position().written() + ", " + span + " columns × "
                        + lines + " lines, " + Math.round(ad.heightMm()) + " mm)");
            }
            for (Slot other : slots) {
                if (other.overlaps(slot)) {
                    throw new BadInput(page + ": ads '" + other.ad().id() + "' and '" + ad.id() + "' overlap where they are booked",
                            "book one of them elsewhere or smaller");
                }
            }
            slots.add(slot);
        }
        return slots;
    }

    /**
     * The whole lines an ad's slot takes: its booked height and at least half a line of space
     * between it and the news beside it.
     */
    static int linesFor(PageGrid grid, Ad ad) {
        return grid.linesFor(Units.mmToPt(ad.heightMm()) + grid.leadingPt() * GAP_LINES);
    }

    /** The least space between an ad and the articles beside it, in lines. */
    static final double GAP_LINES = 0.5;

    /**
     * The booked area in the slot: the slot's width, the booked height, at the slot's edge away
     * from the news (its foot for an ad at the foot of the page, else its head).
     */
    static Rect booked(PageGrid grid, Slot slot) {
        Rect area = grid.area(slot.column(), slot.span(), slot.line(), slot.lines());
        double height = Units.mmToPt(slot.ad().heightMm());
        boolean foot = switch (slot.ad().position().kind()) {
            case BOTTOM, LEFT, RIGHT -> true;
            default -> false;
        };
        return new Rect(area.xPt(), foot ? area.bottomPt() - height : area.yPt(), area.widthPt(), height);
    }

    private static BadInput bad(String page, Ad ad, String problem) {
        return new BadInput(page + ": ad '" + ad.id() + "' " + problem, "change the booking: its columns, height or position");
    }
}
