package io.alertify.pipeline.request;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * {@code alertify.pipeline.limits.*}: what incoming telemetry may hold. Checked at the door, so that a
 * sample answered 2xx can travel the whole path: the defaults are what the incident store and the wire
 * contract take (an incident's service is at most 200 characters, its labels at most 20,000 as JSON).
 * docs/limits.md explains each one and how to raise it.
 *
 * @param maxBody          a {@code POST /metrics} body larger than this is refused with 413 unread
 * @param maxMetrics       metrics in one body
 * @param maxServiceChars  {@code service_id}; the incident's column is 200 wide
 * @param maxNameChars     a metric or label name
 * @param maxLabels        labels on one sample
 * @param maxLabelValueChars one label value
 * @param maxLabelsChars   all labels of a sample together (names and values), leaving room in the
 *                         incident's 20,000 for the labels the pipeline adds
 * @param timestampRange   a timestamp further than this from now, either way, is refused: a typo in a
 *                         year is refused instead of becoming a series that lives in the year 3000
 * @param seriesPerService new series one service may start before the oldest idle one makes room;
 *                         beyond it the sender gets 429 naming the service (a label with unbounded
 *                         values would otherwise push every other series out)
 * @param seriesIdleFor    a series sent nothing for this long may give its place to a new one
 */
@ConfigurationProperties("alertify.pipeline.limits")
public record IntakeLimits(@DefaultValue("1MB") DataSize maxBody, @DefaultValue("1000") int maxMetrics,
                           @DefaultValue("200") int maxServiceChars, @DefaultValue("200") int maxNameChars,
                           @DefaultValue("64") int maxLabels, @DefaultValue("2000") int maxLabelValueChars,
                           @DefaultValue("16000") int maxLabelsChars,
                           @DefaultValue("18250d") Duration timestampRange,
                           @DefaultValue("2000") int seriesPerService,
                           @DefaultValue("10m") Duration seriesIdleFor) {

    /** The service column and the wire contract's fields are this wide; a larger limit would be a lie. */
    static final int SERVICE_COLUMN = 200;
    static final int LABELS_COLUMN = 20_000;

    public IntakeLimits {
        positive("max-body", maxBody.toBytes());
        positive("max-metrics", maxMetrics);
        positive("max-name-chars", maxNameChars);
        positive("max-labels", maxLabels);
        positive("max-label-value-chars", maxLabelValueChars);
        positive("series-per-service", seriesPerService);
        if (maxServiceChars < 1 || maxServiceChars > SERVICE_COLUMN) {
            throw new IllegalArgumentException("alertify.pipeline.limits.max-service-chars must be 1 to "
                    + SERVICE_COLUMN + " (the incident's service column)");
        }
        if (maxLabelsChars < 1 || maxLabelsChars + 2 * maxNameChars + 1000 > LABELS_COLUMN) {
            throw new IllegalArgumentException("alertify.pipeline.limits.max-labels-chars must leave room in the "
                    + "incident's " + LABELS_COLUMN + " characters of labels for the metric name and JSON quoting");
        }
        if (timestampRange.compareTo(Duration.ofDays(1)) < 0 || timestampRange.compareTo(Duration.ofDays(365L * 1000)) > 0) {
            throw new IllegalArgumentException("alertify.pipeline.limits.timestamp-range must be 1d to 365000d");
        }
        if (seriesIdleFor.isNegative()) {
            throw new IllegalArgumentException("alertify.pipeline.limits.series-idle-for must not be negative");
        }
    }

    public static IntakeLimits defaults() {
        return new IntakeLimits(DataSize.ofMegabytes(1), 1000, 200, 200, 64, 2000, 16_000, Duration.ofDays(18250),
                2000, Duration.ofMinutes(10));
    }

    private static void positive(String name, long value) {
        if (value < 1) {
            throw new IllegalArgumentException("alertify.pipeline.limits." + name + " must be at least 1");
        }
    }
}
