package io.alertify.pipeline.anomaly;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Writes checkpoints on a thread of its own, so the processor never waits for the database: it only
 * serialises the snapshots (tens of microseconds a series) and goes back to its samples, while thousands of
 * series take seconds to write. A checkpoint that arrives before the previous one of the same detector was
 * written is merged into it, newest snapshot per series, so a slow database never builds a queue.
 * Stopping writes what is queued, after the processor's last checkpoint (see the phase) and before the
 * database closes.
 */
public final class BackgroundStateStore implements DetectorStateStore, SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(BackgroundStateStore.class);

    private final DetectorStateStore target;
    private final int phase;
    /** Checkpoints not yet taken by the writer, per detector spec; guarded by itself, as is {@link #writing}. */
    private final Map<String, Map<String, byte[]>> queued = new LinkedHashMap<>();
    /** The checkpoint the writer is writing now: still readable until the database has it. */
    private Map<String, byte[]> writing = Map.of();
    private String writingSpec;
    private final ExecutorService writer = Executors.newSingleThreadExecutor(Thread.ofPlatform()
            .name("alertify-checkpoint-writer").daemon(true).factory());
    private volatile boolean running = true;

    /** @param phase the lifecycle phase: below the processor's, so this stops after its last checkpoint */
    public BackgroundStateStore(DetectorStateStore target, int phase) {
        this.target = target;
        this.phase = phase;
    }

    /** A snapshot still waiting to be written, or being written, is newer than the database's. */
    @Override
    public Optional<byte[]> load(String seriesKey, String detectorSpec) {
        synchronized (queued) {
            var waiting = queued.get(detectorSpec);
            if (waiting != null && waiting.containsKey(seriesKey)) {
                return Optional.of(waiting.get(seriesKey));
            }
            if (detectorSpec.equals(writingSpec) && writing.containsKey(seriesKey)) {
                return Optional.of(writing.get(seriesKey));
            }
        }
        return target.load(seriesKey, detectorSpec);
    }

    @Override
    public void saveAll(String detectorSpec, Map<String, byte[]> snapshots) {
        boolean alreadyScheduled;
        synchronized (queued) {
            var waiting = queued.get(detectorSpec);
            alreadyScheduled = waiting != null;
            if (alreadyScheduled) {
                waiting.putAll(snapshots);
            } else {
                queued.put(detectorSpec, new LinkedHashMap<>(snapshots));
            }
        }
        if (!alreadyScheduled) {
            writer.execute(() -> write(detectorSpec));
        }
    }

    private void write(String detectorSpec) {
        Map<String, byte[]> snapshots;
        synchronized (queued) {
            snapshots = queued.remove(detectorSpec);
            if (snapshots == null) {
                return;
            }
            writing = snapshots;
            writingSpec = detectorSpec;
        }
        try {
            long start = System.nanoTime();
            target.saveAll(detectorSpec, snapshots);
            log.debug("checkpoint of {} series ({}) written in {} ms", snapshots.size(), detectorSpec,
                    TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
        } catch (RuntimeException e) {
            log.warn("could not save the learnt state of {} series ({}); retrying at the next checkpoint: {}",
                    snapshots.size(), detectorSpec, e.toString());
        } finally {
            synchronized (queued) {
                writing = Map.of();
                writingSpec = null;
            }
        }
    }

    @Override
    public void start() {
        running = true;
    }

    /** Writes what is queued, for up to a minute. */
    @Override
    public void stop() {
        writer.shutdown();
        try {
            if (!writer.awaitTermination(1, TimeUnit.MINUTES)) {
                log.warn("the last checkpoint was not written within a minute; a restart relearns what it missed");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return phase;
    }
}
