package io.alertify.bot.incident;

import io.alertify.bot.api.IncidentStatus;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Locale;

/** Stores statuses by their wire names (triggered, acknowledged, resolved). */
@Converter
class StatusConverter implements AttributeConverter<IncidentStatus, String> {

    @Override
    public String convertToDatabaseColumn(IncidentStatus status) {
        return status == null ? null : status.wireName();
    }

    @Override
    public IncidentStatus convertToEntityAttribute(String value) {
        return value == null ? null : IncidentStatus.valueOf(value.toUpperCase(Locale.ROOT));
    }
}
