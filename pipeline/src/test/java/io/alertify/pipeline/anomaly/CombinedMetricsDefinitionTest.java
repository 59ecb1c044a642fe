package io.alertify.pipeline.anomaly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.alertify.pipeline.bus.MetricSample;
import io.alertify.pipeline.rules.Decision;
import io.alertify.pipeline.rules.DetectorDefinition;
import io.alertify.pipeline.rules.SeriesDetector;
import io.alertify.pipeline.rules.SeriesKey;
import io.alertify.pipeline.rules.Severity;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Latency and error rate of one service under one Random Cut Forest, as the processor runs it: one
 * detector per series, and the Fire and the Recover of one problem from the same series, so the incident's
 * fingerprint matches and it resolves.
 */
class CombinedMetricsDefinitionTest {

    private static final Instant START = Instant.parse("2026-11-02T00:00:00Z");
    private static final int PER_DAY = 24 * 60;
    private static final Set<String> VOLATILE = Set.of("pod");

    private final DetectorStateStore states = DetectorStateStore.inMemory();
    private final AnomalyProperties properties = properties(List.of(
            new AnomalyProperties.Combined("latency-errors", List.of("latency", "error_rate"), "checkout",
                    Severity.INFO)));
    private final CombinedMetricsDefinition combined = CombinedMetricsDefinition.all(properties, states).getFirst();
    private final Processor processor = new Processor(combined);

    private static final int BREACH_START = 2 * PER_DAY + 14 * 60;   // day 3, 14:00, for 10 minutes
    private static final int BREACH_END = BREACH_START + 10;

    @Test
    void latencyAndErrorRateJumpingTogetherOpenOneIncidentThatResolvesFromTheSameSeries() {
        threeDaysWithABreach(false);

        var fire = onlyOne(Decision.Fire.class);
        var recover = onlyOne(Decision.Recover.class);
        assertThat(fire.index()).isBetween(BREACH_START, BREACH_START + 5);
        assertThat(recover.index()).isBetween(BREACH_END, BREACH_END + 60);
        assertThat(recover.key()).as("the Recover comes from the series that fired").isEqualTo(fire.key());
        assertThat(fire.key().service()).isEqualTo("checkout");
        assertThat(fire.key().metric()).isIn("latency", "error_rate");
        var finding = ((Decision.Fire) fire.decision()).finding();
        assertThat(finding.detectorId()).isEqualTo("latency-errors");
        assertThat(finding.severity()).isNotEqualTo(Severity.CRITICAL);
        assertThat(finding.summary()).startsWith("latency + error_rate: ").contains("moved most");
        assertThat(processor.series.keySet()).as("cpu and the other service are not watched")
                .extracting(key -> key.service() + "/" + key.metric())
                .containsExactlyInAnyOrder("checkout/latency", "checkout/error_rate");
        assertThat(combined.groups()).isOne();
        assertThat(processor.decisions).as("nothing before the breach").allMatch(d -> d.index() >= BREACH_START);
    }

    @Test
    void whenTheOtherMetricCompletesTheClosingVectorTheSeriesThatFiredStillRecovers() {
        threeDaysWithABreach(true);

        var fire = onlyOne(Decision.Fire.class);
        var recover = onlyOne(Decision.Recover.class);
        assertThat(fire.key().metric()).as("error rate arrived last while it broke").isEqualTo("error_rate");
        assertThat(recover.key()).as("latency completed the closing vector; error rate delivers the Recover")
                .isEqualTo(fire.key());
        assertThat(recover.index()).isBetween(BREACH_END, BREACH_END + 60);
    }

    @Test
    void aRestartContinuesFromTheCheckpointedForestInsteadOfLearningAgain() {
        int restartAt = BREACH_START - 60;   // an hour before the breach, well inside a new learning period
        threeDaysWithABreach(false, processor, 0, restartAt);
        combined.checkpoint();

        var restarted = new Processor(CombinedMetricsDefinition.all(properties, states).getFirst());
        threeDaysWithABreach(false, restarted, restartAt, 3 * PER_DAY);

        var fires = restarted.decisions.stream().filter(d -> d.decision() instanceof Decision.Fire).toList();
        assertThat(fires).as("a forest that learnt again would still be in its 6 h learning period").hasSize(1);
        assertThat(fires.getFirst().index()).isBetween(BREACH_START, BREACH_START + 5);
        assertThat(restarted.decisions).filteredOn(d -> d.decision() instanceof Decision.Recover).hasSize(1);
    }

    @Test
    void anIncidentStillOpenFromBeforeARestartResolvesFromItsSeriesWhenAllIsQuiet() {
        var latency = SeriesKey.of(sample("checkout", "latency", 0, 100, "pod-a"), VOLATILE);
        var resumed = combined.newDetector(latency);
        var errors = combined.newDetector(SeriesKey.of(sample("checkout", "error_rate", 0, 0.01, "pod-a"), VOLATILE));
        resumed.resume(START.minus(Duration.ofMinutes(5)));

        var decisions = new ArrayList<Decision>();
        for (int i = 0; i < 30; i++) {
            errors.observe(sample("checkout", "error_rate", i, 0.01, "pod-a"));
            decisions.add(resumed.observe(sample("checkout", "latency", i, 100, "pod-a")));
        }

        assertThat(decisions).filteredOn(d -> d != Decision.NOTHING).singleElement()
                .isInstanceOf(Decision.Recover.class)
                .satisfies(d -> assertThat(((Decision.Recover) d).finding().detectorId()).isEqualTo("latency-errors"));
    }

    /**
     * Latency then error rate every minute (swapped after the breach when {@code swapAfterBreach}), plus cpu of
     * the same service and both metrics of another service, which the entry does not watch.
     */
    private void threeDaysWithABreach(boolean swapAfterBreach) {
        threeDaysWithABreach(swapAfterBreach, processor, 0, 3 * PER_DAY);
    }

