package io.alertify.slack.client;

import com.slack.api.Slack;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.SlackApiTextResponse;
import java.io.IOException;
import java.util.List;

/**
 * The few Web API methods Alertify uses, with one error policy: anything but {@code ok:true} becomes
 * a {@link SlackCallException}. No retries here; bot-core retries notifier calls once for all platforms.
 */
public final class SlackClient {

    private final MethodsClient methods;
    private final String token;

    public SlackClient(Slack slack, String botToken) {
        this.methods = slack.methods(botToken);
        this.token = botToken;
    }

    /** {@code chat.postMessage}, in the thread of {@code threadTs} when it is not null; returns the new ts. */
    public String postMessage(String channel, SlackMessage message, String threadTs) {
        var response = call("chat.postMessage", () -> methods.chatPostMessage(r -> r
                .channel(channel)
                .text(message.text())
                .blocks(blocksOrNull(message))
                .threadTs(threadTs)
                .unfurlLinks(false)));
        return response.getTs();
    }

    /** {@code chat.update}: replaces the text and blocks of the message {@code ts} in {@code channel}. */
    public void update(String channel, String ts, SlackMessage message) {
        call("chat.update", () -> methods.chatUpdate(r -> r
                .channel(channel)
                .ts(ts)
                .text(message.text())
                .blocks(blocksOrNull(message))));
    }

    /** {@code chat.postEphemeral}: a message only {@code user} sees, gone after a reload. */
    public void postEphemeral(String channel, String user, String text) {
        call("chat.postEphemeral", () -> methods.chatPostEphemeral(r -> r.channel(channel).user(user).text(text)));
    }

    private static List<com.slack.api.model.block.LayoutBlock> blocksOrNull(SlackMessage message) {
        // Omitting blocks keeps a text-only message text-only; an empty list would be sent as "[]".
        return message.blocks().isEmpty() ? null : message.blocks();
    }

    private <T extends SlackApiTextResponse> T call(String method, Call<T> call) {
        T response;
        try {
            response = call.run();
        } catch (SlackApiException e) {
            var error = e.getError() != null && e.getError().getError() != null
                    ? e.getError().getError() : "http_" + e.getResponse().code();
            throw failure(method, error, e);
        } catch (IOException e) {
            throw failure(method, "io_error: " + e.getClass().getSimpleName() + " " + e.getMessage(), e);
        }
        if (!response.isOk()) {
            throw failure(method, response.getError(), null);
        }
        return response;
    }

    private SlackCallException failure(String method, String error, Exception cause) {
        var safeError = redact(error);
        return new SlackCallException(method, safeError, "Slack " + method + " failed: " + safeError, cause);
    }

    /** Error texts come from Slack or the network; a token must not ride along into logs. */
    private String redact(String text) {
        if (text == null) {
            return "unknown_error";
        }
        return token == null || token.isEmpty() ? text : text.replace(token, "<bot-token>");
    }

    @FunctionalInterface
    private interface Call<T> {
        T run() throws IOException, SlackApiException;
    }
}
