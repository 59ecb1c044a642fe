package io.alertify.slack.client;

/** Slack's {@code mrkdwn} text format. */
public final class Mrkdwn {

    private Mrkdwn() {
    }

    /**
     * Escapes the three characters Slack treats as control sequences, so that a summary like
     * {@code latency > 500} is shown as written and {@code <!channel>} in a log line pings nobody.
     */
    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** Cuts {@code text} to Slack's limit for a field, marking the cut with an ellipsis. */
    public static String truncate(String text, int maxLength) {
        if (text == null) {
            return "";
        }
        return text.length() <= maxLength ? text : text.substring(0, maxLength - 1) + "…";
    }
}
