package io.alertify.pipeline.bus;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Consumer;
import java.util.function.Function;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import tools.jackson.core.JacksonException;

/**
 * The production ingest bus: one Kafka topic, records keyed by series, so every sample of a series lands
 * on one partition and reaches the processor in order, and collector and processor can run as separate
 * processes (and several of each: processors share a consumer group and split the partitions).
 *
 * <p>{@link #publish} returns only after Kafka acknowledged every record of the batch (acks=all,
 * idempotent producer); when it does not within the send timeout, the batch is refused with
 * {@link BusFullException}, so the caller gets 429 and retries. A refused batch may still have been
 * written in part: the retry then delivers those samples twice, as a redelivery after a processor crash
 * would.
 *
 * <p>One thread polls and feeds the subscribed consumer, and commits the offsets of a poll only after
 * the consumer returned from its last sample: delivery is at least once. {@link #close} lets that thread
 * finish the samples it holds and commit them; samples it never polled stay in Kafka for the next
 * processor of the group.
 */
public final class KafkaIngestBus implements IngestBus {

    private static final Logger log = LoggerFactory.getLogger(KafkaIngestBus.class);
    /** Also how often an idle bus tells the consumer it is quiet (see {@link QuietPeriods}). */
    private static final Duration POLL = Duration.ofSeconds(1);

    /**
     * @param topic the topic samples travel on
     * @param groupId the consumer group of the processors
     * @param sendTimeout how long {@link #publish} waits for Kafka's acknowledgements
     * @param retryAfter what a refused caller is told to wait
     * @param drainTimeout how long {@link #close} waits for the consumer to finish what it holds
     */
    public record Settings(String topic, String groupId, Duration sendTimeout, Duration retryAfter,
                           Duration drainTimeout) {

        public Settings {
            Objects.requireNonNull(topic, "topic");
            Objects.requireNonNull(groupId, "groupId");
            Objects.requireNonNull(sendTimeout, "sendTimeout");
            Objects.requireNonNull(retryAfter, "retryAfter");
            Objects.requireNonNull(drainTimeout, "drainTimeout");
        }
    }

    private final Settings settings;
    private final Function<MetricSample, String> seriesKey;
    private final DefaultKafkaProducerFactory<String, String> producers;
    private final KafkaTemplate<String, String> template;
    private final DefaultKafkaConsumerFactory<String, String> consumers;
    /** Publishers share the read lock; close takes the write lock, so no publish outlives the producer. */
    private final ReadWriteLock closing = new ReentrantReadWriteLock();
    private boolean closed;
    private volatile boolean stopping;
    private Thread consumerThread;

