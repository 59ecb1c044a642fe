package io.alertify.slack.client;

import com.slack.api.Slack;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.SlackApiTextResponse;
import com.slack.api.model.Message;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The few Web API methods Alertify uses, with one error policy: anything but {@code ok:true} becomes
 * a {@link SlackCallException}. No retries here; bot-core's delivery retries, once for all platforms.
 */
public final class SlackClient {

    /** Message metadata event type of Alertify's cards. */
    public static final String CARD_EVENT = "alertify_card";

    private final MethodsClient methods;
    private final String token;

    public SlackClient(Slack slack, String botToken) {
        this.methods = slack.methods(botToken);
        this.token = botToken;
    }

    /** {@code chat.postMessage}, in the thread of {@code threadTs} when it is not null; returns the new ts. */
    public String postMessage(String channel, SlackMessage message, String threadTs) {
        return postMessage(channel, message, threadTs, null);
    }

    /**
     * {@code chat.postMessage} carrying {@code cardKey} as message metadata (event type
     * {@value #CARD_EVENT}), so that {@link #findCard} can find the message even when this call's answer
     * is lost.
     */
    public String postMessage(String channel, SlackMessage message, String threadTs, String cardKey) {
        var metadata = cardKey == null ? null : Message.Metadata.builder().eventType(CARD_EVENT)
                .eventPayload(Map.of("card", cardKey)).build();
        var response = call("chat.postMessage", () -> methods.chatPostMessage(r -> r
                .channel(channel)
                .text(message.text())
                .blocks(blocksOrNull(message))
                .threadTs(threadTs)
                .metadata(metadata)
                .unfurlLinks(false)));
        return response.getTs();
    }

    /**
     * The ts of the message carrying {@code cardKey} posted since {@code oldest}, looked up in the
     * channel's history (scope {@code channels:history}, or {@code groups:history} for private channels).
     */
    public Optional<String> findCard(String channel, String cardKey, Instant oldest) {
        String cursor = null;
        for (int page = 0; page < 5; page++) {
            var from = cursor;
            var response = call("conversations.history", () -> methods.conversationsHistory(r -> r
                    .channel(channel)
                    .oldest(oldest.getEpochSecond() + ".000000")
                    .includeAllMetadata(true)
                    .limit(200)
                    .cursor(from)));
            for (var posted : response.getMessages()) {
                var metadata = posted.getMetadata();
                if (metadata != null && CARD_EVENT.equals(metadata.getEventType()) && metadata.getEventPayload() != null
                        && cardKey.equals(metadata.getEventPayload().get("card"))) {
                    return Optional.of(posted.getTs());
                }
            }
            var next = response.getResponseMetadata() == null ? null : response.getResponseMetadata().getNextCursor();
            if (!response.isHasMore() || next == null || next.isBlank()) {
                return Optional.empty();
            }
            cursor = next;
        }
        return Optional.empty();
    }

    /** {@code chat.update}: replaces the text and blocks of the message {@code ts} in {@code channel}. */
    public void update(String channel, String ts, SlackMessage message) {
        call("chat.update", () -> methods.chatUpdate(r -> r
                .channel(channel)
                .ts(ts)
                .text(message.text())
                .blocks(blocksOrNull(message))));
    }

    /**
     * {@code conversations.open} with one user (scope {@code im:write}): the id of the bot's direct message
     * with them ({@code D0123}); Slack answers the same id every time, so asking again is harmless.
     */
    public String openDirectMessage(String userId) {
        return call("conversations.open", () -> methods.conversationsOpen(r -> r.users(List.of(userId))))
                .getChannel().getId();
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
            var status = e.getResponse().code();
            var error = e.getError() != null && e.getError().getError() != null
                    ? e.getError().getError() : "http_" + status;
            throw failure(method, error, e, status, retryAfter(e.getResponse().header("Retry-After")), false);
        } catch (IOException e) {
            // A timeout may come after Slack did the work; a refused connection never reached it.
            var noAnswer = e instanceof InterruptedIOException && !(e instanceof java.net.ConnectException);
            throw failure(method, "io_error: " + e.getClass().getSimpleName() + " " + e.getMessage(), e, 0, null,
                    noAnswer);
        }
        if (!response.isOk()) {
            throw failure(method, response.getError(), null, 200, null, false);
        }
        return response;
    }

    private SlackCallException failure(String method, String error, Exception cause, int status, Duration retryAfter,
            boolean noAnswer) {
        var safeError = redact(error);
        return new SlackCallException(method, safeError, "Slack " + method + " failed: " + safeError, cause, status,
                retryAfter, noAnswer);
    }

    /** Slack sends whole seconds. */
    private static Duration retryAfter(String header) {
        if (header == null) {
            return null;
        }
        try {
            return Duration.ofSeconds(Long.parseLong(header.trim()));
        } catch (NumberFormatException e) {
            return null;
        }
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
