package io.alertify.pipeline.detect;

import java.time.Instant;

/**
 * An incident as the flap damper would have opened it.
 *
 * @param start     timestamp of the sample that opened it
 * @param end       timestamp of the last anomalous sample, or null while still open
 * @param peakScore highest score seen while open; severity follows it
 * @param reason    reason of the peak sample
 * @param reopens   how many times it re-opened within the re-open window instead of starting anew
 * @param flapping  whether the re-open cap was reached, so it now needs a longer quiet period
 */
public record Incident(Instant start, Instant end, double peakScore, String reason, int reopens, boolean flapping) {

    public Severity severity() {
        return Severity.of(peakScore);
    }

    public boolean open() {
        return end == null;
    }
}
