package io.alertify.pipeline.bus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** The embedded bus: the contract, plus its capacity, which is what makes it push back. */
class InMemoryIngestBusTest extends IngestBusContract {

    private static final int CAPACITY = 100;

    @Override
    IngestBus createBus() {
        return new InMemoryIngestBus(CAPACITY, RETRY_AFTER, DRAIN_TIMEOUT);
    }

    /** Nothing to restart into: close has processed everything accepted. */
    @Override
    void restartConsumerInto(Consumer<MetricSample> consumer) {
    }

    private InMemoryIngestBus inMemory() {
        return (InMemoryIngestBus) bus;
    }

    @Test
    void refusesAWholeBatchThatDoesNotFitAndKeepsWhatWasAccepted() {
        bus.publish(samples(CAPACITY - 1));

        assertThatThrownBy(() -> bus.publish(samples(2)))
                .isInstanceOfSatisfying(BusFullException.class, e -> assertThat(e.retryAfter()).isEqualTo(RETRY_AFTER));
        assertThat(inMemory().pending()).isEqualTo(CAPACITY - 1);

        bus.publish(samples(1));
        assertThat(inMemory().pending()).isEqualTo(CAPACITY);
    }

    @Test
    void roomComesBackOnceTheConsumerProcessedASample() {
        var release = new CountDownLatch(1);
        var seen = new CopyOnWriteArrayList<MetricSample>();
        bus.subscribe(sample -> {
            awaitQuietly(release);
            seen.add(sample);
        });
        bus.publish(samples(CAPACITY));
        assertThatThrownBy(() -> bus.publish(samples(1))).isInstanceOf(BusFullException.class);

        release.countDown();

        await().until(() -> seen.size() == CAPACITY);
        bus.publish(samples(1));
    }

    @Test
    void closeWithoutAConsumerReturnsAtOnce() {
        bus.publish(samples(3));

        bus.close();

        assertThat(inMemory().pending()).isEqualTo(3);
    }
}
