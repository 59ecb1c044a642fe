package io.alertify.bot.card;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;

/**
 * A series as eight-level block characters plus its last value ({@code latency ▁▂▃▅▇█ 730}): readable
 * in every chat and in plain-text mail, with no image to host.
 */
final class Sparkline {

    private static final char[] LEVELS = "▁▂▃▄▅▆▇█".toCharArray();

    private Sparkline() {
    }

    /** The bars of {@code values}, lowest value as the lowest bar; a flat series sits in the middle. */
    static String bars(List<Double> values) {
        var min = values.stream().mapToDouble(Double::doubleValue).min().orElse(0);
        var max = values.stream().mapToDouble(Double::doubleValue).max().orElse(0);
        var bars = new StringBuilder(values.size());
        for (var value : values) {
            // floor, nudged so that a value exactly on a level is not pushed below it by rounding error
            var level = max == min ? LEVELS.length / 2 - 1
                    : (int) Math.floor((value - min) / (max - min) * (LEVELS.length - 1) + 1e-9);
            bars.append(LEVELS[level]);
        }
        return bars.toString();
    }

    /** A value as people read it: whole numbers from 1000 on, four significant digits below. */
    static String value(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return Double.toString(value);
        }
        if (Math.abs(value) >= 1000) {
            return Long.toString(Math.round(value));
        }
        return BigDecimal.valueOf(value).round(new MathContext(4)).stripTrailingZeros().toPlainString();
    }
}
