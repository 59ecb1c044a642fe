package io.alertify.telegram.client;

import io.alertify.bot.api.DeliveryException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * What a failed Bot API call means for a delivery, from the Bot API's documented answers
 * (https://core.telegram.org/bots/api#making-requests, #responseparameters): the one place Telegram's
 * errors are classified; bot-core decides what to do about each kind.
 */
public final class TelegramErrors {

    /** 400s that mean the chat itself is out of reach, not this message. */
    private static final List<String> CHAT_GONE = List.of("chat not found", "bot is not a member",
            "bot was kicked", "need administrator rights", "not enough rights", "have no rights to send",
            "chat_write_forbidden", "user is deactivated", "peer_id_invalid");

    private TelegramErrors() {
    }

    public static DeliveryException classify(TelegramCallException e) {
        var what = e.getMessage();
        var description = e.description() == null ? "" : e.description().toLowerCase(Locale.ROOT);
        if (e.migrateToChatId() != null) {
            return DeliveryException.moved(what, e.migrateToChatId().toString());
        }
        if (e.errorCode() == 429) {
            return DeliveryException.rateLimited(what, Duration.ofSeconds(e.retryAfter() == null ? 1 : e.retryAfter()));
        }
        if (e.errorCode() == 0) {
            return e.noAnswer() ? DeliveryException.inDoubt(what, e) : DeliveryException.retryable(what, e);
        }
        if (e.errorCode() == 401 || e.errorCode() == 403 || e.errorCode() == 404
                || (e.errorCode() == 400 && CHAT_GONE.stream().anyMatch(description::contains))) {
            return DeliveryException.destinationBroken(brief(e));
        }
        if (e.errorCode() >= 400 && e.errorCode() < 500) {
            return DeliveryException.messageRefused(brief(e));
        }
        return DeliveryException.retryable(what, e);
    }

    /** "403 Forbidden: bot was blocked by the user": what an admin reads in GET /destinations. */
    private static String brief(TelegramCallException e) {
        return e.errorCode() + (e.description() == null ? "" : " " + e.description());
    }
}
