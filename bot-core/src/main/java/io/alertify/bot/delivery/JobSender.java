package io.alertify.bot.delivery;

import io.alertify.bot.api.Channel;
import io.alertify.bot.api.DeliveryException;
import io.alertify.bot.api.Destination;
import io.alertify.bot.api.MessageRef;
import io.alertify.bot.api.Notifier;
import io.alertify.bot.api.Subscription;
import io.alertify.bot.api.Subscriptions;
import io.alertify.bot.incident.Clip;
import io.alertify.bot.incident.IncidentService;
import io.alertify.bot.incident.TimelineKind;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends one job through its platform's {@link Notifier} and acts on the outcome, for every platform
 * alike: a rate limit waits exactly what the platform said, a failure retries with backoff for as long
 * as the job lives, a broken destination stops (its jobs wait) and is reported, a moved chat is
 * followed. Retry, backoff and failure reasons live here once; adapters only classify.
 */
final class JobSender {

    private static final Logger log = LoggerFactory.getLogger(JobSender.class);
    static final String ACTOR = "alertify";

    private final Map<Channel, Notifier> notifiers;
    private final JobStore jobs;
    private final PostedCards posted;
    private final DestinationStore destinations;
    private final CardSubjects subjects;
    private final Pacer pacer;
    private final Operators operators;
    private final IncidentService incidents;
    private final Subscriptions subscriptions;
    private final DeliveryMetrics metrics;
    private final DeliveryProperties properties;
    private final Clock clock;

    JobSender(Map<Channel, Notifier> notifiers, JobStore jobs, PostedCards posted, DestinationStore destinations,
            CardSubjects subjects, Pacer pacer, Operators operators, IncidentService incidents,
            Subscriptions subscriptions, DeliveryMetrics metrics, DeliveryProperties properties, Clock clock) {
        this.notifiers = notifiers;
        this.jobs = jobs;
        this.posted = posted;
        this.destinations = destinations;
        this.subjects = subjects;
        this.pacer = pacer;
        this.operators = operators;
        this.incidents = incidents;
        this.subscriptions = subscriptions;
        this.metrics = metrics;
        this.properties = properties;
        this.clock = clock;
    }

    void send(Job job) {
        var notifier = notifiers.get(job.destination().channel());
        if (notifier == null || !jobs.startSending(job)) {
            return;
        }
        try {
            deliver(job, notifier);
            log.debug("Delivered job {} ({} {}) to {}", job.id(), job.kind(), job.subject(), job.destination());
            jobs.finish(job, JobStore.DELIVERED, null, clock.instant());
            metrics.sent(job.destination());
        } catch (DeliveryException e) {
            failed(job, e);
        } catch (RuntimeException e) {
            failed(job, DeliveryException.retryable(reason(e), e));
        }
    }

    private void deliver(Job job, Notifier notifier) {
        var destination = job.destination();
        if (job.kind() == Job.Kind.SAY) {
            var card = posted.find(destination, job.subject()).orElse(null);
            notifier.say(destination, job.text(), card);
            return;
        }
        var card = subjects.render(job.subject(), destination, job.locale());
        if (card.isEmpty()) {
            log.debug("Nothing to show on {} at {}", job.subject(), destination);
            return;
        }
        var message = posted.find(destination, job.subject());
        if (message.isEmpty() && job.inDoubt()) {
            // The last post got no answer: Slack may have posted it. Never post a card twice.
            message = notifier.findPosted(destination, card.get().key(), job.createdAt().minusSeconds(60));
            message.ifPresent(found -> posted.record(job.subject(), found, clock.instant()));
        }
        if (message.isPresent()) {
            notifier.update(message.get(), card.get());
        } else {
            posted.record(job.subject(), notifier.post(destination, card.get()), clock.instant());
        }
    }

