package io.alertify.bot.api;

import java.util.Objects;

/**
 * Where a message goes: a Slack channel id ({@code C0123}), a Telegram chat id ({@code -1001234}) or an
 * email address.
 */
public record Destination(Channel channel, String address) {
    public Destination {
        Objects.requireNonNull(channel, "channel");
        if (address == null || address.isBlank()) {
            throw new IllegalArgumentException("destination address is missing");
        }
    }

    @Override
    public String toString() {
        return channel.wireName() + ":" + address;
    }
}
