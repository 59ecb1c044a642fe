package io.alertify.conversations.api;

import io.alertify.bot.api.ChatUser;
import io.alertify.bot.api.Destination;

/** Who is talking, and where: a dialog belongs to one chat and is started by one person. */
public record ConversationKey(Destination chat, ChatUser user) {
}
