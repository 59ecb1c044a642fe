package io.alertify.pipeline.anomaly;

import java.util.Map;
import java.util.Optional;

/**
 * Where learned detector state survives restarts. Keys are series keys; values are opaque snapshots
 * ({@link io.alertify.pipeline.detect.DetectorSnapshot}) tagged with the detector spec that wrote them,
 * so a changed configuration starts fresh instead of restoring state of another shape.
 */
public interface DetectorStateStore {

    Optional<byte[]> load(String seriesKey, String detectorSpec);

    /** Saves many snapshots at once (one checkpoint of every live series). */
    void saveAll(String detectorSpec, Map<String, byte[]> snapshots);

    /** Keeps snapshots in memory: for a processor without a database, where a restart relearns. */
    static DetectorStateStore inMemory() {
        var store = new java.util.concurrent.ConcurrentHashMap<String, byte[]>();
        return new DetectorStateStore() {
            @Override
            public Optional<byte[]> load(String seriesKey, String detectorSpec) {
                return Optional.ofNullable(store.get(detectorSpec + "\u0000" + seriesKey));
            }

            @Override
            public void saveAll(String detectorSpec, Map<String, byte[]> snapshots) {
                snapshots.forEach((key, state) -> store.put(detectorSpec + "\u0000" + key, state));
            }
        };
    }
}
