package io.alertify.bot.api;

/** Something a person can do to an incident from a card. */
public enum Action {
    ACKNOWLEDGE(Role.ENGINEER),
    RESOLVE(Role.ENGINEER),
    RESTART_POD(Role.ENGINEER),
    /** Opens the escalate picker in chat: the policy's next step now, a schedule's on-call, or a person. */
    ESCALATE(Role.ENGINEER),
    /** Opens the silence picker in chat: 1 h, 4 h, until tomorrow 09:00. */
    SILENCE(Role.ENGINEER),
    /** On a group card: every active incident of the group; the payload's id is the group's. */
    ACKNOWLEDGE_ALL(Role.ENGINEER),
    RESOLVE_ALL(Role.ENGINEER);

    private final Role requiredRole;

    Action(Role requiredRole) {
        this.requiredRole = requiredRole;
    }

    public Role requiredRole() {
        return requiredRole;
    }

    /** Whether the payload's id names a group of incidents rather than one. */
    public boolean onGroup() {
        return this == ACKNOWLEDGE_ALL || this == RESOLVE_ALL;
    }
}
