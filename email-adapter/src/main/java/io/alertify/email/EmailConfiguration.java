package io.alertify.email;

import io.alertify.bot.api.Texts;
import io.alertify.email.render.IncidentMailRenderer;
import io.alertify.email.render.NoteMailRenderer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * Incident mail over SMTP, on when {@code alertify.email.enabled=true}. It sends through the
 * {@link JavaMailSender} that Spring Boot builds from {@code spring.mail.*} (host, port, username,
 * password, {@code properties.mail.smtp.*}), so SMTP settings and credentials stay Boot's.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(prefix = "alertify.email", name = "enabled", havingValue = "true")
@EnableConfigurationProperties(EmailProperties.class)
public class EmailConfiguration {

    @Bean
    Texts.TextBundle emailTexts() {
        return new Texts.TextBundle("i18n/email");
    }

    @Bean
    EmailNotifier emailNotifier(ObjectProvider<JavaMailSender> senders, EmailProperties properties, Texts texts) {
        var sender = senders.getIfAvailable(() -> {
            throw new IllegalStateException("Email is enabled (alertify.email.enabled=true) but there is no SMTP "
                    + "server to send through: set spring.mail.host (SMTP_HOST) and spring.mail.port, "
                    + "or disable email");
        });
        MailTimeouts.applyDefaults(sender);
        return new EmailNotifier(sender, properties.fromAddress(),
                new IncidentMailRenderer(texts, properties.subjectPrefix()),
                new NoteMailRenderer(texts, properties.subjectPrefix()));
    }
}
