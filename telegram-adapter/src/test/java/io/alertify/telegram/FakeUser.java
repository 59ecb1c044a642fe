package io.alertify.telegram;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** A Telegram user for test updates; {@code username} and {@code languageCode} may be null. */
public record FakeUser(long id, String username, String firstName, String languageCode) {

    ObjectNode json(JsonMapper json) {
        var user = json.createObjectNode();
        user.put("id", id);
        user.put("is_bot", false);
        user.put("first_name", firstName);
        if (username != null) {
            user.put("username", username);
        }
        if (languageCode != null) {
            user.put("language_code", languageCode);
        }
        return user;
    }
}
