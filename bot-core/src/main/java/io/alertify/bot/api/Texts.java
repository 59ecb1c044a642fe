package io.alertify.bot.api;

import java.util.Locale;

/**
 * Every user-facing string, in English and Russian. Each module keeps its own bundle
 * ({@code i18n/<module>.properties} and {@code i18n/<module>_ru.properties}, UTF-8) and registers its
 * basename as a {@link TextBundle} bean; keys are prefixed with the module name.
 */
public interface Texts {

    /** The text for {@code key} in {@code locale}, formatted with {@link java.text.MessageFormat}. */
    String get(Locale locale, String key, Object... args);

    /** The language used when a chat has not chosen one ({@code alertify.locale}). */
    Locale defaultLocale();

    /** A module's message bundle, e.g. {@code new TextBundle("i18n/slack")}. */
    record TextBundle(String basename) {
    }
}
