package io.alertify.telegram.webhook;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * The {@code secret_token} given to setWebhook, which Telegram sends back in every request's
 * {@code X-Telegram-Bot-Api-Secret-Token} header. Compared in constant time so that response timing does
 * not reveal how much of a guess was right.
 */
public final class WebhookSecret {

    public static final String HEADER = "X-Telegram-Bot-Api-Secret-Token";

    private final byte[] expected;

    public WebhookSecret(String secret) {
        if (secret == null || secret.isEmpty()) {
            throw new IllegalArgumentException("the webhook secret must not be empty");
        }
        this.expected = secret.getBytes(StandardCharsets.UTF_8);
    }

    public boolean matches(String presented) {
        return presented != null && MessageDigest.isEqual(expected, presented.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public String toString() {
        return "WebhookSecret[<hidden>]";
    }
}