    private void failed(Job job, DeliveryException e) {
        var now = clock.instant();
        var destination = job.destination();
        var reason = Clip.to(e.getMessage() == null ? e.kind().name() : e.getMessage(), 500);
        switch (e.kind()) {
            case RATE_LIMITED -> {
                var wait = e.retryAfter() == null ? Duration.ofSeconds(1) : e.retryAfter();
                var until = now.plus(wait);
                log.info("{} asked to wait {} ms: {}", destination, wait.toMillis(), reason);
                pacer.blockUntil(destination, until);
                destinations.blockUntil(destination, until);
                jobs.retry(job, until, reason, false);
                metrics.rateLimited(destination);
            }
            case RETRYABLE, IN_DOUBT -> {
                var attempt = job.attempts() + 1;
                var backoff = backoff(attempt);
                log.warn("Could not notify {} (attempt {}), retrying in {} ms: {}", destination, attempt,
                        backoff.toMillis(), reason);
                jobs.retry(job, now.plus(backoff), reason, e.kind() == DeliveryException.Kind.IN_DOUBT);
                metrics.retried(destination);
                if (attempt == 1) {
                    timeline(job, "Could not notify " + destination + " yet, retrying: " + reason);
                }
            }
            case DESTINATION_BROKEN -> {
                jobs.retry(job, now, reason, false);
                metrics.failed(destination, "broken");
                if (destinations.markBroken(destination, reason, now)) {
                    log.error("{} is broken, nothing more is sent there until an admin retries it: {}",
                            destination, reason);
                    timeline(job, "Could not notify " + destination + ": " + reason);
                    operators.tell(destination, "bot.delivery.broken", destination.toString(), reason);
                }
            }
            case MESSAGE_REFUSED -> {
                jobs.finish(job, JobStore.REFUSED, reason, now);
                metrics.failed(destination, "refused");
                timeline(job, "Could not notify " + destination + ": " + reason);
                if (job.incidentId() != null) {
                    operators.tell(destination, "bot.delivery.refused", destination.toString(),
                            job.incidentId().toString(), reason);
                }
            }
            case MOVED -> moved(job, new Destination(destination.channel(), e.movedTo()), reason);
        }
    }

    /** A Telegram group became a supergroup: its subscription, destination and queued jobs move with it. */
    private void moved(Job job, Destination to, String reason) {
        var from = job.destination();
        var now = clock.instant();
        log.warn("{} moved to {}: {}", from, to, reason);
        subscriptions.find(from).ifPresent(subscription -> {
            subscriptions.save(new Subscription(to, subscription.severities(), subscription.locale()));
            subscriptions.save(new Subscription(from, java.util.Set.of(), subscription.locale()));
        });
        destinations.ensure(to, now);
        destinations.markMoved(from, to, now);
        jobs.retry(job, now, reason, false);
        jobs.readdress(from, to);
        operators.tell(from, "bot.delivery.moved", from.address(), to.address());
    }

    private Duration backoff(int attempt) {
        var exponent = Math.min(attempt - 1, 20);
        var wait = properties.initialBackoff().multipliedBy(1L << exponent);
        return wait.compareTo(properties.maxBackoff()) > 0 ? properties.maxBackoff() : wait;
    }

    private void timeline(Job job, String text) {
        if (job.incidentId() != null) {
            incidents.record(job.incidentId(), TimelineKind.NOTIFICATION_FAILED, ACTOR, text);
        }
    }

    static String reason(RuntimeException e) {
        var message = e.getMessage() == null || e.getMessage().isBlank() ? e.getClass().getSimpleName() : e.getMessage();
        return Clip.to(message, 500);
    }

    /** Gives up jobs older than the TTL, each written to its incident's timeline and reported. */
    void expire(Job job, Instant now) {
        var age = Duration.between(job.createdAt(), now);
        var why = job.lastError() == null ? "never delivered" : job.lastError();
        jobs.finish(job, JobStore.EXPIRED, why, now);
        metrics.failed(job.destination(), "expired");
        log.error("Gave up notifying {} after {}: {}", job.destination(), age, why);
        if (job.incidentId() != null) {
            timeline(job, "Gave up notifying " + job.destination() + " after " + age.toHours() + " h: " + why);
            operators.tell(job.destination(), "bot.delivery.expired", job.destination().toString(),
                    job.incidentId().toString(), age.toHours() + " h", why);
        }
    }
}
