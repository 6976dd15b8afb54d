package newsprint.layout;

/**
 * How a layout's fonts draw the full-width marks, which decides what 标点挤压 may take from each
 * (W3C clreq 3.1.6; the amounts are {@code newsprint.type.Punctuation}'s). Brackets and quotes are
 * the same in both: an opening one stands in the right half of its em, a closing one in the left.
 * {@code layout.yaml}: {@code options: {punctuation: mainland}} (the default) or {@code centred}.
 */
public enum PunctuationStyle {
    /** Mainland China (GB/T 15834): ，。、：；！？ stand at the left of their em, the right half blank. */
    MAINLAND,
    /** Taiwan and Hong Kong: ，。、：；！？ stand centred, a quarter em blank on either side. */
    CENTRED
}
