package io.alertify.slack.interaction;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import io.alertify.bot.api.Channel;
import io.alertify.bot.api.ChatUser;

/** Who pressed or typed something in Slack, and where, in bot-core's terms. */
public final class SlackPayloads {

    private SlackPayloads() {
    }

    public static ChatUser of(BlockActionPayload.User user) {
        var name = user.getName() != null ? user.getName() : user.getUsername();
        return new ChatUser(Channel.SLACK, user.getId(), name != null ? name : user.getId());
    }

    public static ChatUser of(String userId, String userName) {
        return new ChatUser(Channel.SLACK, userId, userName != null ? userName : userId);
    }

    /**
     * The channel a button was pressed in. {@code channel} is absent for some surfaces; the container
     * still names it for messages.
     */
    public static String channelOf(BlockActionPayload payload) {
        if (payload.getChannel() != null && payload.getChannel().getId() != null) {
            return payload.getChannel().getId();
        }
        return payload.getContainer() != null ? payload.getContainer().getChannelId() : null;
    }
}
