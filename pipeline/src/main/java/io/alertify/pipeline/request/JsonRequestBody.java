package io.alertify.pipeline.request;

import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a request body as a JSON object by hand rather than by data binding, so that a reader can name
 * every bad field instead of failing on the first.
 */
public final class JsonRequestBody {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private JsonRequestBody() {
    }

    /** The body as a JSON object; an empty, malformed or non-object body is refused naming {@code body}. */
    public static JsonNode object(byte[] body) {
        if (body == null || body.length == 0) {
            throw invalid("body", "must not be empty");
        }
        JsonNode root;
        try {
            root = JSON.readTree(body);
        } catch (JacksonException e) {
            throw invalid("body", "malformed JSON (" + e.getOriginalMessage() + ")");
        }
        if (root == null || !root.isObject()) {
            throw invalid("body", "must be a JSON object");
        }
        return root;
    }

    public static InvalidRequestException invalid(String field, String message) {
        return new InvalidRequestException(List.of(new FieldProblem(field, message)));
    }
}
