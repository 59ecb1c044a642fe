package io.alertify.slack.dialog;

import io.alertify.bot.api.ChatUser;
import io.alertify.bot.api.Channel;
import io.alertify.bot.api.Destination;
import io.alertify.conversations.api.ConversationKey;
import io.alertify.conversations.api.Conversations;
import io.alertify.slack.client.SlackCallException;
import io.alertify.slack.client.SlackClient;
import java.util.Locale;
import java.util.Map;

/**
 * Starts a dialog and posts its first question in the channel, where everyone sees what is being
 * decided (which severities it gets, whom an incident is escalated to). A refusal (the person's role)
 * is posted privately to them instead.
 */
public final class DialogPoster {

    private final Conversations conversations;
    private final SlackClient client;
    private final StepBlocks steps;

    public DialogPoster(Conversations conversations, SlackClient client, StepBlocks steps) {
        this.conversations = conversations;
        this.client = client;
        this.steps = steps;
    }

    /** @throws SlackCallException when Slack refuses the post (usually: the bot is not in the channel) */
    public void start(String channelId, ChatUser user, Locale locale, String dialog, Map<String, String> arguments) {
        var step = conversations.start(dialog, new ConversationKey(new Destination(Channel.SLACK, channelId), user),
                locale, arguments);
        if (step instanceof io.alertify.conversations.api.Step.Finished finished) {
            client.postEphemeral(channelId, user.userId(), finished.text());
            return;
        }
        client.postMessage(channelId, steps.render(step), null);
    }
}
