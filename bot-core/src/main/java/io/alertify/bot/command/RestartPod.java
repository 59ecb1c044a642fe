package io.alertify.bot.command;

import io.alertify.bot.api.CommandOutcome;
import io.alertify.bot.api.Remediator;
import io.alertify.bot.api.Texts;
import io.alertify.bot.incident.Announcement;
import io.alertify.bot.incident.Clip;
import io.alertify.bot.incident.IncidentService;
import io.alertify.bot.incident.IncidentSnapshot;
import io.alertify.bot.incident.TimelineKind;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;

/**
 * Restart Pod: runs remediation's {@code restart_pod} for the incident's service (and its namespace and
 * pod when the labels name them), records the outcome in the timeline and says it in the thread of
 * every card of the incident. The permission was checked by the caller.
 */
class RestartPod {

    static final String SCRIPT = "restart_pod";
    private static final Logger log = LoggerFactory.getLogger(RestartPod.class);

    private final IncidentService incidents;
    private final ObjectProvider<Remediator> remediator;
    private final Texts texts;
    private final RunningRemediations running;

    RestartPod(IncidentService incidents, ObjectProvider<Remediator> remediator, Texts texts,
            RunningRemediations running) {
        this.incidents = incidents;
        this.remediator = remediator;
        this.texts = texts;
        this.running = running;
    }

    CommandOutcome run(long id, String actor, Locale locale) {
        var number = Long.toString(id);
        var found = incidents.find(id);
        if (found.isEmpty()) {
            return new CommandOutcome(false, texts.get(locale, "bot.command.not-found", number));
        }
        var incident = found.get();
        if (!incident.isActive()) {
            return new CommandOutcome(false, texts.get(locale, "bot.command.already-resolved", number));
        }
        var remediation = remediator.getIfAvailable();
        if (remediation == null) {
            return new CommandOutcome(false, texts.get(locale, "bot.command.remediation-disabled"));
        }
        if (!running.start(SCRIPT, id)) {
            return new CommandOutcome(false, texts.get(locale, "bot.command.restart-pod.running", incident.service()));
        }
        Remediator.Result result;
        try {
            result = runScript(remediation, incident, actor);
        } finally {
            running.finish(SCRIPT, id);
        }
        var outcome = result.succeeded() ? "succeeded" : "failed";
        var detail = result.logs().isEmpty() ? texts.get(locale, "bot.command.no-output")
                : Clip.to(result.logs().getLast(), 300);
        incidents.note(id, result.succeeded() ? TimelineKind.REMEDIATION_SUCCEEDED : TimelineKind.REMEDIATION_FAILED,
                actor, SCRIPT + ": " + detail,
                new Announcement("bot.said.restart-pod." + outcome, List.of(actor, incident.service(), detail)));
        return new CommandOutcome(result.succeeded(),
                texts.get(locale, "bot.command.restart-pod." + outcome, incident.service(), detail));
    }

    private static Remediator.Result runScript(Remediator remediation, IncidentSnapshot incident, String actor) {
        try {
            return remediation.run(SCRIPT, incident.id(), parameters(incident), actor);
        } catch (RuntimeException e) {
            log.warn("Remediation {} for incident {} threw: {}", SCRIPT, incident.id(), e.getMessage());
            return new Remediator.Result(false, List.of(e.getMessage() == null ? e.getClass().getSimpleName()
                    : e.getMessage()));
        }
    }

    static Map<String, String> parameters(IncidentSnapshot incident) {
        var parameters = new LinkedHashMap<String, String>();
        parameters.put("service", incident.service());
        for (var label : List.of("namespace", "pod")) {
            var value = incident.labels().get(label);
            if (value != null && !value.isBlank()) {
                parameters.put(label, value);
            }
        }
        return parameters;
    }
}
