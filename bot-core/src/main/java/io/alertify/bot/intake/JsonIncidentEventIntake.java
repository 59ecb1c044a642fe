package io.alertify.bot.intake;

import io.alertify.bot.api.IncidentEventIntake;
import io.alertify.bot.incident.IncidentService;
import io.alertify.bot.incident.Trigger;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Applies incident events, one transaction per event. The event id is recorded in the same transaction
 * as the change, so a redelivered event changes nothing. A transaction that loses a race (the same
 * event twice at once, or two first triggers of one dedup key) fails on a unique key and is run again,
 * and then sees the winner's work.
 */
class JsonIncidentEventIntake implements IncidentEventIntake {

    private static final Logger log = LoggerFactory.getLogger(JsonIncidentEventIntake.class);
    private static final int ATTEMPTS = 3;

    private final IncidentEventParser parser;
    private final ProcessedEventRepository processed;
    private final IncidentService incidents;
    private final TransactionTemplate transactions;
    private final Clock clock;

    JsonIncidentEventIntake(IncidentEventParser parser, ProcessedEventRepository processed, IncidentService incidents,
            TransactionTemplate transactions, Clock clock) {
        this.parser = parser;
        this.processed = processed;
        this.incidents = incidents;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public void accept(String eventJson) {
        var event = parser.parse(eventJson);
        for (int attempt = 1; ; attempt++) {
            try {
                transactions.executeWithoutResult(status -> apply(event));
                return;
            } catch (DataIntegrityViolationException | ConcurrencyFailureException e) {
                if (attempt == ATTEMPTS) {
                    throw e;
                }
                log.debug("Event {} lost a race (attempt {}), applying it again", event.eventId(), attempt);
            }
        }
    }

    private void apply(IncidentEvent event) {
        if (processed.existsById(event.eventId())) {
            log.debug("Event {} was already applied", event.eventId());
            return;
        }
        processed.markProcessed(event.eventId(), clock.instant());
        switch (event.action()) {
            case TRIGGER -> incidents.trigger(new Trigger(event.dedupKey(), event.severity(), event.service(),
                    event.title(), event.summary(), event.source(), event.labels(), event.evidence(),
                    event.occurredAt()));
            case RESOLVE -> {
                if (incidents.resolveByKey(event.dedupKey(), event.source(), event.occurredAt()).isEmpty()) {
                    log.debug("Resolve event {} matches no active incident", event.eventId());
                }
            }
        }
    }
}
