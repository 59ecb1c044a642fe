package io.alertify.bot.delivery;

import io.alertify.bot.api.Channel;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How incidents reach people ({@code alertify.delivery.*}); docs/delivery.md explains each rule.
 *
 * @param groupBy        labels whose equal values put incidents on one card ({@code service})
 * @param groupWait      how long a new group waits before its first card, to collect its first incidents
 * @param groupInterval  how long a posted card waits before it shows incidents that joined its group
 * @param repeatInterval how often a card still open is brought up again in its thread
 * @param jobTtl         a message not delivered by then is given up, written to the timeline and reported
 * @param stormAfter     a destination whose new cards would take longer than this to post at its
 *                       platform's rate gets one summary card for every further group instead
 * @param pollInterval   how often a notifier looks for due messages written by another process
 * @param lease          how long a notifier owns the pacing of its destinations without renewing
 * @param initialBackoff wait after the first failure that was not a rate limit; doubled each time
 * @param maxBackoff     the longest wait between two attempts
 * @param operators      where delivery problems are reported (e.g. {@code slack:C0OPS}); empty means every
 *                       other working destination that takes critical incidents
 * @param slack          Slack's published limit: one message per second per channel
 * @param telegram       Telegram's: one per second per chat, 20 per minute per group, 30 per second per bot
 * @param email          your SMTP server's, none by default
 */
@ConfigurationProperties("alertify.delivery")
public record DeliveryProperties(
        @DefaultValue("service") List<String> groupBy,
        @DefaultValue("0s") Duration groupWait,
        @DefaultValue("5s") Duration groupInterval,
        @DefaultValue("4h") Duration repeatInterval,
        @DefaultValue("24h") Duration jobTtl,
        @DefaultValue("10s") Duration stormAfter,
        @DefaultValue("200ms") Duration pollInterval,
        @DefaultValue("30s") Duration lease,
        @DefaultValue("1s") Duration initialBackoff,
        @DefaultValue("5m") Duration maxBackoff,
        @DefaultValue List<String> operators,
        Limits slack,
        Limits telegram,
        Limits email) {

    public DeliveryProperties {
        slack = Limits.orDefault(slack, new Limits(Duration.ofSeconds(1), Duration.ofSeconds(1), 0));
        telegram = Limits.orDefault(telegram, new Limits(Duration.ofSeconds(1), Duration.ofSeconds(3), 30));
        email = Limits.orDefault(email, new Limits(Duration.ZERO, Duration.ZERO, 0));
    }

    /**
     * @param perDestination shortest gap between two calls to one chat, channel or mailbox
     * @param perGroup       the same for group chats (Telegram ids below zero)
     * @param perSecond      calls per second for the whole bot or server, 0 for no limit
     */
    public record Limits(Duration perDestination, Duration perGroup, Integer perSecond) {

        static Limits orDefault(Limits given, Limits fallback) {
            if (given == null) {
                return fallback;
            }
            return new Limits(given.perDestination == null ? fallback.perDestination : given.perDestination,
                    given.perGroup == null ? fallback.perGroup : given.perGroup,
                    given.perSecond == null ? fallback.perSecond : given.perSecond);
        }
    }

    Limits limits(Channel channel) {
        return switch (channel) {
            case SLACK -> slack;
            case TELEGRAM -> telegram;
            case EMAIL -> email;
        };
    }
}
