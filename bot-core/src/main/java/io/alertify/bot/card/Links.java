package io.alertify.bot.card;

import java.net.URI;

/**
 * Absolute links into Alertify for cards, under {@code alertify.public-url}. Without one every link is
 * empty and cards show none: Slack and Telegram cannot open a relative path.
 */
public record Links(URI publicUrl) {

    public String incident(long id) {
        return under("/incidents/" + id);
    }

    /** The list of active incidents: where a group or summary card sends people for the whole picture. */
    public String incidents() {
        return under("/incidents");
    }

    private String under(String path) {
        if (publicUrl == null) {
            return "";
        }
        var base = publicUrl.toString();
        return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + path;
    }
}
