package io.alertify.slack.dialog;

import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.handler.builtin.BlockActionHandler;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import io.alertify.conversations.api.Conversations;
import io.alertify.conversations.api.DialogAnswer;
import io.alertify.slack.client.SlackClient;
import io.alertify.slack.interaction.AfterAck;
import io.alertify.slack.interaction.SlackPayloads;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A press on a dialog button: the answer goes to the dialog engine, and the message that asked the
 * question is replaced by the next step, so a dialog stays one message however many steps it has.
 */
public final class DialogButtons implements BlockActionHandler {

    private static final Logger log = LoggerFactory.getLogger(DialogButtons.class);

    private final Conversations conversations;
    private final SlackClient client;
    private final StepBlocks steps;
    private final AfterAck afterAck;

    public DialogButtons(Conversations conversations, SlackClient client, StepBlocks steps, AfterAck afterAck) {
        this.conversations = conversations;
        this.client = client;
        this.steps = steps;
        this.afterAck = afterAck;
    }

    @Override
    public Response apply(BlockActionRequest request, ActionContext ctx) {
        var payload = request.getPayload();
        var value = payload.getActions().get(0).getValue();
        var answer = DialogAnswer.parse(value);
        var channelId = SlackPayloads.channelOf(payload);
        var messageTs = payload.getContainer() != null ? payload.getContainer().getMessageTs() : null;
        if (answer.isEmpty() || channelId == null || messageTs == null) {
            log.warn("Ignored a Slack dialog button without a valid payload or message (value {})", value);
            return ctx.ack();
        }
        var user = SlackPayloads.of(payload.getUser());
        afterAck.run("dialog answer " + value, () -> {
            var next = conversations.answer(answer.get(), user);
            client.update(channelId, messageTs, steps.render(next));
        });
        return ctx.ack();
    }
}
