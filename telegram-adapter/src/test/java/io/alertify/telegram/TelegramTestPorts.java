package io.alertify.telegram;

import io.alertify.bot.api.BundleTexts;
import io.alertify.bot.api.Texts;
import io.alertify.bot.testing.InMemorySubscriptions;
import java.util.List;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What bot-core and conversations provide in the real application, as test fakes. */
@Configuration(proxyBeanMethods = false)
public class TelegramTestPorts {

    @Bean
    RecordingIncidentCommands incidentCommands() {
        return new RecordingIncidentCommands();
    }

    /** Remembers request ids in memory, as bot-core's table does: a repeated update is not handled twice. */
    @Bean
    io.alertify.bot.api.ChatRequests chatRequests() {
        var seen = java.util.concurrent.ConcurrentHashMap.<String>newKeySet();
        return seen::add;
    }

    @Bean
    ScriptedConversations conversations() {
        return new ScriptedConversations();
    }

    @Bean
    InMemorySubscriptions subscriptions() {
        return new InMemorySubscriptions();
    }

    @Bean
    Texts texts() {
        return new BundleTexts(Locale.ENGLISH, List.of("i18n/telegram"));
    }
}
