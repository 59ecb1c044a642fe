package io.alertify.slack.client;

import com.slack.api.model.block.LayoutBlock;
import java.util.List;

/**
 * A message as the Web API takes it: Block Kit {@code blocks} for the channel, and {@code text} for
 * notifications, screen readers and clients that cannot show blocks.
 */
public record SlackMessage(String text, List<LayoutBlock> blocks) {

    public SlackMessage {
        blocks = List.copyOf(blocks);
    }

    /** Plain text only, no blocks. */
    public static SlackMessage text(String text) {
        return new SlackMessage(text, List.of());
    }
}
