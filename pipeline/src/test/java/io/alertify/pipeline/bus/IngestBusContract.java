package io.alertify.pipeline.bus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link IngestBus} must do, whatever carries the samples. Each adapter extends this once,
 * so the in-process default and Kafka behave the same for the collector and the processor.
 */
abstract class IngestBusContract {

    static final Duration RETRY_AFTER = Duration.ofSeconds(2);
    /** Longer than any test waits, so that a close that returns early is a failure, not a timeout. */
    static final Duration DRAIN_TIMEOUT = Duration.ofSeconds(30);

    IngestBus bus;

    /** A new bus with {@link #RETRY_AFTER} and {@link #DRAIN_TIMEOUT}, sharing nothing with other tests. */
    abstract IngestBus createBus();

    /**
     * Subscribes {@code consumer} to what the bus left behind when it closed, as a restarted processor
     * would be. The in-process bus leaves nothing (its samples die with the process, so its close must
     * process them all) and does nothing here.
     */
    abstract void restartConsumerInto(Consumer<MetricSample> consumer);

    @BeforeEach
    void openBus() {
        bus = createBus();
    }

    @AfterEach
    void closeBus() {
        bus.close();
    }

    @Test
    void everySeriesArrivesInTheOrderItWasPublished() {
        var seen = new CopyOnWriteArrayList<MetricSample>();
        bus.subscribe(seen::add);

        var published = new ArrayList<MetricSample>();
        for (int i = 0; i < 30; i++) {
            var batch = List.of(sample("checkout", "latency", i), sample("cart", "latency", i),
                    sample("checkout", "error_rate", i));
            bus.publish(batch);
            published.addAll(batch);
        }

        await().until(() -> seen.size() >= published.size());
        assertThat(seen).containsExactlyInAnyOrderElementsOf(published);
        for (var series : List.of("checkout/latency", "cart/latency", "checkout/error_rate")) {
            assertThat(valuesOf(seen, series)).as(series).containsExactlyElementsOf(valuesOf(published, series));
        }
    }

    @Test
    void samplesAcceptedBeforeTheConsumerSubscribedAreDelivered() {
        var published = samples(10);
        bus.publish(published);

        var seen = new CopyOnWriteArrayList<MetricSample>();
        bus.subscribe(seen::add);

        await().until(() -> seen.size() >= published.size());
        assertThat(seen).containsExactlyElementsOf(published);
    }

    @Test
    void anEmptyBatchIsAcceptedAndDeliversNothing() {
        var seen = new CopyOnWriteArrayList<MetricSample>();
        bus.subscribe(seen::add);

        bus.publish(List.of());
        bus.publish(samples(1));

        await().until(() -> seen.size() >= 1);
        assertThat(seen).hasSize(1);
    }

    @Test
    void closeFinishesTheSampleInProgressAndLosesNothingAccepted() throws Exception {
        var published = samples(5);
        bus.publish(published);
        var inProgress = new CountDownLatch(1);
        var release = new CountDownLatch(1);
        var finished = new AtomicBoolean();
        var seen = new CopyOnWriteArrayList<MetricSample>();
        bus.subscribe(sample -> {
            if (seen.isEmpty()) {
                inProgress.countDown();
                awaitQuietly(release);
                finished.set(true);
            }
            seen.add(sample);
        });
        inProgress.await();

        var closing = CompletableFuture.runAsync(bus::close);
        assertThat(closing).as("close waits for the sample in progress").isNotDone();
        release.countDown();
        closing.get();

        assertThat(finished).isTrue();
        restartConsumerInto(seen::add);
        await().untilAsserted(() -> assertThat(seen).containsAll(published));
    }

    @Test
    void aClosedBusRefusesSamplesAndAsksToRetryLater() {
        bus.close();
        bus.close();

        assertThatThrownBy(() -> bus.publish(samples(1)))
                .isInstanceOfSatisfying(BusClosedException.class,
                        e -> assertThat(e.retryAfter()).isEqualTo(RETRY_AFTER));
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

        bus.publish(List.of(sample("checkout", "latency", 1), sample("checkout", "latency", 2)));

        await().until(() -> seen.contains(2.0));
    }

    @Test
    void anIdleBusTellsItsConsumerOnTheConsumersThread() {
        var quietOn = new CompletableFuture<Thread>();
        var samplesOn = new CompletableFuture<Thread>();
        bus.subscribe(new QuietListener(samplesOn, quietOn));
        bus.publish(samples(1));

        await().until(quietOn::isDone);
        assertThat(quietOn.join()).isSameAs(samplesOn.join());
    }

    @Test
    void takesOneConsumerOnly() {
        bus.subscribe(sample -> { });

        assertThatThrownBy(() -> bus.subscribe(sample -> { })).isInstanceOf(IllegalStateException.class);
    }

    private record QuietListener(CompletableFuture<Thread> samplesOn, CompletableFuture<Thread> quietOn)
            implements Consumer<MetricSample>, QuietPeriods {

        @Override
        public void accept(MetricSample sample) {
            samplesOn.complete(Thread.currentThread());
        }

        @Override
        public void quiet() {
            if (samplesOn.isDone()) {
                quietOn.complete(Thread.currentThread());
            }
        }
    }

    static List<MetricSample> samples(int count) {
        return IntStream.range(0, count).mapToObj(i -> sample("checkout", "latency", i)).toList();
    }

    static MetricSample sample(String service, String metric, double value) {
        return new MetricSample(service, metric, Instant.parse("2026-11-25T06:00:00Z").plusSeconds((long) value),
                value, Map.of("namespace", "shop", "pod", service + "-7d9f"));
    }

    private static List<Double> valuesOf(List<MetricSample> samples, String series) {
        return samples.stream().filter(s -> (s.service() + "/" + s.metric()).equals(series))
                .map(MetricSample::value).toList();
    }

    static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
