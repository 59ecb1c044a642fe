package io.alertify.pipeline.anomaly;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What every {@link DetectorStateStore} must do, whatever keeps the bytes. Each store extends this
 * once, so the embedded default and the database behave the same.
 */
abstract class DetectorStateStoreContract {

    abstract DetectorStateStore store();

    @Test
    void savesLoadsAndReplacesSnapshots() {
        var store = store();
        store.saveAll("auto", Map.of("checkout/latency{}", new byte[] {1, 2, 3}, "cart/latency{}", new byte[] {4}));
        store.saveAll("auto", Map.of("checkout/latency{}", new byte[] {9}));

        assertThat(store.load("checkout/latency{}", "auto")).hasValueSatisfying(s -> assertThat(s).containsExactly(9));
        assertThat(store.load("cart/latency{}", "auto")).hasValueSatisfying(s -> assertThat(s).containsExactly(4));
        assertThat(store.load("unknown/latency{}", "auto")).isEmpty();
    }

    @Test
    void stateOfAnotherDetectorConfigurationIsNotRestored() {
        var store = store();
        store.saveAll("auto", Map.of("checkout/latency{}", new byte[] {1}));

        assertThat(store.load("checkout/latency{}", "seasonal")).isEmpty();
    }
}
