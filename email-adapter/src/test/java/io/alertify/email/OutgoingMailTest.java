package io.alertify.email;

import static org.assertj.core.api.Assertions.assertThat;

import io.alertify.email.render.MailContent;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class OutgoingMailTest {

    private final Session session = Session.getInstance(new Properties());

    @Test
    void russianSubjectAndBodyAreEncodedAsUtf8AndReadBackUnchanged() throws Exception {
        var subject = "[Alertify] [КРИТИЧНО] checkout: задержка > 500 в 3 замерах";
        var mail = new OutgoingMail("oncall@example.com",
                new MailContent(subject, "Инцидент №42", "<p>Инцидент №42</p>"), "<incident-42.1@example.com>", null);

        var raw = rawBytes(mail);
        var headers = new String(raw, StandardCharsets.US_ASCII);
        var received = new MimeMessage(session, new ByteArrayInputStream(raw));

        // On the wire the header is 7-bit ASCII, as RFC 2047 wants it; clients decode it back.
        assertThat(headers).containsPattern("(?m)^Subject: =\\?UTF-8\\?[BQ]\\?");
        assertThat(received.getSubject()).isEqualTo(subject);
        var parts = (MimeMultipart) received.getContent();
        assertThat(parts.getBodyPart(0).getContentType()).isEqualToIgnoringCase("text/plain; charset=UTF-8");
        assertThat(parts.getBodyPart(0).getContent()).isEqualTo("Инцидент №42");
        assertThat(parts.getBodyPart(1).getContentType()).isEqualToIgnoringCase("text/html; charset=UTF-8");
        assertThat(parts.getBodyPart(1).getContent()).isEqualTo("<p>Инцидент №42</p>");
    }

    @Test
    void isMultipartAlternativeWithItsOwnMessageIdAndThreadHeaders() throws Exception {
        var mail = new OutgoingMail("a@example.com, b@example.com", new MailContent("s", "t", "<p>t</p>"),
                "<incident-42.2@example.com>", "<incident-42.1@example.com>");

        var received = new MimeMessage(session, new ByteArrayInputStream(rawBytes(mail)));

        assertThat(received.getContentType()).startsWith("multipart/alternative");
        assertThat(received.getHeader("In-Reply-To", null)).isEqualTo("<incident-42.1@example.com>");
        assertThat(received.getHeader("References", null)).isEqualTo("<incident-42.1@example.com>");
        assertThat(received.getHeader("Auto-Submitted", null)).isEqualTo("auto-generated");
        assertThat(received.getAllRecipients()).extracting(Object::toString)
                .containsExactly("a@example.com", "b@example.com");
        assertThat(received.getFrom()).extracting(Object::toString).containsExactly("Alertify <alertify@example.com>");
    }

    private byte[] rawBytes(OutgoingMail mail) throws Exception {
        var message = new MimeMessage(session);
        mail.writeTo(message, new InternetAddress("Alertify <alertify@example.com>"));
        message.saveChanges();
        // saveChanges gives a fresh id, as JavaMailSenderImpl would before restoring ours.
        message.setHeader("Message-ID", mail.messageId());
        var out = new ByteArrayOutputStream();
        message.writeTo(out);
        return out.toByteArray();
    }
}
