package io.alertify.bot.escalation;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Every {@code tick}, on the bot role: runs the escalation steps and shift-change notices that are due,
 * reading them from the database, so what fell due while no bot ran happens when one is back.
 */
final class EscalationScheduler implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(EscalationScheduler.class);

    private final List<Consumer<java.time.Instant>> tasks;
    private final Duration tick;
    private final Clock clock;
    private ScheduledExecutorService executor;

    EscalationScheduler(List<Consumer<java.time.Instant>> tasks, Duration tick, Clock clock) {
        this.tasks = List.copyOf(tasks);
        this.tick = tick;
        this.clock = clock;
    }

    @Override
    public void start() {
        if (tick.isZero() || tick.isNegative()) {
            log.info("Escalation scheduler off (alertify.escalation.tick is {})", tick);
            return;
        }
        executor = Executors.newSingleThreadScheduledExecutor(Thread.ofVirtual().name("escalations").factory());
        executor.scheduleWithFixedDelay(this::runOnce, 0, tick.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void runOnce() {
        var now = clock.instant();
        for (var task : tasks) {
            try {
                task.accept(now);
            } catch (RuntimeException e) {
                // the database may be away for a while; the next tick tries again
                log.warn("Escalation scheduler: {} ({}); trying again in {}", e.getMessage(), e.getClass().getSimpleName(),
                        tick);
            }
        }
    }

    @Override
    public void stop() {
        if (executor != null) {
            executor.shutdownNow();
            executor = null;
        }
    }

    @Override
    public boolean isRunning() {
        return executor != null;
    }
}
