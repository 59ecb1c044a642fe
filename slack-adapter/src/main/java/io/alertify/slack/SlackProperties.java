package io.alertify.slack;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code alertify.slack.*}. The token and the signing secret come from the environment
 * ({@code ALERTIFY_SLACK_BOT_TOKEN}, {@code ALERTIFY_SLACK_SIGNING_SECRET}) and are never printed:
 * {@link #toString()} hides them.
 *
 * @param enabled       turns the adapter on; nothing Slack-related starts otherwise
 * @param botToken      the bot user OAuth token ({@code xoxb-...}) used for every Web API call
 * @param signingSecret verifies that requests to {@code /slack/events} come from Slack
 * @param apiUrl        Web API base URL; tests point it at a local fake
 * @param timeout       how long a Web API call may take; a post without an answer by then is looked up
 *                      in the channel's history before it is sent again
 */
@ConfigurationProperties("alertify.slack")
public record SlackProperties(
        boolean enabled,
        String botToken,
        String signingSecret,
        @DefaultValue("https://slack.com/api/") String apiUrl,
        @DefaultValue("10s") java.time.Duration timeout) {

    public SlackProperties {
        if (enabled) {
            requireSet(botToken, "alertify.slack.bot-token", "the bot token (xoxb-...) from the app's OAuth & Permissions page");
            requireSet(signingSecret, "alertify.slack.signing-secret", "the signing secret from the app's Basic Information page");
        }
        if (apiUrl == null || apiUrl.isBlank()) {
            apiUrl = "https://slack.com/api/";
        }
        // The SDK appends the method name directly ("chat.postMessage"), so the prefix must end with a slash.
        apiUrl = apiUrl.endsWith("/") ? apiUrl : apiUrl + "/";
    }

    private static void requireSet(String value, String key, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(key + " is missing: Slack is enabled (alertify.slack.enabled=true) but "
                    + what + " is not set; set it or disable Slack");
        }
    }

    @Override
    public String toString() {
        return "SlackProperties[enabled=" + enabled + ", botToken=" + hidden(botToken)
                + ", signingSecret=" + hidden(signingSecret) + ", apiUrl=" + apiUrl + ", timeout=" + timeout + "]";
    }

    private static String hidden(String secret) {
        return secret == null || secret.isBlank() ? "<unset>" : "<hidden>";
    }
}
