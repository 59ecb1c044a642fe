package io.alertify.telegram.updates;

import io.alertify.bot.api.Channel;
import io.alertify.bot.api.Destination;
import io.alertify.bot.api.Subscription;
import io.alertify.bot.api.Subscriptions;
import io.alertify.bot.api.Texts;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.objects.User;

/**
 * The language to answer a chat in: the one its subscription chose; else Russian when the person's
 * Telegram app is in Russian; else Alertify's default.
 */
final class ChatLocales {

    private static final Logger log = LoggerFactory.getLogger(ChatLocales.class);
    private static final Locale RUSSIAN = Locale.of("ru");

    private final Subscriptions subscriptions;
    private final Texts texts;

    ChatLocales(Subscriptions subscriptions, Texts texts) {
        this.subscriptions = subscriptions;
        this.texts = texts;
    }

    Locale of(long chatId, User user) {
        return subscribed(chatId)
                .or(() -> fromApp(user))
                .orElseGet(texts::defaultLocale);
    }

    private Optional<Locale> subscribed(long chatId) {
        try {
            return subscriptions.find(new Destination(Channel.TELEGRAM, String.valueOf(chatId)))
                    .map(Subscription::locale);
        } catch (RuntimeException e) {
            // A person waiting for an answer is better served in a guessed language than not at all.
            log.warn("Could not read the subscription of Telegram chat {}; guessing its language", chatId, e);
            return Optional.empty();
        }
    }

    private static Optional<Locale> fromApp(User user) {
        if (user == null || user.getLanguageCode() == null) {
            return Optional.empty();
        }
        var language = Locale.forLanguageTag(user.getLanguageCode()).getLanguage();
        return language.equals(RUSSIAN.getLanguage()) ? Optional.of(RUSSIAN) : Optional.empty();
    }
}
