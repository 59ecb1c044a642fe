package io.alertify.bot.people;

import io.alertify.bot.api.ChatRoles;
import io.alertify.bot.api.ChatUser;
import io.alertify.bot.api.Role;

/**
 * A chat user's role: the role of the person whose Slack or Telegram id it is, else what
 * {@code alertify.chat.users} says (the older, static way), else {@link Role#USER}.
 */
public final class PeopleRoles implements ChatRoles {

    private final PeopleStore people;
    private final ChatRoles configured;

    public PeopleRoles(PeopleStore people, ChatRoles configured) {
        this.people = people;
        this.configured = configured;
    }

    @Override
    public Role roleOf(ChatUser user) {
        if (user == null || user.channel() == null) {
            return Role.USER;
        }
        return people.byChat(user.channel(), user.userId()).map(Person::role).orElseGet(() -> configured.roleOf(user));
    }
}
