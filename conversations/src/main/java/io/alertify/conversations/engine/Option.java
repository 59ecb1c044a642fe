package io.alertify.conversations.engine;

/**
 * One answer a {@link Question} offers. The engine turns it into a button whose payload carries
 * {@code value}; keep values short (Telegram allows 64 bytes of callback data in all).
 */
public record Option(String value, String label, boolean selected) {

    public static Option of(String value, String label) {
        return new Option(value, label, false);
    }
}
