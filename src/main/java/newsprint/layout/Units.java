package newsprint.layout;

/** Conversions between the units a page is measured in. PDF and CSS points are 1/72 inch. */
public final class Units {
    public static final double PT_PER_MM = 72.0 / 25.4;

    private Units() {
    }

    public static double mmToPt(double mm) {
        return mm * PT_PER_MM;
    }

    public static double ptToMm(double pt) {
        return pt / PT_PER_MM;
    }
}
