package io.alertify.bot.incident;

import io.alertify.bot.api.Severity;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores severities by their wire names, so that the database reads like the API. */
@Converter
public class SeverityConverter implements AttributeConverter<Severity, String> {

    @Override
    public String convertToDatabaseColumn(Severity severity) {
        return severity == null ? null : severity.wireName();
    }

    @Override
    public Severity convertToEntityAttribute(String value) {
        return value == null ? null : Severity.parse(value);
    }
}
