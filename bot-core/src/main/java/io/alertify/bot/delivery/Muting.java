package io.alertify.bot.delivery;

import io.alertify.bot.incident.IncidentSnapshot;

/**
 * Whether a new incident is kept out of chat (a silence, an inhibition). It is still recorded and shown as
 * muted in its timeline; whoever implements this tells the chats when it is released.
 */
public interface Muting {

    /** Decides, and remembers, whether {@code incident} is muted; called once it opens. */
    boolean muted(IncidentSnapshot incident);

    static Muting none() {
        return incident -> false;
    }
}
