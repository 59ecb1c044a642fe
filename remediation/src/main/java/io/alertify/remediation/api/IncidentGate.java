package io.alertify.remediation.api;

/**
 * Whether a script may run for an incident: only for one that exists and is not resolved (a fix for
 * nothing, or for the past, deletes pods for no reason). Deploy connects it to the incident store.
 */
@FunctionalInterface
public interface IncidentGate {

    enum State { ACTIVE, RESOLVED, UNKNOWN }

    State stateOf(String incidentId);
}
