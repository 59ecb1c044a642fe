package io.alertify.pipeline.events;

import static org.assertj.core.api.Assertions.assertThat;

import io.alertify.pipeline.publish.Backoff;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A cache that fails now and then (Redis restarting, a database failover) loses no problem. */
class RetryingActiveIncidentCacheTest {

    private static final Instant OPENED = Instant.parse("2026-11-25T06:00:00Z");

    private final InMemoryActiveIncidentCache stored = new InMemoryActiveIncidentCache();
    private final FlakyCache flaky = new FlakyCache(stored);
    private final RetryingActiveIncidentCache cache =
            new RetryingActiveIncidentCache(flaky, new Backoff(Duration.ofMillis(1), Duration.ofMillis(4)));

    @Test
    void everyCallIsRetriedUntilTheCacheAnswers() {
        flaky.failNext(2);
        cache.open("k", OPENED);
        assertThat(stored.openedAt("k")).contains(OPENED);

        flaky.failNext(3);
        assertThat(cache.openedAt("k")).contains(OPENED);

        flaky.failNext(1);
        cache.close("k");
        assertThat(stored.openedAt("k")).isEmpty();
        assertThat(flaky.calls).isEqualTo(3 + 4 + 2);
    }

    /** Fails the next n calls, then passes them to the real cache. */
    private static final class FlakyCache implements ActiveIncidentCache {
        private final ActiveIncidentCache target;
        private int failures;
        private int calls;

        FlakyCache(ActiveIncidentCache target) {
            this.target = target;
        }

        void failNext(int n) {
            failures = n;
        }

        private void maybeFail() {
            calls++;
            if (failures > 0) {
                failures--;
                throw new IllegalStateException("connection reset");
            }
        }

        @Override
        public Optional<Instant> openedAt(String dedupKey) {
            maybeFail();
            return target.openedAt(dedupKey);
        }

        @Override
        public void open(String dedupKey, Instant openedAt) {
            maybeFail();
            target.open(dedupKey, openedAt);
        }

        @Override
        public void close(String dedupKey) {
            maybeFail();
            target.close(dedupKey);
        }
    }
}
