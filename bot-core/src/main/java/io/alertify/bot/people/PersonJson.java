package io.alertify.bot.people;

import io.alertify.bot.api.Role;
import io.alertify.bot.web.InvalidFieldException;
import java.time.ZoneId;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;
import java.util.Locale;

/**
 * A person as the API and the configuration write them:
 * {@code {"id":"anna","name":"Anna Petrova","role":"engineer","time_zone":"Europe/Berlin","locale":"ru",
 * "slack_user_id":"U024BE7LH","telegram_user_id":"123456789","email":"anna@example.com"}}.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record PersonJson(String id, String name, String role, String timeZone, String locale, String slackUserId,
                         String telegramUserId, String email) {

    public static PersonJson of(Person p) {
        return new PersonJson(p.id(), p.name(), p.role().name().toLowerCase(Locale.ROOT), p.timeZone().getId(),
                p.locale().toLanguageTag(), p.slackUserId(), p.telegramUserId(), p.email());
    }

    /** The person, or a 400 naming the first bad field; {@code id} comes from the path when given. */
    public Person toPerson(String pathId) {
        var personId = pathId != null ? pathId : id;
        if (personId == null || !Person.ID.matcher(personId).matches()) {
            throw new InvalidFieldException("id", "must be 1 to 64 lowercase letters, digits, '.', '_' or '-' "
                    + "(what schedules name: anna)");
        }
        if (id != null && pathId != null && !id.equals(pathId)) {
            throw new InvalidFieldException("id", "is '" + id + "' in the body but '" + pathId + "' in the path");
        }
        var parsedRole = InvalidFieldException.parse("role", role == null ? "user" : role, Role::parse);
        ZoneId zone;
        try {
            zone = ZoneId.of(timeZone == null ? "UTC" : timeZone.strip());
        } catch (java.time.DateTimeException e) {
            throw new InvalidFieldException("time_zone", "must be a zone id such as Europe/Berlin, not '" + timeZone + "'");
        }
        var language = locale == null ? "en" : locale.strip();
        if (!language.equals("en") && !language.equals("ru")) {
            throw new InvalidFieldException("locale", "must be en or ru");
        }
        if (email != null && !email.isBlank() && !email.matches("[^@\\s]+@[^@\\s]+")) {
            throw new InvalidFieldException("email", "must be an email address");
        }
        if (name != null && name.length() > 200) {
            throw new InvalidFieldException("name", "must be at most 200 characters");
        }
        for (var idField : new String[][] {{"slack_user_id", slackUserId}, {"telegram_user_id", telegramUserId}}) {
            if (idField[1] != null && (idField[1].length() > 64 || idField[1].chars().anyMatch(Character::isISOControl))) {
                throw new InvalidFieldException(idField[0], "must be a platform user id (at most 64 characters)");
            }
        }
        return new Person(personId, name, parsedRole, zone, Locale.forLanguageTag(language), slackUserId,
                telegramUserId, email);
    }
}
