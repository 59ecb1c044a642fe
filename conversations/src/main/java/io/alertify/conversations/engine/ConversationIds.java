package io.alertify.conversations.engine;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * Conversation ids: 72 random bits as 12 URL-safe characters. Short enough that {@code d:<id>:<value>}
 * fits Telegram's 64-byte callback data with room for the value; random, so that nobody can guess the
 * id of another chat's dialog. The alphabet has no {@code :}, the separator of a dialog answer.
 */
final class ConversationIds {

    static final int LENGTH = 12;

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

    private ConversationIds() {
    }

    static String next() {
        var bytes = new byte[LENGTH * 3 / 4];
        RANDOM.nextBytes(bytes);
        return ENCODER.encodeToString(bytes);
    }
}
