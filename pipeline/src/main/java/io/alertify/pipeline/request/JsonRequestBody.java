package io.alertify.pipeline.request;

import java.io.IOException;
import java.io.InputStream;
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
        var root = tree(body);
        if (!root.isObject()) {
            throw invalid("body", "must be a JSON object");
        }
        return root;
    }

    /** The body as JSON of any shape; an empty or malformed body is refused naming {@code body}. */
    public static JsonNode tree(byte[] body) {
        if (body == null || body.length == 0) {
            throw invalid("body", "must not be empty");
        }
        JsonNode root;
        try {
            root = JSON.readTree(body);
        } catch (JacksonException e) {
            throw invalid("body", "malformed JSON (" + e.getOriginalMessage() + ")");
        }
        if (root == null || root.isMissingNode()) {
            throw invalid("body", "must not be empty");
        }
        return root;
    }

    /**
     * Reads at most {@code limit} bytes of a body: a larger one is refused without being held in memory
     * (by its Content-Length when it gives one, else as soon as the limit is passed).
     */
    public static byte[] bounded(InputStream body, long contentLength, long limit) {
        if (contentLength > limit) {
            throw new BodyTooLargeException(limit);
        }
        try {
            var bytes = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
            if (bytes.length > limit) {
                throw new BodyTooLargeException(limit);
            }
            return bytes;
        } catch (IOException e) {
            throw invalid("body", "could not be read to its end (" + e.getMessage() + ")");
        }
    }

    public static InvalidRequestException invalid(String field, String message) {
        return new InvalidRequestException(List.of(new FieldProblem(field, message)));
    }
}
