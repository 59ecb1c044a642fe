package io.alertify.bot.api;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * {@link Texts} over plain UTF-8 resource bundles. A missing key is a bug, so it fails loudly in tests
 * instead of showing a raw key to someone at 3 a.m.
 */
public final class BundleTexts implements Texts {

    private final Locale defaultLocale;
    private final List<String> basenames;

    public BundleTexts(Locale defaultLocale, List<String> basenames) {
        this.defaultLocale = defaultLocale;
        this.basenames = List.copyOf(basenames);
    }

    @Override
    public String get(Locale locale, String key, Object... args) {
        var effective = locale == null ? defaultLocale : locale;
        for (var basename : basenames) {
            var bundle = ResourceBundle.getBundle(basename, effective, getClass().getClassLoader(),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            if (bundle.containsKey(key)) {
                var pattern = bundle.getString(key);
                return args.length == 0 ? pattern : new MessageFormat(pattern, effective).format(args);
            }
        }
        throw new MissingResourceException("no text for key '" + key + "' in " + basenames, Texts.class.getName(), key);
    }

    @Override
    public Locale defaultLocale() {
        return defaultLocale;
    }
}
