package io.alertify.deploy.wiring;

import io.alertify.bot.incident.IncidentService;
import io.alertify.remediation.api.IncidentGate;
import io.alertify.remediation.api.IncidentGate.State;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Where remediation learns whether an incident exists and is active. */
final class IncidentGates {

    private IncidentGates() {
    }

    /** With the bot in this process: through its incident service. */
    static IncidentGate of(IncidentService incidents) {
        return id -> parse(id) == null ? State.UNKNOWN : incidents.find(parse(id))
                .map(incident -> incident.isActive() ? State.ACTIVE : State.RESOLVED)
                .orElse(State.UNKNOWN);
    }

    /** Remediation on its own: the bot's incidents table, in the database both share. */
    static IncidentGate of(JdbcClient database) {
        return id -> parse(id) == null ? State.UNKNOWN : database
                .sql("select status from incidents where id = ?").param(parse(id))
                .query(String.class).optional()
                .map(status -> "resolved".equals(status) ? State.RESOLVED : State.ACTIVE)
                .orElse(State.UNKNOWN);
    }

    private static Long parse(String id) {
        try {
            return id == null ? null : Long.parseLong(id.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
