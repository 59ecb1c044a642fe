package io.alertify.pipeline.collector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.alertify.pipeline.bus.MetricSample;
import io.alertify.pipeline.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SeriesBudgetTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-03T03:00:00Z"));
    private final SeriesBudget budget = new SeriesBudget(3, 5, Duration.ofMinutes(10), List.of("pod"), clock);

    @Test
    void aRequestOverTheServiceBudgetIsRefusedWholeAndRemembersNothing() {
        budget.admit(samples("web", "a", "b"));

        assertThatThrownBy(() -> budget.admit(samples("web", "a", "c", "d")))
                .isInstanceOf(SeriesBudget.OverBudgetException.class)
                .hasMessageContaining("service 'web' already sends 2 series and this request starts 2 more; its budget is 3");
        assertThat(budget.tracked()).isEqualTo(2);
        assertThat(budget.refused()).isEqualTo(1);
        budget.admit(samples("web", "c")); // within the budget, still fine
    }

    @Test
    void theOldestIdleSeriesMakeRoom() {
        budget.admit(samples("web", "a", "b", "c"));
        clock.advance(Duration.ofMinutes(9));
        budget.admit(samples("web", "a", "b")); // c is now the one that arrived least recently
        clock.advance(Duration.ofMinutes(2));

        budget.admit(samples("web", "d")); // c has been silent 11 minutes: it gives its place up

        assertThat(budget.tracked()).isEqualTo(3);
        assertThatThrownBy(() -> budget.admit(samples("web", "e")))
                .as("a and b are busy, d is new: nothing idle left")
                .isInstanceOf(SeriesBudget.OverBudgetException.class);
    }

    @Test
    void theTotalIsCappedAtWhatTheProcessorTracks() {
        budget.admit(samples("a", "m1", "m2", "m3"));
        budget.admit(samples("b", "m1", "m2"));

        assertThatThrownBy(() -> budget.admit(samples("c", "m1")))
                .isInstanceOf(SeriesBudget.OverBudgetException.class)
                .hasMessageContaining("already tracks 5 series, its limit (alertify.pipeline.max-series)");
        clock.advance(Duration.ofMinutes(11));
        budget.admit(samples("c", "m1"));
        assertThat(budget.tracked()).isEqualTo(5);
    }

    @Test
    void volatileLabelsDoNotMakeNewSeries() {
        IntStream.range(0, 50).forEach(i -> budget.admit(List.of(
                new MetricSample("web", "latency", clock.instant(), 1, Map.of("pod", "web-" + i, "zone", "eu")))));

        assertThat(budget.tracked()).isEqualTo(1);
    }

    private List<MetricSample> samples(String service, String... metrics) {
        return java.util.Arrays.stream(metrics)
                .map(metric -> new MetricSample(service, metric, clock.instant(), 1, Map.of()))
                .toList();
    }
}
