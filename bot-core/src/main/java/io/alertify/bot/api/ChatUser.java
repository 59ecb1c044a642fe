package io.alertify.bot.api;

/** A person as a chat platform knows them. */
public record ChatUser(Channel channel, String userId, String displayName) {
}
