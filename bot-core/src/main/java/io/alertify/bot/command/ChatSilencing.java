package io.alertify.bot.command;

import io.alertify.bot.api.ChatRoles;
import io.alertify.bot.api.ChatUser;
import io.alertify.bot.api.CommandOutcome;
import io.alertify.bot.api.Role;
import io.alertify.bot.api.Silencing;
import io.alertify.bot.api.Texts;
import io.alertify.bot.incident.IncidentService;
import io.alertify.bot.people.PeopleStore;
import io.alertify.bot.people.Person;
import io.alertify.bot.silence.Matcher;
import io.alertify.bot.silence.Silences;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * {@link Silencing} for the chats: silences what is like the incident (its service, and its alert or metric
 * when it has one) for the chosen time; "tomorrow" is 09:00 the next morning where the person lives.
 */
final class ChatSilencing implements Silencing {

    private static final Pattern PERIOD = Pattern.compile("(\\d{1,4})\\s*([mhd])");
    private static final Duration LONGEST = Duration.ofDays(30);
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM HH:mm z");

    private final Silences silences;
    private final IncidentService incidents;
    private final PeopleStore people;
    private final ChatRoles roles;
    private final Texts texts;
    private final Clock clock;

    ChatSilencing(Silences silences, IncidentService incidents, PeopleStore people, ChatRoles roles, Texts texts,
            Clock clock) {
        this.silences = silences;
        this.incidents = incidents;
        this.people = people;
        this.roles = roles;
        this.texts = texts;
        this.clock = clock;
    }

    @Override
    public CommandOutcome silence(long incidentId, String period, String comment, ChatUser actor, Locale locale) {
        if (!roles.roleOf(actor).includes(Role.ENGINEER)) {
            return new CommandOutcome(false, texts.get(locale, "bot.command.refused.silence"));
        }
        var incident = incidents.find(incidentId);
        if (incident.isEmpty()) {
            return new CommandOutcome(false, texts.get(locale, "bot.command.not-found", Long.toString(incidentId)));
        }
        var zone = people.byChat(actor.channel(), actor.userId()).map(Person::timeZone).orElse(ZoneOffset.UTC);
        var now = clock.instant();
        var until = until(period, now, zone);
        if (until.isEmpty()) {
            return new CommandOutcome(false, texts.get(locale, "bot.silence.usage"));
        }
        var matchers = new ArrayList<Matcher>();
        matchers.add(new Matcher("service", "=", incident.get().service()));
        for (var label : java.util.List.of("alertname", "metric")) {
            var value = incident.get().labels().get(label);
            if (value != null) {
                matchers.add(new Matcher(label, "=", value));
                break;
            }
        }
        var by = ChatIncidentCommands.nameOf(actor);
        var silence = silences.create(matchers, now, until.get(), by,
                comment == null || comment.isBlank() ? "from chat" : comment.strip());
        return new CommandOutcome(true, texts.get(locale, "bot.silence.done", Long.toString(silence.id()),
                String.join(", ", matchers.stream().map(Matcher::toString).toList()),
                WHEN.withLocale(locale).withZone(zone).format(until.get())));
    }

    private static Optional<Instant> until(String period, Instant now, ZoneId zone) {
        var text = period == null ? "" : period.strip().toLowerCase(Locale.ROOT);
        if (text.equals("tomorrow")) {
            var local = now.atZone(zone).toLocalDate().plusDays(1).atTime(LocalTime.of(9, 0));
            return Optional.of(local.atZone(zone).toInstant());
        }
        var m = PERIOD.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        var amount = Long.parseLong(m.group(1));
        var length = switch (m.group(2)) {
            case "m" -> Duration.ofMinutes(amount);
            case "h" -> Duration.ofHours(amount);
            default -> Duration.ofDays(amount);
        };
        return length.isZero() || length.compareTo(LONGEST) > 0 ? Optional.empty() : Optional.of(now.plus(length));
    }
}
