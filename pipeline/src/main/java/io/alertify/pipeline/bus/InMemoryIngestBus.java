package io.alertify.pipeline.bus;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded ingest bus: a bounded in-process queue drained by one consumer thread, so every series
 * keeps its order. Capacity counts samples waiting and the one being processed; when a batch does not
 * fit, {@link #publish} refuses it whole with {@link BusFullException} (back-pressure up to the HTTP
 * caller). {@link #close} stops taking samples, lets the consumer finish everything already accepted,
 * and waits up to the drain timeout for it.
 */
public final class InMemoryIngestBus implements IngestBus {

    private static final Logger log = LoggerFactory.getLogger(InMemoryIngestBus.class);
    /** Queued behind every accepted sample by {@link #close}: the consumer stops when it reaches it. */
    private static final MetricSample END = new MetricSample("", "", Instant.EPOCH, 0, null);

    private final int capacity;
    private final Duration retryAfter;
    private final Duration drainTimeout;
    private final Semaphore room;
    private final LinkedBlockingQueue<MetricSample> queue = new LinkedBlockingQueue<>();
    /** Publishers share the read lock; close takes the write lock so no sample slips in behind END. */
    private final ReadWriteLock closing = new ReentrantReadWriteLock();
    private boolean closed;
    private Thread consumerThread;

    public InMemoryIngestBus(int capacity, Duration retryAfter, Duration drainTimeout) {
        if (capacity < 1) {
            throw new IllegalArgumentException("alertify.pipeline.bus.capacity must be at least 1, was " + capacity);
        }
        this.capacity = capacity;
        this.retryAfter = Objects.requireNonNull(retryAfter, "retryAfter");
        this.drainTimeout = Objects.requireNonNull(drainTimeout, "drainTimeout");
        this.room = new Semaphore(capacity);
    }

    @Override
    public void publish(List<MetricSample> batch) {
        if (batch.isEmpty()) {
            return;
        }
        closing.readLock().lock();
        try {
            if (closed) {
                throw new BusClosedException("the ingest bus is shutting down", retryAfter);
            }
            if (!room.tryAcquire(batch.size())) {
                throw new BusFullException("the ingest bus is full (capacity " + capacity + " samples)", retryAfter);
            }
            queue.addAll(batch);
        } finally {
            closing.readLock().unlock();
        }
    }

    @Override
    public synchronized void subscribe(Consumer<MetricSample> consumer) {
        consumerThread = SubscribedConsumer.start(consumerThread, "alertify-ingest-bus", consumer, this::consume);
    }

    /** Samples accepted and not yet processed. */
    public int pending() {
        return capacity - room.availablePermits();
    }

    private void consume(SubscribedConsumer consumer) {
        while (true) {
            MetricSample sample;
            try {
                sample = queue.poll(1, TimeUnit.SECONDS);
                if (sample == null) {
                    consumer.quiet();
                    continue;
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                log.error("ingest bus consumer interrupted before it drained; {} accepted samples are lost",
                        queue.size());
                return;
            }
            if (sample == END) {
                return;
            }
            try {
                consumer.accept(sample);
            } finally {
                room.release();
            }
        }
    }

    @Override
    public void close() {
        Thread consumer;
        closing.writeLock().lock();
        try {
            if (closed) {
                return;
            }
            closed = true;
            queue.add(END);
        } finally {
            closing.writeLock().unlock();
        }
        synchronized (this) {
            consumer = consumerThread;
        }
        if (consumer == null) {
            if (queue.size() > 1) {
                log.warn("ingest bus closed without a consumer; {} accepted samples were never processed "
                        + "(this process runs the collector without the processor)", queue.size() - 1);
            }
            return;
        }
        awaitDrain(consumer);
    }

    private void awaitDrain(Thread consumer) {
        try {
            if (!consumer.join(drainTimeout)) {
                log.warn("ingest bus did not drain within {}; interrupting its consumer", drainTimeout);
                consumer.interrupt();
                consumer.join(TimeUnit.SECONDS.toMillis(5));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
