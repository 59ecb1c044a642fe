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

    /**
     * Starts (or restarts) a dialog for a chat.
     *
     * @throws IllegalArgumentException for an unknown dialog name
     */
    Step start(String dialog, ConversationKey key, Locale locale);

    /**
     * Applies a button press. A stale or unknown conversation yields a {@link Step.Finished} that says
     * so politely; it never throws for user input.
     */
    Step answer(DialogAnswer answer, ChatUser user);
}
