package io.alertify.telegram;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A Bot API answer: {@code {"ok":true,"result":...}} or {@code {"ok":false,"error_code":...,"description":...}}. */
record FakeReply(int status, JsonNode result, String description, Long retryAfter, Long migrateToChatId) {

    static FakeReply ok(JsonNode result) {
        return new FakeReply(200, result, null, null, null);
    }

    static FakeReply error(int status, String description) {
        return new FakeReply(status, null, description, null, null);
    }

    /** Telegram's flood control: 429 with {@code parameters.retry_after} in seconds. */
    static FakeReply tooManyRequests(long retryAfter) {
        return new FakeReply(429, null, "Too Many Requests: retry after " + retryAfter, retryAfter, null);
    }

    /** A group that became a supergroup: 400 with {@code parameters.migrate_to_chat_id}. */
    static FakeReply migrated(long newChatId) {
        return new FakeReply(400, null, "Bad Request: group chat was upgraded to a supergroup chat", null, newChatId);
    }

    JsonNode body(JsonMapper json) {
        var body = json.createObjectNode();
        body.put("ok", status == 200);
        if (status == 200) {
            body.set("result", result);
        } else {
            body.put("error_code", status);
            body.put("description", description);
            if (retryAfter != null || migrateToChatId != null) {
                var parameters = body.putObject("parameters");
                if (retryAfter != null) {
                    parameters.put("retry_after", retryAfter);
                }
                if (migrateToChatId != null) {
                    parameters.put("migrate_to_chat_id", migrateToChatId);
                }
            }
        }
        return body;
    }
}
