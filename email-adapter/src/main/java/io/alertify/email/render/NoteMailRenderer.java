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
        var text = body + "\n\n-- \n" + automatic + "\n";
        var html = "<!DOCTYPE html>\n<html lang=\"" + Html.escape(texts.defaultLocale().toLanguageTag()) + "\">\n"
                + "<head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=UTF-8\"></head>\n"
                + "<body style=\"margin:0;padding:16px;font-family:Arial,Helvetica,sans-serif;font-size:14px;"
                + "line-height:1.4;color:#1f2328;background:#ffffff\">\n"
                + "<p style=\"margin:0 0 16px\">" + Html.escapeLines(body) + "</p>\n"
                + "<p style=\"margin:24px 0 0;font-size:12px;color:#8c959f\">" + Html.escape(automatic) + "</p>\n"
                + "</body>\n</html>\n";
        var content = new MailContent(subject, text, html);
        return reply ? content.reply() : content;
    }
}
