package io.alertify.bot.people;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code alertify.people}: people as code, written into the database at every start (a person changed
 * through the API since is changed back; one removed from the file stays until removed through the API).
 * <pre>
 * alertify:
 *   people:
 *     - { id: anna, name: Anna Petrova, role: engineer, time-zone: Europe/Berlin, locale: ru,
 *         telegram-user-id: "123456789", email: anna@example.com }
 * </pre>
 */
@ConfigurationProperties("alertify")
public record PeopleProperties(List<PersonJson> people) {

    public PeopleProperties {
        people = people == null ? List.of() : List.copyOf(people);
    }
}
