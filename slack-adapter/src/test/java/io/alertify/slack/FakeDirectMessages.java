package io.alertify.slack;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@code conversations.open} as Slack documents it, for one user: their DM with the bot is {@code D} and
 * their id, the same every time ({@code already_open} after the first); a missing {@code users} is
 * {@code users_list_not_supplied}, more than eight {@code too_many_users}, an id that is no user
 * {@code user_not_found}, a deactivated account {@code user_disabled}.
 */
final class FakeDirectMessages {

    private final Set<String> disabled = ConcurrentHashMap.newKeySet();
    private final Set<String> opened = ConcurrentHashMap.newKeySet();

    void disable(String userId) {
        disabled.add(userId);
    }

    Map<String, Object> open(String users) {
        if (users == null || users.isBlank()) {
            return error("users_list_not_supplied");
        }
        var list = List.of(users.split(","));
        if (list.size() > 8) {
            return error("too_many_users");
        }
        var user = list.getFirst().strip();
        if (disabled.contains(user)) {
            return error("user_disabled");
        }
        if (!user.matches("[UW][A-Z0-9-]+")) {
            return error("user_not_found");
        }
        var already = !opened.add(user);
        return Map.of("ok", true, "no_op", already, "already_open", already, "channel", Map.of("id", "D" + user));
    }

    private static Map<String, Object> error(String code) {
        return Map.of("ok", false, "error", code);
    }
}
