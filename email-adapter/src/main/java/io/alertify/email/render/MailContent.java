package io.alertify.email.render;

import java.util.Objects;

/**
 * What a mail says, before it becomes MIME: a one-line subject and the same content twice, as plain
 * text and as HTML (sent as the two parts of a {@code multipart/alternative}).
 */
public record MailContent(String subject, String text, String html) {

    public MailContent {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(html, "html");
    }

    /** The same content as a reply: {@code Re: } before the subject, so clients thread it with the original. */
    public MailContent reply() {
        return new MailContent(Subjects.reply(subject), text, html);
    }
}
