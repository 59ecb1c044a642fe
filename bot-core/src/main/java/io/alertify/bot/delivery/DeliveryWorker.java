package io.alertify.bot.delivery;

import io.alertify.bot.api.Channel;
import io.alertify.bot.api.Destination;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * The notifier: takes due jobs of the destinations it owns and sends each on a virtual thread of its
 * own, one call per destination at a time and no sooner than the {@link Pacer} allows, so a slow or
 * dead chat never holds up another. Runs in the {@code notifier} role, in the bot's process or apart.
 *
 * <p>It owns a destination by a lease in the database, renewed every third of its length: one
 * notifier paces each destination, and a crashed one's destinations pass on when its lease ends. On
 * taking a destination over it picks up jobs left mid-call, marked in doubt, and the Retry-After in
 * force. Every half minute it gives up jobs past their TTL, closes finished storm summaries and brings
 * up cards that stayed open for {@code repeat-interval}.
 */
public class DeliveryWorker implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(DeliveryWorker.class);
    private static final Duration HOUSEKEEPING = Duration.ofSeconds(30);
    private static final Duration GAUGES = Duration.ofSeconds(5);

    private final String owner = "notifier-" + UUID.randomUUID().toString().substring(0, 8);
    private final Set<Channel> channels;
    private final JobStore jobs;
    private final DestinationStore destinations;
    private final PostedCards posted;
    private final Summaries summaries;
    private final JobSender sender;
    private final Pacer pacer;
    private final DeliveryMetrics metrics;
    private final DeliveryPlanner planner;
    private final DeliveryProperties properties;
    private final Wakeup wakeup;
    private final Clock clock;
    private final Set<Destination> inFlight = ConcurrentHashMap.newKeySet();

    private volatile boolean running;
    private volatile Set<Destination> owned = Set.of();
    private volatile Set<Destination> paused = Set.of();
    private Thread loop;
    private ExecutorService sends;
    private Instant nextLease = Instant.MIN;
    private Instant nextHousekeeping = Instant.MIN;
    private Instant nextGauges = Instant.MIN;
    private Instant lastClaim = Instant.MIN;
    private static final Duration CLAIM_AGAIN = Duration.ofSeconds(1);

    DeliveryWorker(Set<Channel> channels, JobStore jobs, DestinationStore destinations, PostedCards posted,
            Summaries summaries, JobSender sender, Pacer pacer, DeliveryMetrics metrics, DeliveryPlanner planner,
            DeliveryProperties properties, Wakeup wakeup, Clock clock) {
        this.channels = Set.copyOf(channels);
        this.jobs = jobs;
        this.destinations = destinations;
        this.posted = posted;
        this.summaries = summaries;
        this.sender = sender;
        this.pacer = pacer;
        this.metrics = metrics;
        this.planner = planner;
        this.properties = properties;
        this.wakeup = wakeup;
        this.clock = clock;
    }

    @Override
    public synchronized void start() {
        if (running) {
            return;
        }
        running = true;
        sends = Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("alertify-send-", 1).factory());
        loop = Thread.ofPlatform().name("alertify-notifier").daemon(true).start(this::run);
        log.info("Notifier {} started for {}", owner, channels);
    }

    private void run() {
        while (running) {
            try {
                wakeup.await(tick());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                // The database may be away for a moment; jobs stay where they are until it is back.
                log.warn("Notifier loop failed, trying again in 1 s: {}", e.toString());
                try {
                    wakeup.await(Duration.ofSeconds(1));
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    /** One pass; returns how long to wait before the next unless woken. */
    Duration tick() {
        var now = clock.instant();
        if (!now.isBefore(nextLease)) {
            renewLeases(now);
            nextLease = now.plus(properties.lease().dividedBy(3));
        }
        if (!now.isBefore(nextHousekeeping)) {
            housekeeping(now);
            nextHousekeeping = now.plus(HOUSEKEEPING);
        }
        if (!now.isBefore(nextGauges)) {
            metrics.backlog(jobs.backlog(), List.copyOf(owned), now);
            nextGauges = now.plus(GAUGES);
        }
        paused = destinations.paused();
        var wake = now.plus(properties.pollInterval());
        var started = new HashSet<Destination>();
        for (var job : jobs.due(now, 2000)) {
            var destination = job.destination();
            if (!owned.contains(destination) && channels.contains(destination.channel())
                    && now.isAfter(lastClaim.plus(CLAIM_AGAIN))) {
                // A destination nobody paces yet (new, or moved): take it now, not at the next renewal.
                nextLease = Instant.MIN;
                wake = now;
            }
            if (!owned.contains(destination) || paused.contains(destination) || inFlight.contains(destination)
                    || started.contains(destination)) {
                continue;
            }
            var permitted = pacer.permittedAt(destination);
            if (permitted.isAfter(now)) {
                wake = permitted.isBefore(wake) ? permitted : wake;
                continue;
            }
            started.add(destination);
            inFlight.add(destination);
            pacer.called(destination, now);
            sends.execute(() -> {
                try {
                    sender.send(job);
                } catch (RuntimeException e) {
                    log.error("Sending job {} to {} failed unexpectedly; it stays queued", job.id(), destination, e);
                } finally {
                    inFlight.remove(destination);
                    wakeup.signal();
                }
            });
        }
        var wait = Duration.between(clock.instant(), wake);
        return wait.isNegative() ? Duration.ZERO : wait;
    }

    private void renewLeases(Instant now) {
        lastClaim = now;
        var claimed = destinations.claim(owner, now, now.plus(properties.lease())).stream()
                .filter(d -> channels.contains(d.channel()))
                .collect(java.util.stream.Collectors.toSet());
        var statuses = destinations.all();
        for (var status : statuses) {
            var destination = status.destination();
            if (claimed.contains(destination) && !owned.contains(destination)) {
                if (status.blockedUntil() != null && status.blockedUntil().isAfter(now)) {
                    pacer.blockUntil(destination, status.blockedUntil());
                }
            }
        }
        for (var job : jobs.interrupted(List.copyOf(claimed))) {
            if (!owned.contains(job.destination())) {
                log.info("Job {} for {} was cut off mid-call by a stop; sending it again, checking first",
                        job.id(), job.destination());
                jobs.retry(job, now, "interrupted by a notifier stop", job.kind() == Job.Kind.CARD);
            }
        }
        owned.stream().filter(d -> !claimed.contains(d)).forEach(pacer::forget);
        owned = Set.copyOf(claimed);
    }

    private void housekeeping(Instant now) {
        for (var job : jobs.olderThan(now.minus(properties.jobTtl()))) {
            if (owned.contains(job.destination()) && !inFlight.contains(job.destination())) {
                sender.expire(job, now);
            }
        }
        summaries.closeFinished();
        for (var reminder : posted.dueForReminder(now.minus(properties.repeatInterval()))) {
            if (owned.contains(reminder.destination())) {
                planner.remind(reminder, now);
                posted.reminded(reminder.id(), now);
            }
        }
    }

    /** Sends what is due now, without waiting for the next poll (an admin fixed a destination). */
    public void refresh() {
        nextLease = Instant.MIN;
        wakeup.signal();
    }

    @Override
    public void stop() {
        Thread current;
        synchronized (this) {
            if (!running) {
                return;
            }
            running = false;
            current = loop;
        }
        wakeup.signal();
        try {
            current.join(5_000);
            sends.shutdown();
            if (!sends.awaitTermination(10, TimeUnit.SECONDS)) {
                log.warn("Stopped with sends still running; they are sent again, checked first, by the next notifier");
                sends.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            destinations.release(owner);
        } catch (RuntimeException e) {
            log.warn("Could not hand my destinations back ({}); another notifier takes them when my lease ends",
                    e.toString());
        }
        log.info("Notifier {} stopped", owner);
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
