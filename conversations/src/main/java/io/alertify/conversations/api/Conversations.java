package io.alertify.conversations.api;

import io.alertify.bot.api.ChatUser;
import java.util.Locale;

/**
 * The dialog engine. Dialog names: {@link #SUBSCRIBE} (Telegram {@code /subscribe}: from which severity
 * on this chat wants incidents) and {@link #NOTIFY_SETTINGS} (Slack {@code /settings notify}: which
 * severities this channel gets).
 */
public interface Conversations {

    String SUBSCRIBE = "subscribe";
    String NOTIFY_SETTINGS = "notify-settings";
    /** The Escalate button's picker: the next step now, a schedule's on-call or a person. */
    String ESCALATE = "escalate";
    /** The Silence button's picker: 1 h, 4 h, until tomorrow 09:00. */
    String SILENCE = "silence";

    /**
     * Starts (or restarts) a dialog for a chat.
     *
     * @throws IllegalArgumentException for an unknown dialog name
     */
    default Step start(String dialog, ConversationKey key, Locale locale) {
        return start(dialog, key, locale, java.util.Map.of());
    }

    /** Starts a dialog that needs to know something first: {@link #ESCALATE} takes {@code incident}. */
    Step start(String dialog, ConversationKey key, Locale locale, java.util.Map<String, String> arguments);

    /**
     * Applies a button press. A stale or unknown conversation yields a {@link Step.Finished} that says
     * so politely; it never throws for user input.
     */
    Step answer(DialogAnswer answer, ChatUser user);
}
