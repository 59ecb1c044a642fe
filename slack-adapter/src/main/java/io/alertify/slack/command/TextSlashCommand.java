package io.alertify.slack.command;

import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.handler.builtin.SlashCommandHandler;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.block.DividerBlock;
import com.slack.api.model.block.LayoutBlock;
import io.alertify.bot.api.Channel;
import io.alertify.bot.api.Destination;
import io.alertify.bot.api.TextCommands;
import io.alertify.bot.api.TextCommands.Reply;
import io.alertify.bot.api.Texts;
import io.alertify.slack.card.CardBlocks;
import io.alertify.slack.client.Mrkdwn;
import io.alertify.slack.dialog.DialogPoster;
import io.alertify.slack.interaction.AfterAck;
import io.alertify.slack.interaction.ChannelLocale;
import io.alertify.slack.interaction.SlackPayloads;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code /incidents}, {@code /ack N}, {@code /resolve N note}, {@code /escalate N}, {@code /oncall},
 * {@code /link CODE}, {@code /help}: bot-core's {@link TextCommands}, the same as in Telegram, and
 * {@code /alertify <command>} for all of them under one name (a workspace may have a {@code /help} of its own).
 * The answer is private to whoever typed it, except {@code /oncall}, which is everybody's question;
 * {@code /incidents} answers with the cards and their buttons.
 */
public final class TextSlashCommand implements SlashCommandHandler {

    /** Slack takes up to 50 blocks in a message. */
    static final int MOST_BLOCKS = 50;

    private final String name;
    private final TextCommands commands;
    private final CardBlocks cards;
    private final DialogPoster dialogs;
    private final ChannelLocale locales;
    private final AfterAck afterAck;
    private final Texts texts;

    /** @param name the command it answers ({@code ack}), or null for {@code /alertify}, whose first word names it */
    public TextSlashCommand(String name, TextCommands commands, CardBlocks cards, DialogPoster dialogs,
            ChannelLocale locales, AfterAck afterAck, Texts texts) {
        this.name = name;
        this.texts = texts;
        this.commands = commands;
        this.cards = cards;
        this.dialogs = dialogs;
        this.locales = locales;
        this.afterAck = afterAck;
    }

    @Override
    public Response apply(SlashCommandRequest request, SlashCommandContext ctx) {
        var payload = request.getPayload();
        var typed = payload.getText() == null ? "" : payload.getText().strip();
        var command = name;
        if (command == null) {
            var parts = typed.split("\\s+", 2);
            command = parts[0].toLowerCase(java.util.Locale.ROOT).replaceFirst("^/", "");
            typed = parts.length > 1 ? parts[1] : "";
            if (!TextCommands.NAMES.contains(command)) {
                command = "help";
            }
        }
        var channelId = payload.getChannelId();
        var locale = locales.of(channelId);
        if (channelId == null || channelId.isBlank()) {
            return ctx.ack(r -> r.responseType("ephemeral").text(texts.get(locale, "slack.no-channel")));
        }
        var user = SlackPayloads.of(payload.getUserId(), payload.getUserName());
        var reply = commands.run(command, typed, user, new Destination(Channel.SLACK, channelId), locale);
        if (reply.dialog() != null) {
            afterAck.run("/" + name + " " + reply.dialog().dialog(), () -> dialogs.start(channelId, user, locale,
                    reply.dialog().dialog(), reply.dialog().arguments()));
        }
        var everyone = "oncall".equals(command);
        var blocks = blocks(reply);
        return ctx.ack(r -> r.responseType(everyone ? "in_channel" : "ephemeral").text(Mrkdwn.escape(reply.text()))
                .blocks(blocks.isEmpty() ? null : blocks));
    }

    /** The cards one below the other, as many as fit. */
    private List<LayoutBlock> blocks(Reply reply) {
        var blocks = new ArrayList<LayoutBlock>();
        if (reply.cards().isEmpty()) {
            return blocks;
        }
        blocks.add(com.slack.api.model.block.SectionBlock.builder()
                .text(com.slack.api.model.block.composition.MarkdownTextObject.builder()
                        .text(Mrkdwn.escape(reply.text())).build()).build());
        for (var card : reply.cards()) {
            var more = cards.render(card).blocks();
            if (blocks.size() + more.size() + 1 > MOST_BLOCKS) {
                break;
            }
            blocks.add(DividerBlock.builder().build());
            blocks.addAll(more);
        }
        return blocks;
    }
}
