package io.alertify.pipeline.publish.outbox;

import io.alertify.pipeline.api.IncidentEventDelivery;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Delivers outbox rows to the {@link IncidentEventDelivery} in the order they were written, from one
 * thread that runs every relay interval and at once when {@link #wake() woken}. Strict order means a
 * failing row holds back the rows behind it until its backoff ends (a trigger must not overtake the
 * resolve before it); an {@link IncidentEventDelivery.Undeliverable} row is parked and the relay moves
 * on. At least once: a crash after delivery and before marking delivers the row again after restart,
 * which the bot's event_id check makes harmless.
 */
public final class OutboxRelay implements SmartLifecycle {

    /** Stops after the processor ({@code ProcessingLifecycle}), which may still write rows while draining. */
    public static final int PHASE = SmartLifecycle.DEFAULT_PHASE - 8192;
    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
    private static final Duration PRUNE_EVERY = Duration.ofMinutes(1);

    private final OutboxStore store;
    private final IncidentEventDelivery delivery;
    private final OutboxSettings settings;
    private final Clock clock;
    private final Semaphore wakeups = new Semaphore(0);
    private volatile boolean running;
    private Thread thread;
    private Instant lastPrune;

    public OutboxRelay(OutboxStore store, IncidentEventDelivery delivery, OutboxSettings settings, Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.delivery = Objects.requireNonNull(delivery, "delivery");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Asks the relay to look for pending rows now instead of at the next interval. */
    public void wake() {
        wakeups.release();
    }

    /**
     * One pass: delivers pending rows that are due, in order, until a row fails or none is left.
     *
     * @return how many rows were delivered
     */
    public int relayPending() {
        int delivered = 0;
        while (true) {
            var rows = store.pending(settings.batchSize());
            for (var row : rows) {
                if (row.nextAttemptAt().isAfter(clock.instant()) || !deliver(row)) {
                    return delivered;
                }
                delivered++;
            }
            if (rows.size() < settings.batchSize()) {
                return delivered;
            }
        }
    }

    /** @return false when the row failed and the pass must stop to keep the order */
    private boolean deliver(OutboxRow row) {
        try {
            delivery.deliver(row.payload());
            store.markDelivered(row.id(), clock.instant());
            return true;
        } catch (IncidentEventDelivery.Undeliverable e) {
            log.error("incident event {} is undeliverable, parked in the outbox (row {}): {}", row.eventId(), row.id(),
                    e.getMessage());
            store.park(row.id(), describe(e));
            return true;
        } catch (RuntimeException e) {
            var wait = settings.backoff().after(row.attempts() + 1);
            log.warn("delivering incident event {} failed (attempt {}), retrying in {}: {}", row.eventId(),
                    row.attempts() + 1, wait, describe(e));
            store.recordFailure(row.id(), describe(e), clock.instant().plus(wait));
            return false;
        }
    }

    /** Deletes delivered rows past the retention period, at most once a minute. */
    void pruneIfDue() {
        var now = clock.instant();
        if (lastPrune != null && Duration.between(lastPrune, now).compareTo(PRUNE_EVERY) < 0) {
            return;
        }
        lastPrune = now;
        int pruned = store.pruneDelivered(now.minus(settings.retention()));
        if (pruned > 0) {
            log.debug("pruned {} delivered incident events from the outbox", pruned);
        }
    }

    private void run() {
        while (running) {
            try {
                relayPending();
                pruneIfDue();
            } catch (RuntimeException e) {
                // The database may be briefly away; the rows are still there on the next pass.
                log.warn("outbox relay pass failed: {}", describe(e));
            }
            try {
                wakeups.tryAcquire(settings.relayInterval().toMillis(), TimeUnit.MILLISECONDS);
                wakeups.drainPermits();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static String describe(RuntimeException e) {
        return e.getClass().getSimpleName() + ": " + e.getMessage();
    }

    @Override
    public synchronized void start() {
        if (running) {
            return;
        }
        running = true;
        thread = new Thread(this::run, "alertify-outbox-relay");
        thread.start();
    }

    @Override
    public void stop() {
        Thread current;
        synchronized (this) {
            running = false;
            current = thread;
            thread = null;
        }
        if (current == null) {
            return;
        }
        wake();
        try {
            current.join(Duration.ofSeconds(30));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return PHASE;
    }
}
