package io.alertify.slack.dialog;

import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.handler.builtin.SlashCommandHandler;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;
import io.alertify.bot.api.Channel;
import io.alertify.bot.api.Destination;
import io.alertify.bot.api.Texts;
import io.alertify.conversations.api.ConversationKey;
import io.alertify.conversations.api.Conversations;
import io.alertify.slack.client.SlackCallException;
import io.alertify.slack.client.SlackClient;
import io.alertify.slack.interaction.AfterAck;
import io.alertify.slack.interaction.ChannelLocale;
import io.alertify.slack.interaction.SlackPayloads;
import java.io.IOException;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code /settings notify} starts the notification settings dialog and posts its first question in the
 * channel, where everyone sees which severities the channel gets. Anything else gets a private usage
 * hint.
 */
public final class SettingsCommand implements SlashCommandHandler {

    public static final String COMMAND = "/settings";

    private static final Logger log = LoggerFactory.getLogger(SettingsCommand.class);

    private final Conversations conversations;
    private final SlackClient client;
    private final StepBlocks steps;
    private final ChannelLocale locales;
    private final Texts texts;
    private final AfterAck afterAck;

    public SettingsCommand(Conversations conversations, SlackClient client, StepBlocks steps, ChannelLocale locales,
            Texts texts, AfterAck afterAck) {
        this.conversations = conversations;
        this.client = client;
        this.steps = steps;
        this.locales = locales;
        this.texts = texts;
        this.afterAck = afterAck;
    }

    @Override
    public Response apply(SlashCommandRequest request, SlashCommandContext ctx) {
        var payload = request.getPayload();
        var channelId = payload.getChannelId();
        var argument = payload.getText() == null ? "" : payload.getText().trim();
        if (!argument.equalsIgnoreCase("notify")) {
            var usage = texts.get(locales.of(channelId), "slack.settings.usage");
            return ctx.ack(r -> r.responseType("ephemeral").text(usage));
        }
        var key = new ConversationKey(new Destination(Channel.SLACK, channelId),
                SlackPayloads.of(payload.getUserId(), payload.getUserName()));
        afterAck.run(COMMAND + " notify", () -> {
            var locale = locales.of(channelId);
            var first = conversations.start(Conversations.NOTIFY_SETTINGS, key, locale);
            try {
                client.postMessage(channelId, steps.render(first), null);
            } catch (SlackCallException e) {
                tellNotPosted(ctx, locale, e);
            }
        });
        return ctx.ack();
    }

    /** The usual cause is a channel the bot was not invited to; only the person who asked hears it. */
    private void tellNotPosted(SlashCommandContext ctx, Locale locale, SlackCallException e) {
        log.warn("Could not post the settings dialog in Slack: {}", e.getMessage());
        try {
            ctx.respond(r -> r.responseType("ephemeral").text(texts.get(locale, "slack.settings.not-posted", e.error())));
        } catch (IOException io) {
            log.warn("Could not answer the /settings command through its response_url either: {}", io.toString());
        }
    }
}
