package io.alertify.bot.delivery;

import io.alertify.bot.api.Channel;
import io.alertify.bot.api.Destination;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * When the next call to a destination may go: each platform's published limits, kept rather than
 * discovered, and every {@code Retry-After} obeyed to the millisecond. Two levels, as the platforms
 * count: a gap per destination (longer for Telegram groups) and a rate for the whole bot.
 *
 * <p>In memory, for the destinations this notifier owns; a Retry-After is also persisted by the
 * caller, so that the next owner waits it out too.
 */
final class Pacer {

    private final DeliveryProperties properties;
    private final Map<Destination, Instant> nextByDestination = new ConcurrentHashMap<>();
    private final Map<Channel, Instant> nextByPlatform = new EnumMap<>(Channel.class);

    Pacer(DeliveryProperties properties) {
        this.properties = properties;
    }

    /** The earliest instant a call to {@code destination} may be made. */
    synchronized Instant permittedAt(Destination destination) {
        var own = nextByDestination.getOrDefault(destination, Instant.MIN);
        var platform = nextByPlatform.getOrDefault(destination.channel(), Instant.MIN);
        return own.isAfter(platform) ? own : platform;
    }

    /** Takes the slot: records a call made at {@code now}. */
    synchronized void called(Destination destination, Instant now) {
        var limits = properties.limits(destination.channel());
        var gap = isGroup(destination) ? limits.perGroup() : limits.perDestination();
        nextByDestination.merge(destination, now.plus(gap), Pacer::later);
        if (limits.perSecond() > 0) {
            nextByPlatform.merge(destination.channel(), now.plus(Duration.ofNanos(1_000_000_000L / limits.perSecond())),
                    Pacer::later);
        }
    }

    /** The platform said to wait: nothing goes to {@code destination} before {@code until}. */
    synchronized void blockUntil(Destination destination, Instant until) {
        nextByDestination.merge(destination, until, Pacer::later);
    }

    /** Forgets a destination this notifier no longer owns. */
    synchronized void forget(Destination destination) {
        nextByDestination.remove(destination);
    }

    /** Telegram counts groups (negative chat ids) apart: 20 messages a minute. */
    static boolean isGroup(Destination destination) {
        return destination.channel() == Channel.TELEGRAM && destination.address().startsWith("-");
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
