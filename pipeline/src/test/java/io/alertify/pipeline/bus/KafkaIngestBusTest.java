package io.alertify.pipeline.bus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.NewTopic;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.test.condition.EmbeddedKafkaCondition;
import org.springframework.kafka.test.context.EmbeddedKafka;

/**
 * The Kafka bus on spring-kafka-test's in-process KRaft broker: the contract, plus what only a bus
 * outside the process can do, hand samples to the next processor of the group.
 */
@EmbeddedKafka(brokerProperties = "group.initial.rebalance.delay.ms=0")
class KafkaIngestBusTest extends IngestBusContract {

    private final String topic = "samples-" + UUID.randomUUID();
    private final String group = "processors-" + UUID.randomUUID();
    private final List<IngestBus> restarted = new ArrayList<>();

    /** Runs before the contract opens its bus. Several partitions, so that a series keeps its order by its key. */
    KafkaIngestBusTest() {
        EmbeddedKafkaCondition.getBroker().addTopics(new NewTopic(topic, 3, (short) 1));
    }

    @AfterEach
    void closeRestarted() {
        restarted.forEach(IngestBus::close);
    }

    @Override
    IngestBus createBus() {
        return bus(DRAIN_TIMEOUT, EmbeddedKafkaCondition.getBroker().getBrokersAsString());
    }

    @Override
    void restartConsumerInto(Consumer<MetricSample> consumer) {
        var next = createBus();
        restarted.add(next);
        next.subscribe(consumer);
    }

    @Test
    void samplesAProcessorDidNotFinishGoToTheNextProcessorOfTheGroup() throws InterruptedException {
        var published = samples(3);
        bus.publish(published);
        var inProgress = new CountDownLatch(1);
        var never = new CountDownLatch(1);
        var stuck = bus(Duration.ofMillis(500), EmbeddedKafkaCondition.getBroker().getBrokersAsString());
        restarted.add(stuck);
        stuck.subscribe(sample -> {
            inProgress.countDown();
            awaitQuietly(never);
        });
        inProgress.await();

        stuck.close();

        var seen = new CopyOnWriteArrayList<MetricSample>();
        restartConsumerInto(seen::add);
        await().until(() -> seen.size() >= published.size());
        assertThat(seen).containsExactlyElementsOf(published);
    }

    @Test
    void aRestartedProcessorContinuesAfterWhatWasCommitted() {
        var before = new CopyOnWriteArrayList<MetricSample>();
        bus.subscribe(before::add);
        bus.publish(samples(3));
        await().until(() -> before.size() >= 3);
        bus.close();

        var after = createBus();
        restarted.add(after);
        after.publish(List.of(sample("checkout", "latency", 3), sample("checkout", "latency", 4)));
        var seen = new CopyOnWriteArrayList<Double>();
        after.subscribe(sample -> seen.add(sample.value()));

        // same series, same partition: a redelivery of 0..2 would arrive before 3 and 4
        await().until(() -> seen.size() >= 2);
        assertThat(seen).containsExactly(3.0, 4.0);
    }

    @Test
    void anUnreachableBrokerIsRefusedAsFullNotDropped() {
        var unreachable = new KafkaIngestBus(Map.of(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:1"),
                Map.of(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:1"),
                new KafkaIngestBus.Settings(topic, group, Duration.ofMillis(500), RETRY_AFTER, DRAIN_TIMEOUT),
                KafkaIngestBusTest::seriesOf);
        restarted.add(unreachable);

        assertThatThrownBy(() -> unreachable.publish(samples(2)))
                .isInstanceOfSatisfying(BusFullException.class, e -> {
                    assertThat(e.retryAfter()).isEqualTo(RETRY_AFTER);
                    assertThat(e.getMessage()).contains(topic);
                });
    }

    private KafkaIngestBus bus(Duration drainTimeout, String brokers) {
        var connection = Map.<String, Object>of(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, brokers);
        return new KafkaIngestBus(connection, connection,
                new KafkaIngestBus.Settings(topic, group, Duration.ofSeconds(10), RETRY_AFTER, drainTimeout),
                KafkaIngestBusTest::seriesOf);
    }

    private static String seriesOf(MetricSample sample) {
        return sample.service() + "/" + sample.metric();
    }
}
