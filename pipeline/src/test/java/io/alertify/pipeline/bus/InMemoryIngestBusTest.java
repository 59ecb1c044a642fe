package io.alertify.pipeline.bus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class InMemoryIngestBusTest {

    private InMemoryIngestBus bus = new InMemoryIngestBus(3, Duration.ofSeconds(2), Duration.ofSeconds(10));

    @AfterEach
    void close() {
        bus.close();
    }

    @Test
    void refusesAWholeBatchThatDoesNotFitAndKeepsWhatWasAccepted() {
        bus.publish(samples(2));

        assertThatThrownBy(() -> bus.publish(samples(2)))
                .isInstanceOf(BusFullException.class)
                .satisfies(e -> assertThat(((BusFullException) e).retryAfter()).isEqualTo(Duration.ofSeconds(2)));
        assertThat(bus.pending()).isEqualTo(2);

        bus.publish(samples(1));
        assertThat(bus.pending()).isEqualTo(3);
    }

    @Test
    void roomComesBackOnceTheConsumerProcessedASample() throws InterruptedException {
        var release = new CountDownLatch(1);
        var seen = new CopyOnWriteArrayList<MetricSample>();
        bus.subscribe(sample -> {
            awaitQuietly(release);
            seen.add(sample);
        });
        bus.publish(samples(3));
        assertThatThrownBy(() -> bus.publish(samples(1))).isInstanceOf(BusFullException.class);

        release.countDown();

        await().until(() -> seen.size() == 3);
        bus.publish(samples(1));
    }

    @Test
    void deliversSamplesInTheOrderTheyWerePublished() {
        bus = new InMemoryIngestBus(100, Duration.ofSeconds(1), Duration.ofSeconds(10));
        var seen = new CopyOnWriteArrayList<Double>();
        bus.subscribe(sample -> seen.add(sample.value()));

        IntStream.range(0, 50).forEach(i -> bus.publish(List.of(sample(i))));

        await().until(() -> seen.size() == 50);
        assertThat(seen).containsExactlyElementsOf(IntStream.range(0, 50).mapToObj(i -> (double) i).toList());
    }

    @Test
    void closeProcessesEverythingAcceptedBeforeReturning() {
        bus = new InMemoryIngestBus(100, Duration.ofSeconds(1), Duration.ofSeconds(10));
        var seen = new CopyOnWriteArrayList<MetricSample>();
        bus.publish(samples(40));
        bus.subscribe(seen::add);

        bus.close();

        assertThat(seen).hasSize(40);
        assertThatThrownBy(() -> bus.publish(samples(1))).isInstanceOf(BusClosedException.class);
    }

    @Test
    void aFailingSampleDoesNotStopTheConsumer() {
        var seen = new CopyOnWriteArrayList<Double>();
        bus.subscribe(sample -> {
            if (sample.value() == 1) {
                throw new IllegalStateException("boom");
            }
            seen.add(sample.value());
        });

        bus.publish(List.of(sample(1), sample(2)));

        await().until(() -> seen.contains(2.0));
        await().until(() -> bus.pending() == 0);
    }

    @Test
    void takesOneConsumerOnly() {
        bus.subscribe(sample -> { });

        assertThatThrownBy(() -> bus.subscribe(sample -> { })).isInstanceOf(IllegalStateException.class);
    }

    private static List<MetricSample> samples(int count) {
        return IntStream.range(0, count).mapToObj(InMemoryIngestBusTest::sample).toList();
    }

    private static MetricSample sample(int value) {
        return new MetricSample("checkout", "latency", Instant.parse("2026-11-25T06:00:00Z"), value, Map.of());
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
