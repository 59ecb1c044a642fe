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
    private final String description;
    private final Integer retryAfter;
    private final Long migrateToChatId;
    private final boolean noAnswer;

    private TelegramCallException(String message, int errorCode, String description, Integer retryAfter,
            Long migrateToChatId, boolean noAnswer, Throwable cause) {
        super(message, cause);
        this.errorCode = errorCode;
        this.description = description;
        this.retryAfter = retryAfter;
        this.migrateToChatId = migrateToChatId;
        this.noAnswer = noAnswer;
    }

    /** Telegram's {@code error_code} (400, 403, 429, ...), or 0 when no answer came back (I/O failure). */
    public int errorCode() {
        return errorCode;
    }

    /** Telegram's {@code description} ("Forbidden: bot was blocked by the user"), or null. */
    public String description() {
        return description;
    }

    /** {@code parameters.retry_after} of a 429, in seconds, or null. */
    public Integer retryAfter() {
        return retryAfter;
    }

    /** {@code parameters.migrate_to_chat_id}: the supergroup a group became, or null. */
    public Long migrateToChatId() {
        return migrateToChatId;
    }

    /** True when the request may have reached Telegram but no answer came back (a read timeout). */
    public boolean noAnswer() {
        return noAnswer;
    }

    static TelegramCallException of(String method, TelegramApiException e, String token) {
        var redaction = new Redaction(token);
        if (e instanceof TelegramApiRequestException request && request.getApiResponse() != null) {
            var code = request.getErrorCode() == null ? 0 : request.getErrorCode();
            var parameters = request.getParameters();
            return new TelegramCallException("Telegram " + method + " failed: [" + code + "] "
                    + redaction.apply(request.getApiResponse()), code, redaction.apply(request.getApiResponse()),
                    parameters == null ? null : parameters.getRetryAfter(),
                    parameters == null ? null : parameters.getMigrateToChatId(), false, null);
        }
        // No answer from Telegram: name what went wrong underneath (connection refused, timeout, ...).
        Throwable reason = e.getCause() != null ? e.getCause() : e;
        var what = reason.getMessage() == null
                ? reason.getClass().getSimpleName()
                : reason.getClass().getSimpleName() + ": " + reason.getMessage();
        var noAnswer = reason instanceof java.io.InterruptedIOException && !(reason instanceof java.net.ConnectException);
        return new TelegramCallException("Telegram " + method + " failed: " + redaction.apply(what), 0, null, null,
                null, noAnswer, redaction.copy(e));
    }
}
