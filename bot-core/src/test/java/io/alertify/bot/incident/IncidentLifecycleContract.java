package io.alertify.bot.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.alertify.bot.api.IncidentEventIntake;
import io.alertify.bot.api.IncidentStatus;
import io.alertify.bot.api.Severity;
import io.alertify.bot.incident.Transition.Outcome;
import io.alertify.bot.testing.IncidentEvents;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The incident lifecycle, run against every database bot-core supports (H2 here, PostgreSQL when it is
 * reachable): the same migrations and the same rules must hold on both.
 */
abstract class IncidentLifecycleContract {

    static final Instant OPENED = Instant.parse("2026-11-25T06:00:00Z");

    @Autowired
    IncidentService incidents;

    @Autowired
    IncidentEventIntake intake;

    static Trigger trigger(String dedupKey, String summary) {
        return new Trigger(dedupKey, Severity.CRITICAL, "checkout", "latency > 500 for 3 samples", summary,
                "alertify-pipeline", Map.of("namespace", "shop", "pod", "checkout-7d9f"),
                "{\"series\":[]}", OPENED);
    }

    @Test
    void aTriggerOpensAnIncidentWithItsTimeline() {
        var id = incidents.trigger(trigger(IncidentEvents.newKey(), "latency 730"));

        var incident = incidents.find(id).orElseThrow();
        assertThat(incident.status()).isEqualTo(IncidentStatus.TRIGGERED);
        assertThat(incident.service()).isEqualTo("checkout");
        assertThat(incident.severity()).isEqualTo(Severity.CRITICAL);
        assertThat(incident.openedAt()).isEqualTo(OPENED);
        assertThat(incident.labels()).containsEntry("pod", "checkout-7d9f");
        assertThat(incident.timeline()).extracting(TimelineLine::kind, TimelineLine::actor, TimelineLine::text)
                .containsExactly(tuple(TimelineKind.OPENED, "alertify-pipeline",
                        "latency 730"));
        assertThat(incidents.active()).extracting(IncidentSnapshot::id).contains(id);
    }

    @Test
    void aRepeatedTriggerAddsATimelineLineInsteadOfANewIncident() {
        var key = IncidentEvents.newKey();
        var first = incidents.trigger(trigger(key, "latency 730"));

        var second = incidents.trigger(trigger(key, "latency 910"));

        assertThat(second).isEqualTo(first);
        var incident = incidents.find(first).orElseThrow();
        assertThat(incident.summary()).isEqualTo("latency 910");
        assertThat(incident.timeline()).extracting(TimelineLine::kind)
                .containsExactly(TimelineKind.OPENED, TimelineKind.TRIGGERED_AGAIN);
    }

    @Test
    void recoveryResolvesTheIncidentAndTheNextTriggerOpensANewOne() {
        var key = IncidentEvents.newKey();
        var first = incidents.trigger(trigger(key, "latency 730"));

        assertThat(incidents.resolveByKey(key, "alertify-pipeline", OPENED.plusSeconds(600))).contains(first);
        var again = incidents.trigger(trigger(key, "latency 800"));

        assertThat(again).isNotEqualTo(first);
        var resolved = incidents.find(first).orElseThrow();
        assertThat(resolved.status()).isEqualTo(IncidentStatus.RESOLVED);
        assertThat(resolved.resolvedAt()).isEqualTo(OPENED.plusSeconds(600));
        assertThat(resolved.resolvedBy()).isEqualTo("alertify-pipeline");
        assertThat(incidents.find(again).orElseThrow().status()).isEqualTo(IncidentStatus.TRIGGERED);
        assertThat(incidents.findActive(key)).map(IncidentSnapshot::id).contains(again);
    }

    @Test
    void aPersonAcknowledgesThenResolves() {
        var id = incidents.trigger(trigger(IncidentEvents.newKey(), "latency 730"));

        var acknowledged = incidents.acknowledge(id, "Alice");
        var resolved = incidents.resolve(id, "Bob");

        assertThat(acknowledged.outcome()).isEqualTo(Outcome.DONE);
        assertThat(acknowledged.incident().acknowledgedBy()).isEqualTo("Alice");
        assertThat(resolved.outcome()).isEqualTo(Outcome.DONE);
        assertThat(resolved.incident().status()).isEqualTo(IncidentStatus.RESOLVED);
        assertThat(resolved.incident().timeline()).extracting(TimelineLine::kind, TimelineLine::actor)
                .containsExactly(tuple(TimelineKind.OPENED, "alertify-pipeline"),
                        tuple(TimelineKind.ACKNOWLEDGED, "Alice"),
                        tuple(TimelineKind.RESOLVED, "Bob"));
    }

    @Test
    void illegalTransitionsAreRefusedWithTheReason() {
        var id = incidents.trigger(trigger(IncidentEvents.newKey(), "latency 730"));
        incidents.acknowledge(id, "Alice");

        assertThat(incidents.acknowledge(id, "Bob").outcome()).isEqualTo(Outcome.ALREADY_ACKNOWLEDGED);
        incidents.resolve(id, "Alice");
        assertThat(incidents.acknowledge(id, "Bob").outcome()).isEqualTo(Outcome.ALREADY_RESOLVED);
        assertThat(incidents.resolve(id, "Bob").outcome()).isEqualTo(Outcome.ALREADY_RESOLVED);
        assertThat(incidents.acknowledge(Long.MAX_VALUE, "Bob").outcome()).isEqualTo(Outcome.NOT_FOUND);
        assertThat(incidents.find(id).orElseThrow().timeline()).hasSize(3);
    }

    @Test
    void concurrentFirstTriggersOfOneKeyOpenOneIncident() throws Exception {
        var key = IncidentEvents.newKey();
        var start = new CountDownLatch(1);
        Callable<Void> send = () -> {
            start.await();
            intake.accept(IncidentEvents.trigger(key, "critical", "checkout", UUID.randomUUID().toString()));
            return null;
        };
        try (var pool = Executors.newFixedThreadPool(6)) {
            var futures = IntStream.range(0, 6).mapToObj(i -> pool.submit(send)).toList();
            start.countDown();
            for (var future : futures) {
                future.get();
            }
        }

        var incident = incidents.findActive(key).orElseThrow();
        assertThat(incident.timeline()).extracting(TimelineLine::kind)
                .containsOnlyOnce(TimelineKind.OPENED)
                .hasSize(6);
        assertThat(incidents.active()).filteredOn(i -> i.dedupKey().equals(key)).hasSize(1);
    }
}
