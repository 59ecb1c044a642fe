package io.alertify.conversations;

import io.alertify.bot.api.BundleTexts;
import io.alertify.bot.api.ChatRoles;
import io.alertify.bot.api.Role;
import io.alertify.bot.api.Texts;
import io.alertify.bot.testing.InMemorySubscriptions;
import java.util.List;
import java.util.Locale;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * The module as deploy wires it, on H2 with the real migration; bot-core's beans are replaced by
 * the texts of this module and an in-memory {@link io.alertify.bot.api.Subscriptions}, and everybody
 * but Mallory is an engineer.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import(ConversationsConfiguration.class)
public class ConversationsTestApplication {

    @Bean
    Texts texts() {
        return new BundleTexts(Locale.ENGLISH, List.of("i18n/conversations"));
    }

    /** The people in these tests are engineers, as those who may change routing must be; Mallory is not. */
    @Bean
    ChatRoles chatRoles() {
        return user -> user.displayName() != null && user.displayName().equals("Mallory") ? Role.USER : Role.ENGINEER;
    }

    @Bean
    io.alertify.conversations.escalate.RecordingEscalation escalation() {
        return new io.alertify.conversations.escalate.RecordingEscalation();
    }

    @Bean
    InMemorySubscriptions subscriptions() {
        return new InMemorySubscriptions();
    }
}
