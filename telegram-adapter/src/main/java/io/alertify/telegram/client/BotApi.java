package io.alertify.telegram.client;

import java.io.Serializable;
import java.time.Duration;
import java.util.List;
import okhttp3.OkHttpClient;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.botapimethods.BotApiMethod;
import org.telegram.telegrambots.meta.api.methods.botapimethods.PartialBotApiMethod;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.updates.SetWebhook;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageText;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * The Bot API methods Alertify uses, over the library's OkHttp client. Synchronous, no retries
 * (bot-core retries notifier calls once for every platform); every failure becomes a
 * {@link TelegramCallException} without the token.
 */
public class BotApi implements AutoCloseable {

    private static final String NOT_MODIFIED = "message is not modified";

    private final OkHttpClient http;
    private final TelegramClient client;
    private final String token;

    public BotApi(TelegramUrl url, String token) {
        this.http = new OkHttpClient.Builder()
                .connectTimeout(Duration.ofSeconds(10))
                // Telegram cannot be asked whether a message it never answered for was sent, so wait long:
                // a retry after a lost answer is the one way a chat gets a card twice.
                .readTimeout(Duration.ofSeconds(60))
                .writeTimeout(Duration.ofSeconds(30))
                .build();
        this.client = new OkHttpTelegramClient(http, token, url);
        this.token = token;
    }

    public Message send(SendMessage message) {
        return call(message);
    }

    /**
     * Edits a message. Telegram answers 400 "message is not modified" when the text and keyboard are
     * already what we send (a retried update, two clicks racing); the message then shows the right state,
     * so that counts as success.
     */
    public void edit(EditMessageText edit) {
        try {
            client.execute(edit);
        } catch (TelegramApiRequestException e) {
            if (isNotModified(e)) {
                return;
            }
            throw failure(edit, e);
        } catch (TelegramApiException e) {
            throw failure(edit, e);
        }
    }

    public void answer(AnswerCallbackQuery answer) {
        call(answer);
    }

    /** The bot's own user, whose username commands in groups are addressed to ({@code /subscribe@name}). */
    public org.telegram.telegrambots.meta.api.objects.User me() {
        return call(new org.telegram.telegrambots.meta.api.methods.GetMe());
    }

    /** Tells Telegram to post updates to {@code url} with {@code secretToken} in the secret header. */
    public void setWebhook(String url, String secretToken, List<String> allowedUpdates) {
        var webhook = SetWebhook.builder().url(url).secretToken(secretToken).allowedUpdates(allowedUpdates).build();
        try {
            client.execute(webhook);
        } catch (TelegramApiException e) {
            throw failure(webhook, e);
        }
    }

    private <T extends Serializable> T call(BotApiMethod<T> method) {
        try {
            return client.execute(method);
        } catch (TelegramApiException e) {
            throw failure(method, e);
        }
    }

    private TelegramCallException failure(PartialBotApiMethod<?> method, TelegramApiException e) {
        if (e.getCause() instanceof InterruptedException) {
            Thread.currentThread().interrupt();
        }
        return TelegramCallException.of(method.getMethod(), e, token);
    }

    private static boolean isNotModified(TelegramApiRequestException e) {
        return Integer.valueOf(400).equals(e.getErrorCode())
                && e.getApiResponse() != null
                && e.getApiResponse().contains(NOT_MODIFIED);
    }

    /** Stops OkHttp's threads and idle connections so that a closing context leaves nothing behind. */
    @Override
    public void close() {
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
    }
}
