package io.alertify.bot.chat;

import io.alertify.bot.api.Channel;
import io.alertify.bot.api.ChatRoles;
import io.alertify.bot.api.ChatUser;
import io.alertify.bot.api.Role;
import java.util.HashMap;
import java.util.Map;

/** Roles from configuration; anyone not listed is a {@link Role#USER}, who may read but not act or re-route. */
public class ConfiguredChatRoles implements ChatRoles {

    private final Map<Key, Role> roles = new HashMap<>();

    public ConfiguredChatRoles(ChatProperties properties) {
        for (var user : properties.users()) {
            if (user.channel() == null || user.userId() == null || user.role() == null) {
                throw new IllegalArgumentException(
                        "alertify.chat.users entries need channel, user-id and role; got " + user);
            }
            roles.merge(new Key(user.channel(), user.userId().trim()), user.role(),
                    (a, b) -> a.includes(b) ? a : b);
        }
    }

    @Override
    public Role roleOf(ChatUser user) {
        if (user == null || user.channel() == null || user.userId() == null) {
            return Role.USER;
        }
        return roles.getOrDefault(new Key(user.channel(), user.userId().trim()), Role.USER);
    }

    private record Key(Channel channel, String userId) {
    }
}
