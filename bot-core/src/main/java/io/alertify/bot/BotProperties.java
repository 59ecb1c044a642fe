package io.alertify.bot;

import java.util.Locale;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** @param locale the language of chats that have not chosen one ({@code alertify.locale}: en or ru) */
@ConfigurationProperties("alertify")
public record BotProperties(@DefaultValue("en") Locale locale) {
}
