package io.alertify.telegram;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A Bot API answer: {@code {"ok":true,"result":...}} or {@code {"ok":false,"error_code":...,"description":...}}. */
record FakeReply(int status, JsonNode result, String description) {

    static FakeReply ok(JsonNode result) {
        return new FakeReply(200, result, null);
    }

    static FakeReply error(int status, String description) {
        return new FakeReply(status, null, description);
    }

    JsonNode body(JsonMapper json) {
        var body = json.createObjectNode();
        body.put("ok", status == 200);
        if (status == 200) {
            body.set("result", result);
        } else {
            body.put("error_code", status);
            body.put("description", description);
        }
        return body;
    }
}