    /**
     * @param producerConfig where the brokers are and how to reach them; the settings "accepted means
     *                       durable" depends on (acks, idempotence, serializers) are set here
     * @param consumerConfig the same for the consumer; offsets are committed here, never automatically
     * @param seriesKey the record key: the identity of the sample's series, so that a series keeps its order
     */
    public KafkaIngestBus(Map<String, Object> producerConfig, Map<String, Object> consumerConfig, Settings settings,
                          Function<MetricSample, String> seriesKey) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.seriesKey = Objects.requireNonNull(seriesKey, "seriesKey");
        this.producers = new DefaultKafkaProducerFactory<>(durableProducer(producerConfig, settings),
                new StringSerializer(), new StringSerializer());
        this.template = new KafkaTemplate<>(producers);
        this.consumers = new DefaultKafkaConsumerFactory<>(committingConsumer(consumerConfig, settings),
                new StringDeserializer(), new StringDeserializer());
    }

    private static Map<String, Object> durableProducer(Map<String, Object> config, Settings settings) {
        var durable = new HashMap<>(config);
        durable.put(ProducerConfig.ACKS_CONFIG, "all");
        durable.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        // send() itself blocks while it has no metadata (broker down): never longer than we wait for acks
        durable.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, settings.sendTimeout().toMillis());
        return durable;
    }

    private static Map<String, Object> committingConsumer(Map<String, Object> config, Settings settings) {
        var committing = new HashMap<>(config);
        committing.put(ConsumerConfig.GROUP_ID_CONFIG, settings.groupId());
        committing.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        // a group's first processor must also read what was accepted before it ever joined
        committing.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        return committing;
    }

    @Override
    public void publish(List<MetricSample> batch) {
        if (batch.isEmpty()) {
            return;
        }
        closing.readLock().lock();
        try {
            if (closed) {
                throw new BusClosedException("the ingest bus is shutting down", settings.retryAfter());
            }
            awaitAcknowledgements(send(batch));
        } finally {
            closing.readLock().unlock();
        }
    }

    private CompletableFuture<?>[] send(List<MetricSample> batch) {
        var acknowledgements = new CompletableFuture<?>[batch.size()];
        try {
            for (int i = 0; i < batch.size(); i++) {
                var sample = batch.get(i);
                acknowledgements[i] = template.send(settings.topic(), seriesKey.apply(sample),
                        MetricSampleJson.write(sample));
            }
        } catch (KafkaException | org.springframework.kafka.KafkaException e) {
            // KafkaTemplate wraps what the producer throws before it even queues a record (no metadata in time)
            var cause = e.getCause() != null ? e.getCause() : e;
            throw unavailable("Kafka refused the samples (" + cause.getMessage() + ")", cause);
        }
        return acknowledgements;
    }

    private void awaitAcknowledgements(CompletableFuture<?>[] acknowledgements) {
        try {
            CompletableFuture.allOf(acknowledgements).get(settings.sendTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw unavailable("Kafka did not acknowledge the samples within " + settings.sendTimeout(), e);
        } catch (ExecutionException e) {
            throw unavailable("Kafka refused the samples (" + e.getCause().getMessage() + ")", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw unavailable("interrupted while waiting for Kafka", e);
        }
    }

    private BusFullException unavailable(String reason, Throwable cause) {
        var refused = new BusFullException(reason + " on topic '" + settings.topic() + "'", settings.retryAfter());
        refused.initCause(cause);
        return refused;
    }

    @Override
    public synchronized void subscribe(Consumer<MetricSample> consumer) {
        consumerThread = SubscribedConsumer.start(consumerThread, "alertify-ingest-bus-kafka", consumer, this::consume);
    }

    private void consume(SubscribedConsumer consumer) {
        try (var kafka = consumers.createConsumer()) {
            kafka.subscribe(List.of(settings.topic()));
            while (!stopping) {
                var records = poll(kafka);
                if (records.isEmpty()) {
                    consumer.quiet();
                    continue;
                }
                for (var record : records) {
                    if (Thread.interrupted()) {
                        // Cleared so that the consumer still leaves its group cleanly: the next
                        // processor takes over the partitions at once instead of after a session timeout.
                        log.warn("ingest bus did not drain within {}; the samples it did not commit go to the "
                                + "next processor of group '{}'", settings.drainTimeout(), settings.groupId());
                        return;
                    }
                    deliver(record, consumer);
                }
                commit(kafka);
            }
        } catch (RuntimeException e) {
            log.error("the ingest bus consumer stopped; samples it did not commit go to the next processor of "
                    + "group '{}'", settings.groupId(), e);
        }
    }

    private ConsumerRecords<String, String> poll(org.apache.kafka.clients.consumer.Consumer<String, String> kafka) {
        try {
            return kafka.poll(POLL);
        } catch (KafkaException e) {
            if (Thread.currentThread().isInterrupted()) {
                throw e;
            }
            // Brokers come back; a processor that gave up would stop every detector until restarted.
            log.warn("polling the ingest bus failed, retrying in {}: {}", POLL, e.toString());
            try {
                Thread.sleep(POLL);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
            return ConsumerRecords.empty();
        }
    }

    private static void deliver(ConsumerRecord<String, String> record, SubscribedConsumer consumer) {
        MetricSample sample;
        try {
            sample = MetricSampleJson.read(record.value());
        } catch (JacksonException | NullPointerException e) {
            // Skipped, not retried: an unreadable record would otherwise block its partition forever.
            log.error("skipping an unreadable sample at {}-{}@{}: {}", record.topic(), record.partition(),
                    record.offset(), e.getMessage());
            return;
        }
        consumer.accept(sample);
    }

    private void commit(org.apache.kafka.clients.consumer.Consumer<String, String> kafka) {
        try {
            kafka.commitSync();
        } catch (KafkaException e) {
            if (Thread.currentThread().isInterrupted()) {
                throw e;
            }
            // Typically a rebalance took the partitions: their new owner processes these samples again.
            log.warn("committing ingest bus offsets failed; those samples will be delivered again: {}", e.toString());
        }
    }

    @Override
    public void close() {
        closing.writeLock().lock();
        try {
            if (closed) {
                return;
            }
            closed = true;
        } finally {
            closing.writeLock().unlock();
        }
        stopping = true;
        Thread consumer;
        synchronized (this) {
            consumer = consumerThread;
        }
        if (consumer != null) {
            awaitDrain(consumer);
        }
        producers.destroy();
    }

    private void awaitDrain(Thread consumer) {
        try {
            if (!consumer.join(settings.drainTimeout())) {
                consumer.interrupt();
                consumer.join(TimeUnit.SECONDS.toMillis(5));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
