package io.alertify.bot.api;

/**
 * A person wrote to the bot in a private chat. Telegram lets a bot write there only after that, so a
 * personal page that was refused ("bot can't initiate conversation") can go now: bot-core lifts the
 * destination's broken state and what waited is sent.
 */
public interface ChatContacts {

    void wroteToBot(Destination privateChat);

    static ChatContacts none() {
        return chat -> {
        };
    }
}
