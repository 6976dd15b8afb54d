package newsprint.model;

import java.nio.file.Path;

/**
 * An advertisement booked for a page (广告): its file (a PDF as advertisers deliver them, or a
 * JPEG or PNG), its size as booked, columns × millimetres (the slot is snapped to the grid:
 * whole columns, whole lines), where it goes, and who it is for. The articles are placed around
 * it. {@code label} marks it 广告 in a corner of the slot, as Chinese regulations require.
 *
 * @param file     resolved against the folder of the file that booked it, and inside that folder
 * @param position where the slot goes on the page
 */
public record Ad(String id, Path file, int columns, double heightMm, Position position, String advertiser, boolean label) {
    /** Where an ad's slot goes: a side of the type area, the front page's ear, or a pinned grid cell (from 1). */
    public record Position(Kind kind, int column, int row) {
        public enum Kind { BOTTOM, TOP, LEFT, RIGHT, EAR, PIN }

        public static Position of(Kind kind) {
            return new Position(kind, 0, 0);
        }

        /** As the page file writes it: {@code bottom}, {@code ear}, {@code {column: 3, row: 40}}. */
        public String written() {
            return kind == Kind.PIN ? "{column: " + column + ", row: " + row + "}" : kind.name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
