package io.alertify.conversations.engine;

import java.util.Map;

/**
 * The state of a one-question dialog about an incident (the Escalate and Silence pickers): started with
 * the argument {@code incident}, asked in state {@code pick}.
 */
public final class IncidentPick {

    public static final String PICK = "pick";
    public static final String INCIDENT = "incident";

    private IncidentPick() {
    }

    public static DialogState start(DialogContext context) {
        return new DialogState(PICK, Map.of(INCIDENT, context.arguments().getOrDefault(INCIDENT, "0")));
    }

    /** The incident's number, or 0 (which is no incident) when the state holds none. */
    public static long incident(DialogState state) {
        try {
            return Long.parseLong(state.get(INCIDENT, "0"));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
