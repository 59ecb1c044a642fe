package io.alertify.pipeline.detect;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * Sits between a detector and the event generator so that a noisy series does not open and close
 * an incident over and over. It opens on the first anomalous sample, closes only after a quiet
 * period without anomalous samples, and when a new anomaly arrives within the re-open window after
 * a close it re-opens the same incident rather than creating another. After {@code maxReopens}
 * re-opens the incident is marked flapping and must stay quiet for the whole re-open window
 * before it closes, which caps the number of open/close notifications per episode.
 */
public final class FlapDamper {

    /** What the event generator should do after a sample. */
    public enum Transition { NONE, OPENED, REOPENED, UPDATED, CLOSED }

    /**
     * @param quietPeriod  time without anomalous samples before an incident closes
     * @param reopenWindow after a close, an anomaly within this time re-opens the same incident
     * @param maxReopens   re-opens allowed before the incident is held open as flapping
     */
    public record Config(Duration quietPeriod, Duration reopenWindow, int maxReopens) {
        public Config {
            Objects.requireNonNull(quietPeriod);
            Objects.requireNonNull(reopenWindow);
            if (quietPeriod.isNegative() || reopenWindow.isNegative() || maxReopens < 0) {
                throw new IllegalArgumentException("flap damper settings must not be negative");
            }
        }

        /** Fifteen quiet minutes to close, re-open within an hour, at most three re-opens. */
        public static Config defaults() {
            return new Config(Duration.ofMinutes(15), Duration.ofHours(1), 3);
        }
    }

    private final Config config;
    private boolean open;
    private Instant start;
    private Instant lastAnomalous;
    private Instant closedAt;
    private double peak;
    private String reason = "";
    private int reopens;
    private boolean flapping;

    public FlapDamper(Config config) {
        this.config = config;
    }

    /** Feeds one scored sample; samples must arrive in time order. */
    public Transition onSample(Instant t, Score score) {
        if (score.anomalous()) {
            if (!open) {
                boolean reopen = closedAt != null && Duration.between(closedAt, t).compareTo(config.reopenWindow()) <= 0;
                open = true;
                lastAnomalous = t;
                if (reopen) {
                    reopens++;
                    flapping = reopens >= config.maxReopens();
                    raisePeak(score);
                    return Transition.REOPENED;
                }
                start = t;
                peak = score.score();
                reason = score.reason();
                reopens = 0;
                flapping = false;
                return Transition.OPENED;
            }
            lastAnomalous = t;
            return raisePeak(score) ? Transition.UPDATED : Transition.NONE;
        }
        if (open) {
            Duration quiet = flapping ? config.reopenWindow() : config.quietPeriod();
            if (Duration.between(lastAnomalous, t).compareTo(quiet) >= 0) {
                open = false;
                closedAt = t;
                return Transition.CLOSED;
            }
        }
        return Transition.NONE;
    }

    /**
     * An incident this damper's series opened at {@code openedAt} is still open although the damper is new
     * (a restart): treat it as open, with its last anomaly at {@code openedAt}, so it closes after a quiet
     * period like any other. Its peak is unknown and starts at zero.
     */
    public void resumeOpen(Instant openedAt) {
        if (open) {
            return;
        }
        open = true;
        start = openedAt;
        lastAnomalous = openedAt;
        peak = 0;
        reason = "";
        reopens = 0;
        flapping = false;
    }

    private boolean raisePeak(Score score) {
        if (score.score() > peak) {
            peak = score.score();
            reason = score.reason();
            return true;
        }
        return false;
    }

    public boolean isOpen() {
        return open;
    }

    /** The current (or most recent) incident, with {@code end} null while open. */
    public Incident current() {
        if (start == null) {
            return null;
        }
        return new Incident(start, open ? null : lastAnomalous, peak, reason, reopens, flapping);
    }
}
