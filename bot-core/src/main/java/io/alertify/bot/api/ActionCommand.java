package io.alertify.bot.api;

/**
 * A person pressed a card's button (or typed the equivalent command) in {@code origin}.
 *
 * @param incidentId the incident, or the group for {@link Action#ACKNOWLEDGE_ALL} and {@link Action#RESOLVE_ALL}
 * @param requestId  the platform's id of this press (see {@link ChatRequests}), or null when it has none;
 *                   a press whose id was seen before is not executed again
 */
public record ActionCommand(long incidentId, Action action, ChatUser actor, Destination origin, String requestId) {

    public ActionCommand(long incidentId, Action action, ChatUser actor, Destination origin) {
        this(incidentId, action, actor, origin, null);
    }
}
