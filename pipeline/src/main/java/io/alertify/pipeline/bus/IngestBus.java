package io.alertify.pipeline.bus;

import java.util.List;
import java.util.function.Consumer;

/**
 * Carries samples from the collector to the processor. The collector answers its caller only after
 * {@link #publish} returned, so an accepted sample is never lost by the collector (accepted means on the
 * bus). The embedded default is {@link InMemoryIngestBus}; {@link KafkaIngestBus}, keyed by series,
 * replaces it when collector and processor run in separate processes. {@code IngestBusContract} (tests)
 * states what both must do.
 *
 * <p>Samples of one series (service + metric + labels) reach the consumer in the order they were
 * published.
 */
public interface IngestBus extends AutoCloseable {

    /**
     * Puts a whole batch on the bus, or none of it.
     *
     * @throws BusFullException when the bus has no room for the batch; the caller should retry later
     * @throws BusClosedException when the bus is shutting down
     */
    void publish(List<MetricSample> batch);

    /** Registers the one consumer that processes every sample; it is called from the bus's own thread. */
    void subscribe(Consumer<MetricSample> consumer);

    /**
     * Stops taking samples, lets the consumer finish every sample already accepted (within a bounded
     * time) and returns. Calling it again does nothing.
     */
    @Override
    void close();
}
