package io.alertify.email;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.alertify.bot.api.Channel;
import io.alertify.bot.api.Destination;
import io.alertify.bot.api.MessageRef;
import io.alertify.email.render.SampleCards;
import jakarta.mail.BodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Sends real mail over SMTP to GreenMail and reads what arrived. */
class EmailNotifierTest {

    @RegisterExtension
    static final GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    private static final Destination ONCALL = new Destination(Channel.EMAIL, "oncall@example.com");

    private EmailNotifier notifier;

    @BeforeEach
    void connect() {
        notifier = TestNotifiers.smtpOn(smtp.getSmtp().getPort());
    }

    @Test
    void isEmailAndCannotEditSentMail() {
        assertThat(notifier.channel()).isEqualTo(Channel.EMAIL);
        assertThat(notifier.editsInPlace()).isFalse();
    }

    @Test
    void postSendsOneMailWithTextAndHtmlAndReturnsItsMessageId() throws Exception {
        var ref = notifier.post(ONCALL, SampleCards.english());

        var mail = received(1)[0];
        assertThat(ref.destination()).isEqualTo(ONCALL);
        assertThat(ref.messageId()).startsWith("<incident-42.").endsWith("@example.com>");
        assertThat(mail.getMessageID()).isEqualTo(ref.messageId());
        assertThat(mail.getSubject()).isEqualTo("[Alertify] [CRITICAL] checkout: latency > 500 for 3 samples");
        assertThat(mail.getAllRecipients()).extracting(Object::toString).containsExactly("oncall@example.com");
        assertThat(mail.getFrom()).extracting(Object::toString).containsExactly(TestNotifiers.FROM);
        assertThat(mail.getContentType()).startsWith("multipart/alternative");
        var parts = (MimeMultipart) mail.getContent();
        assertThat(parts.getCount()).isEqualTo(2);
        assertThat(parts.getBodyPart(0).isMimeType("text/plain")).isTrue();
        assertThat(text(parts.getBodyPart(0))).contains("Service:  checkout", "How to act");
        assertThat(parts.getBodyPart(1).isMimeType("text/html")).isTrue();
        assertThat(text(parts.getBodyPart(1))).contains("<table", "checkout: latency &gt; 500 for 3 samples");
    }

    @Test
    void updateMailsTheResolvedStateThreadedUnderTheIncidentMail() throws Exception {
        var ref = notifier.post(ONCALL, SampleCards.english());

        notifier.update(ref, SampleCards.resolved(SampleCards.english()));

        var reply = received(2)[1];
        assertThat(reply.getSubject()).isEqualTo("Re: [Alertify] [CRITICAL] checkout: latency > 500 for 3 samples");
        assertThat(reply.getHeader("In-Reply-To", null)).isEqualTo(ref.messageId());
        assertThat(reply.getHeader("References", null)).isEqualTo(ref.messageId());
        assertThat(reply.getMessageID()).isNotEqualTo(ref.messageId()).startsWith("<incident-42.");
        assertThat(text(((MimeMultipart) reply.getContent()).getBodyPart(0)))
                .startsWith("Incident #42 is resolved").doesNotContain("How to act");
    }

    @Test
    void saySendsPlainMessages() throws Exception {
        var ref = notifier.say(ONCALL, "Restart Pod finished: checkout-7d9f deleted", null);

        var mail = received(1)[0];
        assertThat(mail.getMessageID()).isEqualTo(ref.messageId());
        assertThat(mail.getSubject()).isEqualTo("[Alertify] Restart Pod finished: checkout-7d9f deleted");
        assertThat(mail.getHeader("In-Reply-To")).isNull();
        assertThat(text(((MimeMultipart) mail.getContent()).getBodyPart(0)))
                .startsWith("Restart Pod finished: checkout-7d9f deleted");
    }

    @Test
    void sayInReplyToAnIncidentMailIsThreaded() throws Exception {
        var incident = notifier.post(ONCALL, SampleCards.english());

        notifier.say(ONCALL, "Restart Pod finished", new MessageRef(ONCALL, incident.messageId()));

        var note = received(2)[1];
        assertThat(note.getSubject()).isEqualTo("Re: [Alertify] Restart Pod finished");
        assertThat(note.getHeader("In-Reply-To", null)).isEqualTo(incident.messageId());
    }

    @Test
    void russianCardArrivesInReadableRussian() throws Exception {
        notifier.post(ONCALL, SampleCards.russian());

        var mail = received(1)[0];
        assertThat(mail.getHeader("Subject", null)).startsWith("=?UTF-8?");
        assertThat(mail.getSubject()).isEqualTo("[Alertify] [КРИТИЧНО] checkout: задержка > 500 в 3 замерах");
        var parts = (MimeMultipart) mail.getContent();
        assertThat(text(parts.getBodyPart(0))).startsWith("Инцидент №42\n").contains("Сервис:", "Что можно сделать");
        assertThat(text(parts.getBodyPart(1))).contains("Данные", "Подтвердить");
    }

    private static MimeMessage[] received(int count) {
        await().until(() -> smtp.getReceivedMessages().length >= count);
        var messages = smtp.getReceivedMessages();
        assertThat(messages).hasSize(count);
        return messages;
    }

    private static String text(BodyPart part) throws Exception {
        return (String) part.getContent();
    }
}
