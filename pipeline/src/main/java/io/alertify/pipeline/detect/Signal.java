package io.alertify.pipeline.detect;

/** The kinds of evidence {@link AdaptiveDetector} can combine. */
public enum Signal {
    /** A value far from the robust baseline (spike or dip). */
    SPIKE,
    /** A value far from what is usual at this time of day / week. */
    SEASONAL,
    /** A persistent shift of the level (CUSUM on standardised residuals). */
    LEVEL_SHIFT,
    /** Residuals becoming larger or more frequent than usual (variance or spike-rate change). */
    VOLATILITY,
    /** The same value repeated for longer than this series ever does. */
    FLATLINE,
    /** A gap in the data longer than this series usually has. */
    MISSING
}
