package io.alertify.slack.dialog;

import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.handler.builtin.SlashCommandHandler;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;
import io.alertify.bot.api.Texts;
import io.alertify.slack.client.SlackCallException;
import io.alertify.slack.interaction.AfterAck;
import io.alertify.slack.interaction.ChannelLocale;
import io.alertify.slack.interaction.SlackPayloads;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A slash command that opens a dialog in the channel: {@code /settings notify} (which severities the
 * channel gets) and {@code /subscribe} (from which severity on). A wrong argument gets a private usage hint.
 */
public final class DialogCommand implements SlashCommandHandler {

    public static final String SETTINGS = "/settings";
    public static final String SUBSCRIBE = "/subscribe";

    private static final Logger log = LoggerFactory.getLogger(DialogCommand.class);

    private final String command;
    private final String argument;
    private final String dialog;
    private final DialogPoster poster;
    private final ChannelLocale locales;
    private final Texts texts;
    private final AfterAck afterAck;

    /** @param argument what must follow the command ({@code notify}), or empty for nothing */
    public DialogCommand(String command, String argument, String dialog, DialogPoster poster, ChannelLocale locales,
            Texts texts, AfterAck afterAck) {
        this.command = command;
        this.argument = argument;
        this.dialog = dialog;
        this.poster = poster;
        this.locales = locales;
        this.texts = texts;
        this.afterAck = afterAck;
    }

    @Override
    public Response apply(SlashCommandRequest request, SlashCommandContext ctx) {
        var payload = request.getPayload();
        var channelId = payload.getChannelId();
        var typed = payload.getText() == null ? "" : payload.getText().trim();
        if (channelId == null || channelId.isBlank()) {
            return ctx.ack(r -> r.responseType("ephemeral").text(texts.get(locales.of(channelId), "slack.no-channel")));
        }
        if (!typed.equalsIgnoreCase(argument)) {
            var usage = texts.get(locales.of(channelId), "slack.usage." + command.substring(1));
            return ctx.ack(r -> r.responseType("ephemeral").text(usage));
        }
        var user = SlackPayloads.of(payload.getUserId(), payload.getUserName());
        afterAck.run(command + " " + typed, () -> {
            var locale = locales.of(channelId);
            try {
                poster.start(channelId, user, locale, dialog, Map.of());
            } catch (SlackCallException e) {
                tellNotPosted(ctx, locale, e);
            }
        });
        return ctx.ack();
    }

    /** The usual cause is a channel the bot was not invited to; only the person who asked hears it. */
    private void tellNotPosted(SlashCommandContext ctx, Locale locale, SlackCallException e) {
        log.warn("Could not post the {} dialog in Slack: {}", command, e.getMessage());
        try {
            ctx.respond(r -> r.responseType("ephemeral").text(texts.get(locale, "slack.settings.not-posted", e.error())));
        } catch (IOException io) {
            log.warn("Could not answer the {} command through its response_url either: {}", command, io.toString());
        }
    }
}
