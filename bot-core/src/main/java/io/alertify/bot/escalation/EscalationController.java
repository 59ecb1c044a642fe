package io.alertify.bot.escalation;

import io.alertify.bot.incident.IncidentNotFoundException;
import io.alertify.bot.web.ConflictException;
import io.alertify.bot.web.InvalidFieldException;
import java.security.Principal;
import java.time.Instant;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /incidents/{id}/escalate} (engineers): the next step now, or a person or schedule;
 * {@code GET /escalations}: which cards are escalating, at which step, due when.
 */
@RestController
public class EscalationController {

    private final ManualEscalation manual;
    private final EscalationStore store;

    EscalationController(ManualEscalation manual, EscalationStore store) {
        this.manual = manual;
        this.store = store;
    }

    /** @param to {@code next} (or absent), {@code person:anna}, {@code schedule:primary} */
    public record EscalateRequest(String to) {
    }

    public record Escalated(long incident, String paged) {
    }

    public record EscalationJson(String card, long incident, String policy, String state, int step, int round,
                                 Instant due) {
    }

    @PostMapping("/incidents/{id}/escalate")
    public Escalated escalate(@PathVariable long id, @RequestBody(required = false) EscalateRequest body,
            Principal principal) {
        var to = body == null ? null : body.to();
        var result = manual.escalate(id, to, principal == null ? "api" : "api:" + principal.getName());
        return switch (result.outcome()) {
            case DONE -> new Escalated(id, result.reached());
            case NOT_FOUND -> throw new IncidentNotFoundException(id);
            case NOT_ACTIVE -> throw new ConflictException("id", "incident " + id + " is resolved; nothing to escalate");
            case NO_POLICY -> throw new ConflictException("to", "incident " + id + " has no escalation policy (no route "
                    + "with a policy matches it); escalate to person:<id> or schedule:<name> instead");
            case NOBODY -> throw new ConflictException("to", "that step or schedule pages nobody right now");
            case UNKNOWN_TARGET -> throw new InvalidFieldException("to", "'" + to + "' is neither a person nor a schedule");
        };
    }

    @GetMapping("/escalations")
    public List<EscalationJson> escalations() {
        return store.all().stream().map(row -> new EscalationJson(row.cardKey(), row.incidentId(), row.policy(),
                row.state().name().toLowerCase(java.util.Locale.ROOT), row.progress().step(), row.progress().round(),
                row.progress().dueAt().orElse(null))).toList();
    }
}
