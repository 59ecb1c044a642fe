package io.alertify.email.render;

import io.alertify.bot.api.Texts;

/**
 * Lays out a plain message ({@code POST /notify}, the outcome of a remediation) as a mail. Its subject
 * is the message's first line; a reply in an incident's thread gets {@code Re: } like any reply.
 */
public final class NoteMailRenderer {

    private final Texts texts;
    private final String subjectPrefix;

    public NoteMailRenderer(Texts texts, String subjectPrefix) {
        this.texts = texts;
        this.subjectPrefix = subjectPrefix == null ? "" : subjectPrefix;
    }

    /** Such messages carry no locale, so the added words use {@code alertify.locale}. */
    public MailContent render(String message, boolean reply) {
        var body = message == null ? "" : message.strip();
        var automatic = texts.get(texts.defaultLocale(), "email.automatic");
        var subject = Subjects.prefixed(subjectPrefix, body);
        var text = body + "\n\n" + Html.signature(automatic);
        var html = Html.page(texts.defaultLocale(),
                "<p style=\"margin:0 0 16px\">" + Html.escapeLines(body) + "</p>\n", automatic);
        var content = new MailContent(subject, text, html);
        return reply ? content.reply() : content;
    }
}
