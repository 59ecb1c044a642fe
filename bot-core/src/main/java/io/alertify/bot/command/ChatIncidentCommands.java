package io.alertify.bot.command;

import io.alertify.bot.api.ActionCommand;
import io.alertify.bot.api.ChatRequests;
import io.alertify.bot.api.ChatRoles;
import io.alertify.bot.api.ChatUser;
import io.alertify.bot.api.CommandOutcome;
import io.alertify.bot.api.Destination;
import io.alertify.bot.api.Escalation;
import io.alertify.bot.api.IncidentCommands;
import io.alertify.bot.api.Subscriptions;
import io.alertify.bot.api.Texts;
import io.alertify.bot.incident.IncidentService;
import io.alertify.bot.people.PeopleStore;
import io.alertify.bot.incident.TimelineKind;
import io.alertify.bot.incident.Transition;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Button presses and their text equivalents from every platform. The permission check happens here,
 * once; every answer is in the language of the chat the command came from, and nothing the person
 * did wrong (or that went wrong) reaches them as an exception.
 */
class ChatIncidentCommands implements IncidentCommands {

    private static final Logger log = LoggerFactory.getLogger(ChatIncidentCommands.class);

    private final IncidentService incidents;
    private final ChatRoles roles;
    private final Subscriptions subscriptions;
    private final Texts texts;
    private final RestartPod restartPod;
    private final ChatRequests requests;
    private final Escalation escalation;
    /** A person's own language comes first; the chat's is for those Alertify does not know. */
    private final PeopleStore people;

    ChatIncidentCommands(IncidentService incidents, ChatRoles roles, Subscriptions subscriptions, Texts texts,
            RestartPod restartPod, ChatRequests requests, Escalation escalation, PeopleStore people) {
        this.escalation = escalation;
        this.people = people;
        this.incidents = incidents;
        this.roles = roles;
        this.subscriptions = subscriptions;
        this.texts = texts;
        this.restartPod = restartPod;
        this.requests = requests;
    }

    @Override
    public CommandOutcome execute(ActionCommand command) {
        var locale = people.byChat(command.actor() == null ? null : command.actor().channel(),
                        command.actor() == null ? null : command.actor().userId())
                .map(io.alertify.bot.people.Person::locale).orElseGet(() -> localeOf(command.origin()));
        var id = command.incidentId();
        try {
            var action = command.action();
            var role = roles.roleOf(command.actor());
            if (!role.includes(action.requiredRole())) {
                log.warn("audit: refused {} on {} {} for {}: their role is {}, it needs {}", action,
                        action.onGroup() ? "group" : "incident", id, nameOf(command.actor()), role, action.requiredRole());
                if (!action.onGroup()) {
                    incidents.record(id, TimelineKind.COMMAND_REFUSED, nameOf(command.actor()), action.name()
                            .toLowerCase(Locale.ROOT) + " refused: role " + role.name().toLowerCase(Locale.ROOT)
                            + " needs " + action.requiredRole().name().toLowerCase(Locale.ROOT));
                }
                return new CommandOutcome(false,
                        texts.get(locale, "bot.command.refused." + action.name().toLowerCase(Locale.ROOT)));
            }
            if (command.requestId() != null && !requests.firstTime(command.requestId())) {
                log.info("Chat request {} arrived again; not executing it twice", command.requestId());
                return new CommandOutcome(true, texts.get(locale, "bot.command.duplicate"));
            }
            var actor = nameOf(command.actor());
            return switch (action) {
                case ACKNOWLEDGE -> reply(incidents.acknowledge(id, actor), id, locale, "bot.command.acknowledged");
                case RESOLVE -> reply(incidents.resolve(id, actor), id, locale, "bot.command.resolved");
                case RESTART_POD -> restartPod.run(id, actor, locale);
                // a platform without the picker, or a typed /escalate N next: the policy's next step now
                case ESCALATE -> escalation.escalate(id, "next", command.actor(), locale);
                // a platform without the picker: the shortest of its choices
                case SILENCE -> new CommandOutcome(false, texts.get(locale, "bot.silence.usage"));
                case ACKNOWLEDGE_ALL -> all(id, actor, locale, true);
                case RESOLVE_ALL -> all(id, actor, locale, false);
            };
        } catch (RuntimeException e) {
            log.error("Command {} on incident {} failed", command.action(), id, e);
            return new CommandOutcome(false, texts.get(locale, "bot.command.failed", Long.toString(id)));
        }
    }

    /** A group card's button: each active incident of the group, each in its own transaction. */
    private CommandOutcome all(long groupId, String actor, Locale locale, boolean acknowledge) {
        var group = incidents.inGroup(groupId);
        if (group.isEmpty()) {
            return new CommandOutcome(false, texts.get(locale, "bot.group.not-found"));
        }
        var done = 0;
        for (var incident : group) {
            if (!incident.isActive()) {
                continue;
            }
            var transition = acknowledge ? incidents.acknowledge(incident.id(), actor) : incidents.resolve(incident.id(), actor);
            if (transition.outcome() == Transition.Outcome.DONE) {
                done++;
            }
        }
        if (done == 0) {
            return new CommandOutcome(false, texts.get(locale, "bot.group.nothing"));
        }
        return new CommandOutcome(true, texts.get(locale, acknowledge ? "bot.group.acknowledged" : "bot.group.resolved",
                Integer.toString(done), group.getFirst().service()));
    }

    private CommandOutcome reply(Transition transition, long id, Locale locale, String doneKey) {
        var number = Long.toString(id);
        return switch (transition.outcome()) {
            case DONE -> new CommandOutcome(true, texts.get(locale, doneKey, number));
            case NOT_FOUND -> new CommandOutcome(false, texts.get(locale, "bot.command.not-found", number));
            case ALREADY_RESOLVED -> new CommandOutcome(false,
                    texts.get(locale, "bot.command.already-resolved", number));
            case ALREADY_ACKNOWLEDGED -> new CommandOutcome(false, texts.get(locale,
                    "bot.command.already-acknowledged", number, transition.incident().acknowledgedBy()));
        };
    }

    private Locale localeOf(Destination origin) {
        if (origin == null) {
            return texts.defaultLocale();
        }
        return subscriptions.localeOf(origin).orElse(texts.defaultLocale());
    }

    /**
     * How the timeline and the audit name a person: the stable platform id, which a display name change
     * or a namesake cannot fake, with the name they show in chat beside it ("Anna (telegram:4711)").
     */
    static String nameOf(ChatUser user) {
        if (user == null) {
            return "unknown";
        }
        var id = user.channel().name().toLowerCase(Locale.ROOT) + ":" + user.userId();
        if (user.displayName() == null || user.displayName().isBlank() || user.displayName().equals(user.userId())) {
            return id;
        }
        var name = user.displayName().strip();
        return (name.length() > 120 ? name.substring(0, 120) + "…" : name) + " (" + id + ")";
    }
}
