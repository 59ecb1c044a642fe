package io.alertify.telegram.client;

import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;

/**
 * A Bot API call that failed. The bot token is part of every request URL, so nothing of the library's
 * exception is kept verbatim: the message and every cause in the chain are copies with the token blanked
 * out, safe to log and to hand to bot-core's retry and circuit breaker.
 */
public class TelegramCallException extends RuntimeException {

    private final int errorCode;

    private TelegramCallException(String message, int errorCode, Throwable cause) {
        super(message, cause);
        this.errorCode = errorCode;
    }

    /** Telegram's {@code error_code} (400, 403, 429, ...), or 0 when no answer came back (I/O failure). */
    public int errorCode() {
        return errorCode;
    }

    static TelegramCallException of(String method, TelegramApiException e, String token) {
        var redaction = new Redaction(token);
        if (e instanceof TelegramApiRequestException request && request.getApiResponse() != null) {
            var code = request.getErrorCode() == null ? 0 : request.getErrorCode();
            return new TelegramCallException("Telegram " + method + " failed: [" + code + "] "
                    + redaction.apply(request.getApiResponse()), code, null);
        }
        // No answer from Telegram: name what went wrong underneath (connection refused, timeout, ...).
        Throwable reason = e.getCause() != null ? e.getCause() : e;
        var what = reason.getMessage() == null
                ? reason.getClass().getSimpleName()
                : reason.getClass().getSimpleName() + ": " + reason.getMessage();
        return new TelegramCallException("Telegram " + method + " failed: " + redaction.apply(what), 0,
                redaction.copy(e));
    }
}
