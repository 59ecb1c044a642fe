package io.alertify.pipeline.anomaly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

/** Checkpoints written behind the processor's back, none lost and none queued up. */
class BackgroundStateStoreTest extends DetectorStateStoreContract {

    /** Whether a snapshot is still queued or already written, it reads back the same. */
    @Override
    DetectorStateStore store() {
        return new BackgroundStateStore(DetectorStateStore.inMemory(), 0);
    }

    @Test
    void aSlowDatabaseGetsTheNewestCheckpointNotEveryOne() throws Exception {
        var database = new SlowStore();
        var store = new BackgroundStateStore(database, 0);

        store.saveAll("auto", Map.of("checkout/latency{}", new byte[] {1}));
        database.writing.await();                       // the first write is under way and blocked
        store.saveAll("auto", Map.of("checkout/latency{}", new byte[] {2}, "cart/latency{}", new byte[] {5}));
        store.saveAll("auto", Map.of("checkout/latency{}", new byte[] {3}));
        assertThat(store.load("checkout/latency{}", "auto")).as("what waits is what a restart would get")
                .hasValueSatisfying(s -> assertThat(s).containsExactly(3));

        database.release.countDown();
        store.stop();

        assertThat(database.written).extracting(s -> s.get("checkout/latency{}")[0]).containsExactly((byte) 1, (byte) 3);
        assertThat(database.written.getLast()).as("merged, not replaced").containsKey("cart/latency{}");
    }

    @Test
    void stoppingWritesWhatIsQueued() {
        var database = DetectorStateStore.inMemory();
        var store = new BackgroundStateStore(database, 0);
        store.saveAll("auto", Map.of("cart/latency{}", new byte[] {7}));

        store.stop();

        assertThat(database.load("cart/latency{}", "auto")).isPresent();
        assertThat(store.isRunning()).isFalse();
    }

    @Test
    void theCallerDoesNotWaitForTheDatabase() {
        var database = new SlowStore();
        var store = new BackgroundStateStore(database, 0);

        store.saveAll("auto", Map.of("checkout/latency{}", new byte[] {1}));   // returns although the write blocks

        await().until(() -> database.writing.getCount() == 0);
        database.release.countDown();
        store.stop();
        assertThat(database.written).hasSize(1);
    }

    /** Blocks its first write until released. */
    private static final class SlowStore implements DetectorStateStore {
        final CountDownLatch writing = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);
        final List<Map<String, byte[]>> written = new CopyOnWriteArrayList<>();

        @Override
        public Optional<byte[]> load(String seriesKey, String detectorSpec) {
            return Optional.empty();
        }

        @Override
        public void saveAll(String detectorSpec, Map<String, byte[]> snapshots) {
            writing.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            written.add(snapshots);
        }
    }
}
