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

    private static String channelId(Destination destination) {
        if (destination.channel() != Channel.SLACK) {
            throw new IllegalArgumentException("not a Slack destination: " + destination);
        }
        return destination.address();
    }
}
