package io.alertify.bot.api;

/**
 * Chat requests already executed. Platforms redeliver (Slack retries a slow answer, Telegram resends
 * an update that was not confirmed) and a captured signed request can be replayed inside its window:
 * adapters ask here first, with the platform's own id of the request.
 */
public interface ChatRequests {

    /**
     * True the first time {@code requestId} is seen (and from then on remembers it), false for every
     * repetition. Ids look like {@code slack:<team>:<action_ts>:<user>} or {@code telegram:update:<id>}.
     */
    boolean firstTime(String requestId);
}
