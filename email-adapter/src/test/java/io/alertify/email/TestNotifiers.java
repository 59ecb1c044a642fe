package io.alertify.email;

import io.alertify.bot.api.BundleTexts;
import io.alertify.email.render.IncidentMailRenderer;
import io.alertify.email.render.NoteMailRenderer;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.util.List;
import java.util.Locale;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** An {@link EmailNotifier} wired as {@link EmailConfiguration} wires it, sending to a local SMTP port. */
final class TestNotifiers {

    static final String FROM = "Alertify <alertify@example.com>";

    private TestNotifiers() {
    }

    static EmailNotifier smtpOn(int port) {
        return smtpOn(port, null, null);
    }

    static EmailNotifier smtpOn(int port, String username, String password) {
        var sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(port);
        sender.setUsername(username);
        sender.setPassword(password);
        MailTimeouts.applyDefaults(sender);
        var texts = new BundleTexts(Locale.ENGLISH, List.of("i18n/email"));
        return new EmailNotifier(sender, from(), new IncidentMailRenderer(texts, "[Alertify]"),
                new NoteMailRenderer(texts, "[Alertify]"));
    }

    private static InternetAddress from() {
        try {
            return new InternetAddress(FROM, true);
        } catch (AddressException e) {
            throw new IllegalStateException(e);
        }
    }
}
