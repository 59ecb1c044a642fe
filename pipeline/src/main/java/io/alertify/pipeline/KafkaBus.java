package io.alertify.pipeline;

import io.alertify.pipeline.bus.KafkaIngestBus;
import io.alertify.pipeline.rules.SeriesKey;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;

/**
 * {@code alertify.pipeline.bus.type=kafka}: the Kafka ingest bus, reaching the brokers that Boot's
 * {@code spring.kafka.*} name. Records are keyed by the series as the processor identifies it (volatile
 * labels such as {@code pod} left out), so a restarted pod's samples stay on its series' partition and
 * in order.
 */
final class KafkaBus {

    private KafkaBus() {
    }

    static KafkaIngestBus create(PipelineProperties pipeline, KafkaProperties kafka) {
        var bus = pipeline.bus();
        var settings = new KafkaIngestBus.Settings(bus.kafka().topic(), bus.kafka().groupId(),
                bus.kafka().sendTimeout(), bus.retryAfter(), bus.drainTimeout());
        var volatileLabels = pipeline.volatileLabels();
        return new KafkaIngestBus(kafka.buildProducerProperties(), kafka.buildConsumerProperties(), settings,
                sample -> SeriesKey.of(sample, volatileLabels).toString());
    }
}
