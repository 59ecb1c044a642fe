package io.alertify.slack.client;

import io.alertify.bot.api.DeliveryException;
import java.time.Duration;
import java.util.Set;

/**
 * What a failed Web API call means for a delivery, from Slack's documented errors
 * (https://docs.slack.dev/reference/methods/chat.postMessage#errors): the one place Slack's errors are
 * classified; bot-core decides what to do about each kind.
 */
public final class SlackErrors {

    /** The channel cannot take messages from this app until a person changes something. */
    static final Set<String> DESTINATION_BROKEN = Set.of("channel_not_found", "not_in_channel", "is_archived",
            "channel_is_archived", "invalid_auth", "not_authed", "account_inactive", "token_revoked", "token_expired",
            "no_permission", "missing_scope", "restricted_action", "restricted_action_read_only_channel",
            "restricted_action_thread_only_channel", "restricted_action_non_threadable_channel", "ekm_access_denied",
            "team_access_not_granted", "org_login_required", "team_not_found",
            // a person's direct message: their account is gone or hidden from the bot
            "user_not_found", "user_disabled", "user_not_visible", "cannot_dm_bot");

    /** This message can never be sent as it is. */
    static final Set<String> MESSAGE_REFUSED = Set.of("msg_too_long", "no_text", "invalid_blocks",
            "invalid_blocks_format", "too_many_attachments", "invalid_arguments", "invalid_metadata_format",
            "invalid_metadata_schema", "metadata_too_large", "message_not_found", "cant_update_message",
            "edit_window_closed", "invalid_attachments", "messages_tab_disabled");

    private SlackErrors() {
    }

    public static DeliveryException classify(SlackCallException e) {
        var what = e.getMessage();
        if (e.httpStatus() == 429 || "ratelimited".equals(e.error()) || "rate_limited".equals(e.error())) {
            return DeliveryException.rateLimited(what, e.retryAfter() == null ? Duration.ofSeconds(1) : e.retryAfter());
        }
        if (e.noAnswer()) {
            return DeliveryException.inDoubt(what, e);
        }
        if (DESTINATION_BROKEN.contains(e.error())) {
            return DeliveryException.destinationBroken(e.error());
        }
        if (MESSAGE_REFUSED.contains(e.error())) {
            return DeliveryException.messageRefused(e.error());
        }
        // 5xx, internal_error, service_unavailable, a refused connection, anything new: worth another try.
        return DeliveryException.retryable(what, e);
    }
}
