package io.alertify.slack.interaction;

import io.alertify.bot.api.Channel;
import io.alertify.bot.api.Destination;
import io.alertify.bot.api.Subscription;
import io.alertify.bot.api.Subscriptions;
import io.alertify.bot.api.Texts;
import java.util.Locale;

/** The language of a Slack channel: the one its subscription chose, else Alertify's default. */
public final class ChannelLocale {

    private final Subscriptions subscriptions;
    private final Texts texts;

    public ChannelLocale(Subscriptions subscriptions, Texts texts) {
        this.subscriptions = subscriptions;
        this.texts = texts;
    }

    /** Alertify's default for a request that names no channel (a forged or broken one). */
    public Locale of(String channelId) {
        if (channelId == null || channelId.isBlank()) {
            return texts.defaultLocale();
        }
        return subscriptions.find(new Destination(Channel.SLACK, channelId))
                .map(Subscription::locale)
                .orElseGet(texts::defaultLocale);
    }
}
