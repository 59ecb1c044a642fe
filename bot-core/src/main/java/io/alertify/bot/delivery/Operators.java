package io.alertify.bot.delivery;

import io.alertify.bot.api.Destination;
import io.alertify.bot.api.Severity;
import io.alertify.bot.api.Subscriptions;
import io.alertify.bot.api.Texts;
import java.time.Clock;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells people that delivery itself is in trouble (a destination broke, a message was given up), in
 * the log and through another destination that still works: {@code alertify.delivery.operators}, or
 * by default every other healthy destination that takes critical incidents.
 */
final class Operators {

    private static final Logger log = LoggerFactory.getLogger(Operators.class);
    static final String SUBJECT = "operator";

    private final List<Destination> configured;
    private final Subscriptions subscriptions;
    private final DestinationStore destinations;
    private final JobStore jobs;
    private final Texts texts;
    private final Clock clock;

    Operators(List<String> configured, Subscriptions subscriptions, DestinationStore destinations, JobStore jobs,
            Texts texts, Clock clock) {
        this.configured = configured.stream().map(Operators::parse).toList();
        this.subscriptions = subscriptions;
        this.destinations = destinations;
        this.jobs = jobs;
        this.texts = texts;
        this.clock = clock;
    }

    /** Logs {@code key} and queues it, in each operator's language, for everyone but {@code about}. */
    void tell(Destination about, String key, Object... args) {
        log.warn("Delivery problem: {}", texts.get(texts.defaultLocale(), key, args));
        var broken = destinations.paused();
        var targets = targets().stream().filter(d -> !d.equals(about) && !broken.contains(d)).toList();
        if (targets.isEmpty()) {
            log.error("No working destination is left to report this to; only this log knows");
        }
        var now = clock.instant();
        for (var target : targets) {
            var locale = subscriptions.localeOf(target).orElse(texts.defaultLocale());
            jobs.enqueueSay(target, SUBJECT, null, texts.get(locale, key, args), locale, now);
        }
    }

    private List<Destination> targets() {
        if (!configured.isEmpty()) {
            return configured;
        }
        return subscriptions.all().stream().filter(s -> s.severities().contains(Severity.CRITICAL))
                .map(s -> s.destination()).distinct().toList();
    }

    /** {@code slack:C0OPS}, {@code telegram:-100123}, {@code email:ops@example.com}. */
    static Destination parse(String value) {
        var colon = value.indexOf(':');
        if (colon <= 0) {
            throw new IllegalArgumentException("alertify.delivery.operators: '" + value
                    + "' is not a destination; write channel:address, e.g. slack:C0123ABCD");
        }
        return new Destination(io.alertify.bot.api.Channel.parse(value.substring(0, colon)), value.substring(colon + 1));
    }
}
