package io.alertify.deploy.e2e;

import com.slack.api.app_backend.SlackSignature;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/** Button presses as Slack posts them to /slack/events: a form with one JSON {@code payload}, signed. */
public final class SlackClicks {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private SlackClicks() {
    }

    public static String blockAction(String userId, String channel, String messageTs, String actionId, String value) {
        var payload = Map.of(
                "type", "block_actions",
                "api_app_id", "A0ALERTIFY",
                "token", "unused-legacy-token",
                "trigger_id", "1764050401.123.abc",
                "team", Map.of("id", "T0ALERTIFY", "domain", "alertify"),
                "user", Map.of("id", userId, "username", userId.toLowerCase(), "name", userId.toLowerCase(),
                        "team_id", "T0ALERTIFY"),
                "container", Map.of("type", "message", "message_ts", messageTs, "channel_id", channel),
                "channel", Map.of("id", channel, "name", "ops"),
                "message", Map.of("type", "message", "ts", messageTs, "text", "incident"),
                "actions", List.of(Map.of("type", "button", "action_id", actionId, "block_id", "actions",
                        "value", value, "text", Map.of("type", "plain_text", "text", "button"),
                        "action_ts", nextActionTs())));
        return "payload=" + URLEncoder.encode(JSON.writeValueAsString(payload), StandardCharsets.UTF_8);
    }

    /** The two headers Slack adds, for {@code body} signed with {@code signingSecret} now. */
    public static String[] signatureHeaders(String signingSecret, String body) {
        var timestamp = String.valueOf(Instant.now().getEpochSecond());
        return new String[] {
            SlackSignature.HeaderNames.X_SLACK_REQUEST_TIMESTAMP, timestamp,
            SlackSignature.HeaderNames.X_SLACK_SIGNATURE, new SlackSignature.Generator(signingSecret).generate(timestamp, body)
        };
    }

    private static final java.util.concurrent.atomic.AtomicLong PRESSES = new java.util.concurrent.atomic.AtomicLong(200);

    /** Every press has its own action_ts, as in Slack: a repeated one is a redelivery and runs once. */
    static String nextActionTs() {
        return "1764050401.%06d".formatted(PRESSES.incrementAndGet());
    }
}
