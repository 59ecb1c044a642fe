package io.alertify.email;

import io.alertify.bot.api.Card;
import io.alertify.bot.api.Channel;
import io.alertify.bot.api.Destination;
import io.alertify.bot.api.MessageRef;
import io.alertify.bot.api.Notifier;
import io.alertify.email.render.IncidentMailRenderer;
import io.alertify.email.render.NoteMailRenderer;
import jakarta.mail.internet.InternetAddress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * Email's {@link Notifier}. A sent mail cannot change, so {@link #editsInPlace()} is false and bot-core
 * calls {@link #update} only when the incident resolves: that becomes a reply threaded under the
 * incident mail by its Message-ID, which is also the {@link MessageRef} id. Failures are classified by
 * {@link MailErrors}; bot-core decides what to do.
 */
public final class EmailNotifier implements Notifier {

    private static final Logger log = LoggerFactory.getLogger(EmailNotifier.class);

    private final JavaMailSender sender;
    private final InternetAddress from;
    private final MessageIds ids;
    private final IncidentMailRenderer incidents;
    private final NoteMailRenderer notes;

    EmailNotifier(JavaMailSender sender, InternetAddress from, IncidentMailRenderer incidents,
            NoteMailRenderer notes) {
        this.sender = sender;
        this.from = from;
        this.ids = new MessageIds(from);
        this.incidents = incidents;
        this.notes = notes;
    }

    @Override
    public Channel channel() {
        return Channel.EMAIL;
    }

    @Override
    public boolean editsInPlace() {
        return false;
    }

    @Override
    public MessageRef post(Destination destination, Card card) {
        var id = ids.forIncident(card.incidentId());
        send(new OutgoingMail(address(destination), incidents.render(card), id, null));
        return new MessageRef(destination, id);
    }

    /** Mails the card's new state (in practice: resolved) as a reply to the incident mail. */
    @Override
    public void update(MessageRef message, Card card) {
        var original = MessageIds.asHeader(message.messageId());
        var id = ids.forIncident(card.incidentId());
        send(new OutgoingMail(address(message.destination()), incidents.render(card).reply(), id, original));
    }

    @Override
    public MessageRef say(Destination destination, String text, MessageRef inReplyTo) {
        var original = inReplyTo == null ? null : MessageIds.asHeader(inReplyTo.messageId());
        var id = ids.forNote();
        send(new OutgoingMail(address(destination), notes.render(text, original != null), id, original));
        return new MessageRef(destination, id);
    }

    private void send(OutgoingMail mail) {
        // The preparator lets JavaMailSender wrap every failure, address errors included, in a MailException.
        try {
            sender.send(message -> mail.writeTo(message, from));
        } catch (org.springframework.mail.MailException e) {
            throw MailErrors.classify(e);
        }
        log.debug("Mail {} sent to {}", mail.messageId(), mail.to());
    }

    private static String address(Destination destination) {
        if (destination.channel() != Channel.EMAIL) {
            throw new IllegalArgumentException("not an email destination: " + destination);
        }
        return destination.address();
    }
}