    /** Minutes {@code from} (inclusive) to {@code to} of the three days, the same values whatever the split. */
    private static void threeDaysWithABreach(boolean swapAfterBreach, Processor processor, int from, int to) {
        var random = new Random(3L);
        for (int i = 0; i < to; i++) {
            boolean breach = i >= BREACH_START && i < BREACH_END;
            var latency = sample("checkout", "latency", i, 100 + 3 * random.nextGaussian() + (breach ? 250 : 0),
                    "pod-a");
            var errors = sample("checkout", "error_rate", i, 0.01 + 0.002 * random.nextGaussian() + (breach ? 0.2 : 0),
                    "pod-a");
            double cpu = 0.5 + 0.4 * random.nextGaussian();
            if (i < from) {
                continue;
            }
            if (swapAfterBreach && i >= BREACH_END) {
                processor.accept(errors);
                processor.accept(latency);
            } else {
                processor.accept(latency);
                processor.accept(errors);
            }
            processor.accept(sample("checkout", "cpu", i, cpu, "pod-a"));
            processor.accept(sample("cart", "latency", i, i % 97 == 0 ? 900 : 50, "pod-b"));
            processor.accept(sample("cart", "error_rate", i, i % 89 == 0 ? 0.9 : 0.01, "pod-b"));
        }
    }

    private Seen onlyOne(Class<? extends Decision> kind) {
        var matching = processor.decisions.stream().filter(d -> kind.isInstance(d.decision())).toList();
        assertThat(matching).as("one problem, one %s: %s", kind.getSimpleName(), processor.decisions).hasSize(1);
        return matching.getFirst();
    }

    @Test
    void onlyItsMetricsOfItsServiceAreWatched() {
        assertThat(combined.appliesTo(sample("checkout", "latency", 0, 1, "pod-a"))).isTrue();
        assertThat(combined.appliesTo(sample("checkout", "error_rate", 0, 1, "pod-a"))).isTrue();
        assertThat(combined.appliesTo(sample("checkout", "cpu", 0, 1, "pod-a"))).isFalse();
        assertThat(combined.appliesTo(sample("cart", "latency", 0, 1, "pod-a"))).isFalse();

        var everyService = CombinedMetricsDefinition.all(properties(List.of(
                new AnomalyProperties.Combined("both", List.of("latency", "error_rate"), null, null))), states).getFirst();
        assertThat(everyService.appliesTo(sample("cart", "latency", 0, 1, "pod-a"))).isTrue();
        assertThat(everyService.appliesTo(sample("cart", "cpu", 0, 1, "pod-a"))).isFalse();
    }

    @Test
    void theMetricsOfOneServiceShareOneGroupAndOtherLabelsStartAnother() {
        var perService = CombinedMetricsDefinition.all(properties(List.of(
                new AnomalyProperties.Combined("both", List.of("latency", "error_rate"), null, null))), states).getFirst();
        var p = new Processor(perService);
        p.accept(sample("checkout", "latency", 0, 1, "pod-a"));
        p.accept(sample("checkout", "error_rate", 0, 1, "pod-b"));   // pod is volatile: same group
        p.accept(sample("cart", "latency", 0, 1, "pod-a"));
        p.accept(new MetricSample("checkout", "latency", START, 1, Map.of("region", "eu")));
        assertThat(perService.groups()).isEqualTo(3);
    }

    @Test
    void badEntriesAreRefusedAtStartup() {
        assertThatThrownBy(() -> new AnomalyProperties.Combined("x", List.of("latency"), null, null))
                .hasMessageContaining("two or more");
        assertThatThrownBy(() -> new AnomalyProperties.Combined("x", List.of("latency", "latency"), null, null))
                .hasMessageContaining("two or more");
        assertThatThrownBy(() -> properties(List.of(
                new AnomalyProperties.Combined("x", List.of("latency", "error_rate"), null, null),
                new AnomalyProperties.Combined("x", List.of("latency", "cpu"), null, null))))
                .hasMessageContaining("combined[1].id");
        assertThatThrownBy(() -> properties(List.of(
                new AnomalyProperties.Combined("anomaly", List.of("latency", "error_rate"), null, null))))
                .hasMessageContaining("combined[0].id");
    }

    private record Seen(int index, SeriesKey key, Decision decision) {
    }

    /** The processor's bookkeeping, without its window and event generator: one detector per watched series. */
    private static final class Processor {
        private final DetectorDefinition definition;
        private final Map<SeriesKey, SeriesDetector> series = new HashMap<>();
        private final List<Seen> decisions = new ArrayList<>();

        Processor(DetectorDefinition definition) {
            this.definition = definition;
        }

        void accept(MetricSample sample) {
            if (!definition.appliesTo(sample)) {
                return;
            }
            var key = SeriesKey.of(sample, VOLATILE);
            var decision = series.computeIfAbsent(key, definition::newDetector).observe(sample);
            if (decision != Decision.NOTHING) {
                int index = (int) Duration.between(START, sample.timestamp()).toMinutes();
                decisions.add(new Seen(index, key, decision));
            }
        }
    }

    private static MetricSample sample(String service, String metric, int minute, double value, String pod) {
        return new MetricSample(service, metric, START.plus(Duration.ofMinutes(minute)), value, Map.of("pod", pod));
    }

    private static AnomalyProperties properties(List<AnomalyProperties.Combined> combined) {
        return new AnomalyProperties(true, "anomaly", "auto", List.of(), List.of(), Severity.WARNING,
                Duration.ofMinutes(15), Duration.ofHours(1), 3, Duration.ofMinutes(5), Duration.ofHours(6), combined);
    }
}
