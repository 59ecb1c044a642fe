package io.alertify.email;

import io.alertify.email.render.MailContent;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.util.Date;

/**
 * One mail ready to go: who gets it, what it says, its own Message-ID and, for a reply, the id it
 * answers. {@link #writeTo} turns it into a {@code multipart/alternative} MIME message in UTF-8.
 *
 * @param to        one address or a comma-separated list
 * @param inReplyTo the Message-ID this mail answers, or null
 */
record OutgoingMail(String to, MailContent content, String messageId, String inReplyTo) {

    static final String CHARSET = "UTF-8";

    void writeTo(MimeMessage message, InternetAddress from) throws MessagingException {
        message.setFrom(from);
        message.setRecipients(MimeMessage.RecipientType.TO, InternetAddress.parse(to, true));
        message.setSubject(content.subject(), CHARSET);
        message.setSentDate(new Date());
        // RFC 3834: tells out-of-office and other auto-responders not to answer.
        message.setHeader("Auto-Submitted", "auto-generated");
        if (inReplyTo != null) {
            message.setHeader("In-Reply-To", inReplyTo);
            message.setHeader("References", inReplyTo);
        }
        // Plain text first: in multipart/alternative the last part is the preferred one.
        var text = new MimeBodyPart();
        text.setText(content.text(), CHARSET, "plain");
        var html = new MimeBodyPart();
        html.setText(content.html(), CHARSET, "html");
        var alternative = new MimeMultipart("alternative");
        alternative.addBodyPart(text);
        alternative.addBodyPart(html);
        message.setContent(alternative);
        // Spring's JavaMailSenderImpl keeps an id set before sending instead of generating its own.
        message.setHeader("Message-ID", messageId);
    }
}
