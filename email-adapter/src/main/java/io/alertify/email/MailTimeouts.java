package io.alertify.email;

import java.time.Duration;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * Jakarta Mail waits forever by default for an SMTP server to connect, answer or take data. A server
 * that hangs would then hold a bot-core thread forever, and retry and circuit breaker would never see
 * a failure. These defaults apply only where {@code spring.mail.properties.mail.smtp.*} sets nothing.
 */
final class MailTimeouts {

    static final Duration CONNECT = Duration.ofSeconds(10);
    static final Duration READ_WRITE = Duration.ofSeconds(30);

    private MailTimeouts() {
    }

    static void applyDefaults(JavaMailSender sender) {
        if (!(sender instanceof JavaMailSenderImpl impl)) {
            return; // a JNDI session or a custom sender: configured elsewhere
        }
        var protocol = impl.getProtocol() == null ? "smtp" : impl.getProtocol();
        var properties = impl.getJavaMailProperties();
        var prefix = "mail." + protocol + ".";
        properties.putIfAbsent(prefix + "connectiontimeout", String.valueOf(CONNECT.toMillis()));
        properties.putIfAbsent(prefix + "timeout", String.valueOf(READ_WRITE.toMillis()));
        properties.putIfAbsent(prefix + "writetimeout", String.valueOf(READ_WRITE.toMillis()));
    }
}
