package io.alertify.bot;

import java.net.URI;
import java.util.Locale;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param locale    the language of chats that have not chosen one ({@code alertify.locale}: en or ru)
 * @param publicUrl where people reach this Alertify ({@code https://alertify.example.com}); cards link to
 *                  incidents under it. Unset, cards carry no link: a relative one is dead in chat.
 */
@ConfigurationProperties("alertify")
public record BotProperties(@DefaultValue("en") Locale locale, URI publicUrl) {

    public BotProperties {
        if (publicUrl != null && publicUrl.toString().isBlank()) {
            publicUrl = null;
        }
        if (publicUrl != null && (!publicUrl.isAbsolute() || publicUrl.getHost() == null)) {
            throw new IllegalArgumentException("alertify.public-url must be an absolute URL such as "
                    + "https://alertify.example.com, not '" + publicUrl + "'");
        }
    }
}
