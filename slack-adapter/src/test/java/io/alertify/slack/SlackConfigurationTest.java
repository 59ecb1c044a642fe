package io.alertify.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.slack.api.bolt.App;
import io.alertify.bot.api.BundleTexts;
import io.alertify.bot.api.IncidentCommands;
import io.alertify.bot.api.Notifier;
import io.alertify.bot.api.Subscriptions;
import io.alertify.bot.api.Texts;
import io.alertify.bot.testing.InMemorySubscriptions;
import io.alertify.conversations.api.Conversations;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.web.servlet.ServletRegistrationBean;

class SlackConfigurationTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withUserConfiguration(SlackConfiguration.class)
            .withBean(IncidentCommands.class, RecordingIncidentCommands::new)
            .withBean(io.alertify.bot.api.ChatRequests.class, () -> id -> true)
            .withBean(Conversations.class, ScriptedConversations::new)
            .withBean(Subscriptions.class, InMemorySubscriptions::new)
            .withBean(Texts.class, () -> new BundleTexts(Locale.ENGLISH, List.of("i18n/slack")));

    @Test
    void staysOffUnlessEnabled() {
        runner.withPropertyValues("alertify.slack.bot-token=xoxb-1")
                .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(Notifier.class).doesNotHaveBean(App.class));
    }

    @Test
    void servesBoltAtSlackEventsWhenEnabled() {
        runner.withPropertyValues("alertify.slack.enabled=true", "alertify.slack.bot-token=xoxb-1",
                        "alertify.slack.signing-secret=s3cret")
                .run(context -> {
                    assertThat(context).hasSingleBean(Notifier.class).hasSingleBean(App.class)
                            .hasSingleBean(Texts.TextBundle.class);
                    assertThat(context.getBean(Notifier.class).channel().wireName()).isEqualTo("slack");
                    assertThat(context.getBean(ServletRegistrationBean.class).getUrlMappings())
                            .containsExactly("/slack/events");
                    assertThat(context.getBean(SlackProperties.class).apiUrl()).isEqualTo("https://slack.com/api/");
                });
    }

    @Test
    void failsFastWithoutABotToken() {
        runner.withPropertyValues("alertify.slack.enabled=true", "alertify.slack.signing-secret=s3cret")
                .run(context -> assertThat(context).getFailure().rootCause()
                        .hasMessageContaining("alertify.slack.bot-token is missing"));
    }

    @Test
    void failsFastWithoutASigningSecret() {
        runner.withPropertyValues("alertify.slack.enabled=true", "alertify.slack.bot-token=xoxb-1")
                .run(context -> assertThat(context).getFailure().rootCause()
                        .hasMessageContaining("alertify.slack.signing-secret is missing"));
    }

    @Test
    void neverPrintsItsSecrets() {
        var properties = new SlackProperties(true, "xoxb-secret-token", "signing-secret-value", "http://127.0.0.1:1/api",
                java.time.Duration.ofSeconds(10));

        assertThat(properties.toString()).doesNotContain("xoxb-secret-token").doesNotContain("signing-secret-value");
        assertThat(properties.apiUrl()).isEqualTo("http://127.0.0.1:1/api/");
    }
}
