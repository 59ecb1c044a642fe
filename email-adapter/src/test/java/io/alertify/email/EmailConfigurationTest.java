package io.alertify.email;

import static org.assertj.core.api.Assertions.assertThat;

import io.alertify.bot.api.BundleTexts;
import io.alertify.bot.api.Notifier;
import io.alertify.bot.api.Texts;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.mail.autoconfigure.MailSenderAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** How deploy's configuration switches email on, and the messages it gets when a setting is missing. */
class EmailConfigurationTest {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(MailSenderAutoConfiguration.class))
            .withUserConfiguration(EmailConfiguration.class)
            .withBean(Texts.class, () -> new BundleTexts(Locale.ENGLISH, List.of("i18n/email")));

    @Test
    void offUnlessEnabled() {
        context.withPropertyValues("alertify.email.from=alertify@example.com", "spring.mail.host=localhost")
                .run(app -> assertThat(app).doesNotHaveBean(Notifier.class).doesNotHaveBean(Texts.TextBundle.class));
    }

    @Test
    void enabledRegistersTheNotifierAndItsTexts() {
        context.withPropertyValues("alertify.email.enabled=true", "alertify.email.from=alertify@example.com",
                        "spring.mail.host=localhost")
                .run(app -> {
                    assertThat(app).hasSingleBean(Notifier.class);
                    assertThat(app.getBean(Notifier.class).editsInPlace()).isFalse();
                    assertThat(app.getBean(Texts.TextBundle.class)).isEqualTo(new Texts.TextBundle("i18n/email"));
                    assertThat(app.getBean(EmailProperties.class).subjectPrefix()).isEqualTo("[Alertify]");
                });
    }

    @Test
    void setsTimeoutsSoAHangingServerFailsInsteadOfBlocking() {
        context.withPropertyValues("alertify.email.enabled=true", "alertify.email.from=alertify@example.com",
                        "spring.mail.host=localhost", "spring.mail.properties.mail.smtp.timeout=5000")
                .run(app -> {
                    app.getBean(Notifier.class);
                    var properties = app.getBean(JavaMailSenderImpl.class).getJavaMailProperties();
                    assertThat(properties.getProperty("mail.smtp.connectiontimeout")).isEqualTo("10000");
                    assertThat(properties.getProperty("mail.smtp.writetimeout")).isEqualTo("30000");
                    assertThat(properties.getProperty("mail.smtp.timeout")).isEqualTo("5000");
                });
    }

    @Test
    void enabledWithoutSenderFailsNamingTheKey() {
        context.withPropertyValues("alertify.email.enabled=true", "spring.mail.host=localhost")
                .run(app -> assertThat(app).hasFailed().getFailure()
                        .rootCause().hasMessageContaining("alertify.email.from is missing"));
    }

    @Test
    void anInvalidSenderFailsNamingTheKey() {
        context.withPropertyValues("alertify.email.enabled=true", "alertify.email.from=not an address",
                        "spring.mail.host=localhost")
                .run(app -> assertThat(app).hasFailed().getFailure()
                        .hasStackTraceContaining("alertify.email.from is not a valid email address: 'not an address'"));
    }

    @Test
    void enabledWithoutSmtpHostFailsNamingTheKey() {
        context.withPropertyValues("alertify.email.enabled=true", "alertify.email.from=alertify@example.com")
                .run(app -> assertThat(app).hasFailed().getFailure()
                        .rootCause().hasMessageContaining("spring.mail.host"));
    }

    @Test
    void theSubjectPrefixCanBeChanged() {
        context.withPropertyValues("alertify.email.enabled=true", "alertify.email.from=alertify@example.com",
                        "alertify.email.subject-prefix=[ops]", "spring.mail.host=localhost")
                .run(app -> assertThat(app.getBean(EmailProperties.class).subjectPrefix()).isEqualTo("[ops]"));
    }
}
