package io.alertify.slack.card;

import io.alertify.bot.api.Action;
import io.alertify.conversations.api.Conversations;
import io.alertify.slack.dialog.DialogPoster;
import io.alertify.slack.interaction.ChannelLocale;
import java.util.Map;

import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.handler.builtin.BlockActionHandler;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import io.alertify.bot.api.ActionCommand;
import io.alertify.bot.api.ActionPayload;
import io.alertify.bot.api.Channel;
import io.alertify.bot.api.Destination;
import io.alertify.bot.api.IncidentCommands;
import io.alertify.slack.client.Mrkdwn;
import io.alertify.slack.client.SlackClient;
import io.alertify.slack.interaction.AfterAck;
import io.alertify.slack.interaction.SlackPayloads;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A click on a card's button becomes an {@link ActionCommand}. bot-core checks the permission and
 * updates every message showing the incident itself, so this handler only tells the clicker, privately,
 * when the command was refused.
 */
public final class IncidentButtons implements BlockActionHandler {

    private static final Logger log = LoggerFactory.getLogger(IncidentButtons.class);

    private final IncidentCommands commands;
    private final SlackClient client;
    private final AfterAck afterAck;
    private final DialogPoster dialogs;
    private final ChannelLocale locales;

    public IncidentButtons(IncidentCommands commands, SlackClient client, AfterAck afterAck, DialogPoster dialogs,
            ChannelLocale locales) {
        this.commands = commands;
        this.client = client;
        this.afterAck = afterAck;
        this.dialogs = dialogs;
        this.locales = locales;
    }

    @Override
    public Response apply(BlockActionRequest request, ActionContext ctx) {
        var payload = request.getPayload();
        var value = payload.getActions().get(0).getValue();
        var action = ActionPayload.parse(value);
        var channelId = SlackPayloads.channelOf(payload);
        if (action.isEmpty() || channelId == null) {
            log.warn("Ignored a Slack incident button without a valid payload or channel (value {})", value);
            return ctx.ack();
        }
        var user = SlackPayloads.of(payload.getUser());
        // Slack re-sends a request it thinks went unanswered; the same press keeps its action_ts.
        var pressed = payload.getActions().get(0).getActionTs();
        var requestId = "slack:" + (payload.getTeam() == null ? "" : payload.getTeam().getId()) + ":" + user.userId()
                + ":" + (pressed != null ? pressed : payload.getTriggerId());
        var picker = picker(action.get().action());
        if (picker != null) {
            // the picker, posted below the card for everyone to see (whom to escalate to, how long to silence)
            afterAck.run(picker + " picker " + value, () -> dialogs.start(channelId, user, locales.of(channelId),
                    picker, Map.of("incident", Long.toString(action.get().incidentId()))));
            return ctx.ack();
        }
        var command = new ActionCommand(action.get().incidentId(), action.get().action(), user,
                new Destination(Channel.SLACK, channelId), requestId);
        afterAck.run("button " + value, () -> execute(command));
        return ctx.ack();
    }

    /** The dialog a button opens instead of acting at once, or null. */
    static String picker(Action action) {
        return switch (action) {
            case ESCALATE -> Conversations.ESCALATE;
            case SILENCE -> Conversations.SILENCE;
            default -> null;
        };
    }

    private void execute(ActionCommand command) {
        var outcome = commands.execute(command);
        if (!outcome.accepted()) {
            client.postEphemeral(command.origin().address(), command.actor().userId(),
                    Mrkdwn.escape(outcome.message()));
        }
    }
}
