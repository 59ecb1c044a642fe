package io.alertify.pipeline.bus;

import java.util.Objects;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one consumer of a bus, as every bus calls it: a sample that fails is logged and skipped, because
 * one bad sample must not stop the processing of every other series.
 */
final class SubscribedConsumer {

    private static final Logger log = LoggerFactory.getLogger(SubscribedConsumer.class);

    private final Consumer<MetricSample> consumer;

    SubscribedConsumer(Consumer<MetricSample> consumer) {
        this.consumer = consumer;
    }

    /**
     * Starts a bus's one consumer thread, which runs {@code loop} with the subscriber.
     *
     * @param running the bus's consumer thread so far: a second subscriber is refused
     */
    static Thread start(Thread running, String threadName, Consumer<MetricSample> consumer,
                        Consumer<SubscribedConsumer> loop) {
        Objects.requireNonNull(consumer, "consumer");
        if (running != null) {
            throw new IllegalStateException("an ingest bus takes exactly one consumer");
        }
        var subscribed = new SubscribedConsumer(consumer);
        var thread = new Thread(() -> loop.accept(subscribed), threadName);
        thread.start();
        return thread;
    }

    void accept(MetricSample sample) {
        try {
            consumer.accept(sample);
        } catch (RuntimeException e) {
            log.error("processing a sample of {}/{} failed", sample.service(), sample.metric(), e);
        }
    }

    /** Tells a {@link QuietPeriods} consumer that no sample arrived for about a second. */
    void quiet() {
        if (consumer instanceof QuietPeriods listener) {
            try {
                listener.quiet();
            } catch (RuntimeException e) {
                log.error("checking quiet series failed", e);
            }
        }
    }
}
