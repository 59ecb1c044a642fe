package io.alertify.slack.card;

import io.alertify.bot.api.Card;
import io.alertify.bot.api.Channel;
import io.alertify.bot.api.Destination;
import io.alertify.bot.api.MessageRef;
import io.alertify.bot.api.Notifier;
import io.alertify.slack.client.Mrkdwn;
import io.alertify.slack.client.SlackCallException;
import io.alertify.slack.client.SlackErrors;
import java.time.Instant;
import java.util.Optional;
import io.alertify.slack.client.SlackClient;
import io.alertify.slack.client.SlackMessage;

/**
 * Slack's {@link Notifier}: a card is a Block Kit message whose {@code ts} is the {@link MessageRef}
 * id, so bot-core can later replace it in place with {@code chat.update}; the card's key rides along as
 * message metadata, so a post whose answer was lost is found in the channel's history instead of being
 * posted twice. Failures are classified by {@link SlackErrors}; bot-core decides what to do.
 */
public final class SlackNotifier implements Notifier {

    private final SlackClient client;
    private final CardBlocks cards;
    private final java.util.Map<String, String> directMessages = new java.util.concurrent.ConcurrentHashMap<>();

    public SlackNotifier(SlackClient client, CardBlocks cards) {
        this.client = client;
        this.cards = cards;
    }

    @Override
    public Channel channel() {
        return Channel.SLACK;
    }

    @Override
    public MessageRef post(Destination destination, Card card) {
        try {
            var ts = client.postMessage(channelId(destination), cards.render(card), null, card.key());
            return new MessageRef(destination, ts);
        } catch (SlackCallException e) {
            throw SlackErrors.classify(e);
        }
    }

    @Override
    public Optional<MessageRef> findPosted(Destination destination, String cardKey, Instant since) {
        try {
            return client.findCard(channelId(destination), cardKey, since).map(ts -> new MessageRef(destination, ts));
        } catch (SlackCallException e) {
            throw SlackErrors.classify(e);
        }
    }

    @Override
    public void update(MessageRef message, Card card) {
        try {
            client.update(channelId(message.destination()), message.messageId(), cards.render(card));
        } catch (SlackCallException e) {
            throw SlackErrors.classify(e);
        }
    }

    @Override
    public MessageRef say(Destination destination, String text, MessageRef inReplyTo) {
        // A thread lives in one channel: a reply meant for another channel's card goes to the top level.
        var threadTs = inReplyTo != null && inReplyTo.destination().equals(destination) ? inReplyTo.messageId() : null;
        try {
            var ts = client.postMessage(channelId(destination), SlackMessage.text(Mrkdwn.escape(text)), threadTs);
            return new MessageRef(destination, ts);
        } catch (SlackCallException e) {
            throw SlackErrors.classify(e);
        }
    }

    /**
     * A channel id as it is; a person's user id ({@code U0123}, {@code W0123} on Enterprise Grid) is their
     * direct message with the bot, opened once with {@code conversations.open} and remembered.
     */
    private String channelId(Destination destination) {
        if (destination.channel() != Channel.SLACK) {
            throw new IllegalArgumentException("not a Slack destination: " + destination);
        }
        var address = destination.address();
        if (!isUser(address)) {
            return address;
        }
        var open = directMessages.get(address);
        if (open != null) {
            return open;
        }
        try {
            var id = client.openDirectMessage(address);
            directMessages.put(address, id);
            return id;
        } catch (SlackCallException e) {
            throw SlackErrors.classify(e);
        }
    }

    static boolean isUser(String address) {
        return address.length() > 1 && (address.charAt(0) == 'U' || address.charAt(0) == 'W');
    }
}
