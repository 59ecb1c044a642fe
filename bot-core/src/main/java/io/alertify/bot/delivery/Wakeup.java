package io.alertify.bot.delivery;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Wakes a notifier in this process when jobs were committed, so a card goes out in milliseconds rather
 * than at the next poll. Notifiers in other processes find the jobs by polling.
 */
final class Wakeup {

    private final Semaphore signals = new Semaphore(0);

    void signal() {
        if (signals.availablePermits() == 0) {
            signals.release();
        }
    }

    /** Waits for a signal or {@code timeout}, whichever comes first. */
    void await(Duration timeout) throws InterruptedException {
        if (signals.tryAcquire(timeout.toNanos(), TimeUnit.NANOSECONDS)) {
            signals.drainPermits();
        }
    }
}
