package io.alertify.bot.api;

/** Which {@link Role} a chat user has; unknown users are {@link Role#USER}. */
public interface ChatRoles {

    Role roleOf(ChatUser user);
}
