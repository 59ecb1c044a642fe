package io.alertify.pipeline.anomaly;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
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
    void aCheckpointOfThousandsOfSeriesMixingKnownAndNewOnesKeepsEveryOne() {
        var store = store();
        store.saveAll("auto", snapshots(0, 700, (byte) 1));
        store.saveAll("auto", snapshots(0, 1_200, (byte) 2));   // 700 replaced, 500 new

        for (int i = 0; i < 1_200; i += 37) {
            assertThat(store.load("svc" + i + "/latency{}", "auto")).as("series %d", i)
                    .hasValueSatisfying(s -> assertThat(s).containsExactly(2, 2));
        }
        assertThat(store.load("svc1199/latency{}", "auto")).isPresent();
    }

    private static Map<String, byte[]> snapshots(int from, int to, byte value) {
        var snapshots = new LinkedHashMap<String, byte[]>();
        for (int i = from; i < to; i++) {
            snapshots.put("svc" + i + "/latency{}", new byte[] {value, value});
        }
        return snapshots;
    }

    @Test
    void stateOfAnotherDetectorConfigurationIsNotRestored() {
        var store = store();
        store.saveAll("auto", Map.of("checkout/latency{}", new byte[] {1}));

        assertThat(store.load("checkout/latency{}", "seasonal")).isEmpty();
    }
}
