package io.alertify.pipeline.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What every {@link ActiveIncidentCache} must do, whatever keeps the keys. Each adapter extends this once
 * (the durable ones through {@link DurableActiveIncidentCacheContract}), so the embedded default and Redis
 * behave the same. Instants carry milliseconds: the precision every adapter promises.
 */
abstract class ActiveIncidentCacheContract {

    static final Instant NINE = Instant.parse("2026-11-25T09:00:00.123Z");
    static final Instant TEN = Instant.parse("2026-11-25T10:00:00.456Z");

    /**
     * A new cache on this test's storage. The storage starts empty for every test (JUnit makes a test
     * instance per test); within one test, every call sees the same storage.
     */
    abstract ActiveIncidentCache cache();

    @Test
    void anOpenedProblemReportsWhenItOpened() {
        var cache = cache();
        cache.open("checkout-latency", NINE);

        assertThat(cache.openedAt("checkout-latency")).contains(NINE);
    }

    @Test
    void aProblemNeverOpenedIsNotOpen() {
        assertThat(cache().openedAt("checkout-latency")).isEmpty();
    }

    @Test
    void closingAProblemForgetsIt() {
        var cache = cache();
        cache.open("checkout-latency", NINE);

        cache.close("checkout-latency");

        assertThat(cache.openedAt("checkout-latency")).isEmpty();
    }

    @Test
    void closingAProblemThatIsNotOpenDoesNothing() {
        var cache = cache();

        cache.close("checkout-latency");

        assertThat(cache.openedAt("checkout-latency")).isEmpty();
    }

    /** The incident opened at the first trigger; a second open (another replica, a retry) does not move it. */
    @Test
    void openingAnOpenProblemAgainKeepsTheFirstInstant() {
        var cache = cache();
        cache.open("checkout-latency", NINE);

        cache.open("checkout-latency", TEN);

        assertThat(cache.openedAt("checkout-latency")).contains(NINE);
    }

    @Test
    void aProblemClosedAndOpenedAgainTakesTheNewInstant() {
        var cache = cache();
        cache.open("checkout-latency", NINE);
        cache.close("checkout-latency");

        cache.open("checkout-latency", TEN);

        assertThat(cache.openedAt("checkout-latency")).contains(TEN);
    }

    @Test
    void problemsAreKeptApart() {
        var cache = cache();
        cache.open("checkout-latency", NINE);
        cache.open("cart-errors", TEN);

        cache.close("checkout-latency");

        assertThat(cache.openedAt("checkout-latency")).isEmpty();
        assertThat(cache.openedAt("cart-errors")).contains(TEN);
    }

    /** The event generator's real keys (SHA-256 fingerprints, 64 hex characters) fit every storage. */
    @Test
    void keysAsTheEventGeneratorMakesThem() {
        var cache = cache();
        var dedupKey = Fingerprint.of("latency-high", "checkout", Map.of("region", "eu-west-1"));

        cache.open(dedupKey, NINE);

        assertThat(cache.openedAt(dedupKey)).contains(NINE);
    }
}
