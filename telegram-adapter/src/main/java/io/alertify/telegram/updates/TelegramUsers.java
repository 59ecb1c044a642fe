package io.alertify.telegram.updates;

import io.alertify.bot.api.ChatUser;
import io.alertify.bot.api.Channel;
import org.telegram.telegrambots.meta.api.objects.User;

/** Telegram users as bot-core knows them: the numeric id (stable) and a name to show in timelines. */
final class TelegramUsers {

    private TelegramUsers() {
    }

    static ChatUser of(User user) {
        var name = user.getUserName() != null && !user.getUserName().isBlank()
                ? user.getUserName()
                : user.getFirstName();
        return new ChatUser(Channel.TELEGRAM, String.valueOf(user.getId()), name);
    }
}
