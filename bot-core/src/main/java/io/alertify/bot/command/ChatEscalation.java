package io.alertify.bot.command;

import io.alertify.bot.api.ChatRoles;
import io.alertify.bot.api.ChatUser;
import io.alertify.bot.api.CommandOutcome;
import io.alertify.bot.api.Escalation;
import io.alertify.bot.api.Role;
import io.alertify.bot.api.Texts;
import io.alertify.bot.escalation.ManualEscalation;
import io.alertify.bot.oncall.OnCallSchedules;
import io.alertify.bot.people.PeopleStore;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@link Escalation} for the chats: the picker's choices and the role check, once for every platform. */
final class ChatEscalation implements Escalation {

    private static final Logger log = LoggerFactory.getLogger(ChatEscalation.class);
    /** Telegram shows a keyboard of up to about a hundred buttons, but a picker longer than this is no help. */
    private static final int MOST_PEOPLE = 12;

    private final ManualEscalation manual;
    private final OnCallSchedules schedules;
    private final PeopleStore people;
    private final ChatRoles roles;
    private final Texts texts;
    private final Clock clock;

    ChatEscalation(ManualEscalation manual, OnCallSchedules schedules, PeopleStore people, ChatRoles roles, Texts texts,
            Clock clock) {
        this.manual = manual;
        this.schedules = schedules;
        this.people = people;
        this.roles = roles;
        this.texts = texts;
        this.clock = clock;
    }

    @Override
    public List<Target> targets(Locale locale) {
        var result = new ArrayList<Target>();
        result.add(new Target("next", texts.get(locale, "bot.escalation.pick.next")));
        var now = clock.instant();
        for (var schedule : schedules.all()) {
            var who = schedule.onCall(now).map(shift -> people.find(shift.person()).map(p -> p.name())
                    .orElse(shift.person())).orElse(texts.get(locale, "bot.escalation.pick.nobody"));
            result.add(new Target("schedule:" + schedule.name(),
                    texts.get(locale, "bot.escalation.pick.schedule", schedule.name(), who)));
        }
        people.all().stream().filter(p -> !p.destinations().isEmpty()).limit(MOST_PEOPLE)
                .forEach(p -> result.add(new Target("person:" + p.id(), p.name())));
        return result;
    }

    @Override
    public CommandOutcome escalate(long incidentId, String target, ChatUser actor, Locale locale) {
        var role = roles.roleOf(actor);
        if (!role.includes(Role.ENGINEER)) {
            log.warn("audit: refused escalate on incident {} for {}: their role is {}", incidentId,
                    ChatIncidentCommands.nameOf(actor), role);
            return new CommandOutcome(false, texts.get(locale, "bot.command.refused.escalate"));
        }
        var number = Long.toString(incidentId);
        var result = manual.escalate(incidentId, target, ChatIncidentCommands.nameOf(actor));
        return switch (result.outcome()) {
            case DONE -> new CommandOutcome(true, texts.get(locale, "bot.escalation.done", number, result.reached()));
            case NOT_FOUND -> new CommandOutcome(false, texts.get(locale, "bot.command.not-found", number));
            case NOT_ACTIVE -> new CommandOutcome(false, texts.get(locale, "bot.command.already-resolved", number));
            case NO_POLICY -> new CommandOutcome(false, texts.get(locale, "bot.escalation.no-policy", number));
            case NOBODY -> new CommandOutcome(false, texts.get(locale, "bot.escalation.nobody", number));
            case UNKNOWN_TARGET -> new CommandOutcome(false, texts.get(locale, "bot.escalation.unknown-target", target));
        };
    }
}
