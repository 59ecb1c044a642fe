package io.alertify.pipeline.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The contract of a cache that outlives the process: what one instance opened, a new instance on the same
 * storage (a restarted processor, or another replica) sees, and closes.
 */
abstract class DurableActiveIncidentCacheContract extends ActiveIncidentCacheContract {

    @Test
    void aRestartedProcessorStillKnowsWhatIsOpen() {
        var cache = cache();
        cache.open("checkout-latency", NINE);
        cache.open("cart-errors", TEN);
        cache.close("cart-errors");

        var restarted = cache();

        assertThat(restarted.openedAt("checkout-latency")).contains(NINE);
        assertThat(restarted.openedAt("cart-errors")).isEmpty();
    }

    @Test
    void aRestartedProcessorCanCloseWhatTheOldOneOpened() {
        cache().open("checkout-latency", NINE);
        var restarted = cache();

        restarted.close("checkout-latency");

        assertThat(cache().openedAt("checkout-latency")).isEmpty();
    }
}
