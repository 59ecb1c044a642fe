package io.alertify.bot.incident;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Labels are a flat JSON object of strings; sorted so that equal labels store equal text. */
@Converter
class LabelsConverter implements AttributeConverter<Map<String, String>, String> {

    private static final TypeReference<TreeMap<String, String>> TYPE = new TypeReference<>() {
    };

    @Override
    public String convertToDatabaseColumn(Map<String, String> labels) {
        return JsonMapper.shared().writeValueAsString(labels == null ? Map.of() : new TreeMap<>(labels));
    }

    @Override
    public Map<String, String> convertToEntityAttribute(String json) {
        return json == null || json.isBlank() ? Map.of() : JsonMapper.shared().readValue(json, TYPE);
    }
}
