package io.alertify.conversations.engine;

import java.util.Map;
import java.util.TreeMap;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Dialog data as a flat JSON object of strings: readable in the database, portable across databases. */
final class DialogDataCodec {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<Map<String, String>> MAP = new TypeReference<>() {
    };

    private DialogDataCodec() {
    }

    static String encode(Map<String, String> data) {
        // sorted keys keep the stored text stable, which makes rows easy to compare by eye
        return JSON.writeValueAsString(new TreeMap<>(data));
    }

    static Map<String, String> decode(String json) {
        return json == null || json.isBlank() ? Map.of() : JSON.readValue(json, MAP);
    }
}
