package io.alertify.bot.api;

/** Something a person can do to an incident from a card. */
public enum Action {
    ACKNOWLEDGE(Role.ENGINEER),
    RESOLVE(Role.ENGINEER),
    RESTART_POD(Role.ENGINEER);

    private final Role requiredRole;

    Action(Role requiredRole) {
        this.requiredRole = requiredRole;
    }

    public Role requiredRole() {
        return requiredRole;
    }
}
