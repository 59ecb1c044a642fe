package io.alertify.slack.card;

import io.alertify.bot.api.Card;
import io.alertify.bot.api.Channel;
import io.alertify.bot.api.Destination;
import io.alertify.bot.api.MessageRef;
import io.alertify.bot.api.Notifier;
import io.alertify.slack.client.Mrkdwn;
import io.alertify.slack.client.SlackClient;
import io.alertify.slack.client.SlackMessage;

/**
 * Slack's {@link Notifier}: a card is a Block Kit message whose {@code ts} is the {@link MessageRef}
 * id, so bot-core can later replace it in place with {@code chat.update}. Failures surface as
 * {@link io.alertify.slack.client.SlackCallException}; bot-core decides whether to retry.
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
        var ts = client.postMessage(channelId(destination), cards.render(card), null);
        return new MessageRef(destination, ts);
    }

    @Override
    public void update(MessageRef message, Card card) {
        client.update(channelId(message.destination()), message.messageId(), cards.render(card));
    }

    @Override
    public MessageRef say(Destination destination, String text, MessageRef inReplyTo) {
        // A thread lives in one channel: a reply meant for another channel's card goes to the top level.
        var threadTs = inReplyTo != null && inReplyTo.destination().equals(destination) ? inReplyTo.messageId() : null;
        var ts = client.postMessage(channelId(destination), SlackMessage.text(Mrkdwn.escape(text)), threadTs);
        return new MessageRef(destination, ts);
    }

    private static String channelId(Destination destination) {
        if (destination.channel() != Channel.SLACK) {
            throw new IllegalArgumentException("not a Slack destination: " + destination);
        }
        return destination.address();
    }
}
