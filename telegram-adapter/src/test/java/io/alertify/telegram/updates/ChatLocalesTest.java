package io.alertify.telegram.updates;

import static org.assertj.core.api.Assertions.assertThat;

import io.alertify.bot.api.BundleTexts;
import io.alertify.bot.api.Channel;
import io.alertify.bot.api.Destination;
import io.alertify.bot.api.Severity;
import io.alertify.bot.api.Subscription;
import io.alertify.bot.testing.InMemorySubscriptions;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.api.objects.User;

class ChatLocalesTest {

    private static final Locale RUSSIAN = Locale.of("ru");

    private final InMemorySubscriptions subscriptions = new InMemorySubscriptions();
    private final ChatLocales locales = new ChatLocales(subscriptions,
            new BundleTexts(Locale.ENGLISH, List.of("i18n/telegram")));

    @Test
    void prefersTheLanguageTheChatSubscribedIn() {
        subscriptions.save(new Subscription(new Destination(Channel.TELEGRAM, "-100"), Set.of(Severity.CRITICAL),
                Locale.ENGLISH));

        assertThat(locales.of(-100, user("ru"))).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void followsARussianTelegramApp() {
        assertThat(locales.of(-100, user("ru"))).isEqualTo(RUSSIAN);
        assertThat(locales.of(-100, user("ru-RU"))).isEqualTo(RUSSIAN);
    }

    @Test
    void fallsBackToAlertifysDefault() {
        assertThat(locales.of(-100, user("de"))).isEqualTo(Locale.ENGLISH);
        assertThat(locales.of(-100, user(null))).isEqualTo(Locale.ENGLISH);
        assertThat(new ChatLocales(subscriptions, new BundleTexts(RUSSIAN, List.of("i18n/telegram")))
                .of(-100, user("en"))).isEqualTo(RUSSIAN);
    }

    private static User user(String languageCode) {
        var user = new User(7L, "Alice", false);
        user.setLanguageCode(languageCode);
        return user;
    }
}
