package io.alertify.pipeline.anomaly;

import static org.assertj.core.api.Assertions.assertThat;

import io.alertify.pipeline.bus.MetricSample;
import io.alertify.pipeline.rules.Decision;
import io.alertify.pipeline.rules.SeriesDetector;
import io.alertify.pipeline.rules.SeriesKey;
import io.alertify.pipeline.rules.Severity;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Anomaly detection as the processor runs it: one incident per real problem on a seasonal series, none
 * for its normal daily peak, and learned baselines that survive a restart.
 */
class AnomalyDefinitionTest {

    private static final Instant MONDAY = Instant.parse("2026-11-02T00:00:00Z");
    private static final Duration STEP = Duration.ofMinutes(5);
    private static final int PER_DAY = 288;

    private final InMemoryStates states = new InMemoryStates();
    private final AnomalyDefinition anomaly = new AnomalyDefinition(properties(), states);
    private final SeriesKey key = new SeriesKey("checkout", "latency", new java.util.TreeMap<>());

    @Test
    void aBreachOnASeasonalSeriesOpensOneIncidentNotTen() {
        var detector = anomaly.newDetector(key);
        var series = weekdayMorningPeaks(28, 7L);
        int breachStart = 25 * PER_DAY + 14 * 12; // day 26, 14:00, for three hours
        for (int i = breachStart; i < breachStart + 36; i++) {
            series[i] += 80 + 10 * Math.sin(i);   // a noisy plateau that hovers around its own level
        }

        var decisions = run(detector, series);

        assertThat(decisions).as("normal weeks, peaks included").noneMatch(d -> d.index() < breachStart);
        assertThat(decisions).filteredOn(d -> d.decision() instanceof Decision.Fire).hasSize(1)
                .first().satisfies(fire -> assertThat(fire.index()).isBetween(breachStart, breachStart + 6));
        assertThat(decisions).filteredOn(d -> d.decision() instanceof Decision.Recover).hasSize(1);
        var fire = (Decision.Fire) decisions.getFirst().decision();
        assertThat(fire.finding().detectorId()).isEqualTo("anomaly");
        assertThat(fire.finding().summary()).startsWith("latency: ");
        assertThat(fire.finding().severity()).isNotEqualTo(Severity.CRITICAL);
    }

    @Test
    void aRestartContinuesFromTheCheckpointInsteadOfRelearning() {
        var series = weekdayMorningPeaks(10, 11L);
        var before = anomaly.newDetector(key);
        int restartAt = 7 * PER_DAY;
        feed(before, series, 0, restartAt);
        anomaly.checkpoint();

        var afterRestart = new AnomalyDefinition(properties(), states).newDetector(key);
        var neverStopped = before;

        for (int i = restartAt; i < series.length; i++) {
            var sample = sample(i, series[i]);
            assertThat(afterRestart.observe(sample)).isEqualTo(neverStopped.observe(sample));
        }
        assertThat(states.saved).containsKey(key.toString());
    }

    @Test
    void aDroppedSeriesIsSavedAndComesBackWhereItLeftOff() {
        var series = weekdayMorningPeaks(10, 13L);
        int dropAt = 7 * PER_DAY;
        var before = anomaly.newDetector(key);
        feed(before, series, 0, dropAt);
        anomaly.forget(key);
        assertThat(states.saved).containsKey(key.toString());

        var back = anomaly.newDetector(key);
        var neverDropped = before;
        for (int i = dropAt; i < series.length; i++) {
            var sample = sample(i, series[i]);
            assertThat(back.observe(sample)).isEqualTo(neverDropped.observe(sample));
        }
    }

    @Test
    void onlyTheConfiguredMetricsAndServicesAreWatched() {
        var onlyLatency = new AnomalyDefinition(new AnomalyProperties(true, "anomaly", "auto", List.of("latency"),
                List.of("checkout"), Severity.WARNING, Duration.ofMinutes(15), Duration.ofHours(1), 3,
                Duration.ofMinutes(5), Duration.ofDays(7), List.of()), states);
        assertThat(onlyLatency.appliesTo(sample(0, 1.0))).isTrue();
        assertThat(onlyLatency.appliesTo(new MetricSample("cart", "latency", MONDAY, 1, Map.of()))).isFalse();
        assertThat(onlyLatency.appliesTo(new MetricSample("checkout", "error_rate", MONDAY, 1, Map.of()))).isFalse();
    }

    private record Indexed(int index, Decision decision) {
    }

    private static List<Indexed> run(SeriesDetector detector, double[] series) {
        var decisions = new ArrayList<Indexed>();
        for (int i = 0; i < series.length; i++) {
            var decision = detector.observe(sample(i, series[i]));
            if (decision != Decision.NOTHING) {
                decisions.add(new Indexed(i, decision));
            }
        }
        return decisions;
    }

    private static void feed(SeriesDetector detector, double[] series, int from, int to) {
        for (int i = from; i < to; i++) {
            detector.observe(sample(i, series[i]));
        }
    }

    private static MetricSample sample(int i, double value) {
        return new MetricSample("checkout", "latency", MONDAY.plus(STEP.multipliedBy(i)), value, Map.of());
    }

    /** Latency around 100 ms with a normal +60 ms peak every weekday from 08:00 to 10:00. */
    private static double[] weekdayMorningPeaks(int days, long seed) {
        var random = new Random(seed);
        var series = new double[days * PER_DAY];
        for (int i = 0; i < series.length; i++) {
            int day = i / PER_DAY;
            int minute = (i % PER_DAY) * 5;
            boolean weekday = day % 7 < 5;
            series[i] = 100 + 3 * random.nextGaussian() + (weekday && minute >= 480 && minute < 600 ? 60 : 0);
        }
        return series;
    }

    private static AnomalyProperties properties() {
        return new AnomalyProperties(true, "anomaly", "auto", List.of(), List.of(), Severity.WARNING,
                Duration.ofMinutes(15), Duration.ofHours(1), 3, Duration.ofMinutes(5), Duration.ofDays(7), List.of());
    }

    /** The state store as a map, so the test sees exactly what was saved. */
    static final class InMemoryStates implements DetectorStateStore {
        final Map<String, byte[]> saved = new HashMap<>();
        String spec;

        @Override
        public Optional<byte[]> load(String seriesKey, String detectorSpec) {
            return detectorSpec.equals(spec) ? Optional.ofNullable(saved.get(seriesKey)) : Optional.empty();
        }

        @Override
        public void saveAll(String detectorSpec, Map<String, byte[]> snapshots) {
            spec = detectorSpec;
            saved.putAll(snapshots);
        }
    }
}
