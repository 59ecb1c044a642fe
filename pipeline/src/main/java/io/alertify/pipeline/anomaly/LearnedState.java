package io.alertify.pipeline.anomaly;

import io.alertify.pipeline.detect.Detector;
import io.alertify.pipeline.detect.DetectorSnapshot;
import java.nio.ByteBuffer;
import java.time.Instant;

/**
 * What a checkpoint keeps of a watched series (or a group of metrics): when it was first seen, so that a
 * restart does not start its learning period again, followed by the detector's snapshot.
 */
final class LearnedState {

    private static final long NEVER_SEEN = Long.MIN_VALUE;

    private LearnedState() {
    }

    static byte[] save(Detector detector, AnomalyGate gate) {
        var snapshot = DetectorSnapshot.toBytes(detector);
        var firstSeen = gate.firstSeen();
        return ByteBuffer.allocate(Long.BYTES + snapshot.length)
                .putLong(firstSeen == null ? NEVER_SEEN : firstSeen.toEpochMilli())
                .put(snapshot)
                .array();
    }

    /** @throws RuntimeException when the state is corrupt or of another detector; the caller learns afresh */
    static void restore(byte[] state, Detector detector, AnomalyGate gate) {
        var buffer = ByteBuffer.wrap(state);
        long firstSeen = buffer.getLong();
        var snapshot = new byte[buffer.remaining()];
        buffer.get(snapshot);
        DetectorSnapshot.restore(detector, snapshot);
        gate.firstSeen(firstSeen == NEVER_SEEN ? null : Instant.ofEpochMilli(firstSeen));
    }
}
