package io.alertify.bot.command;

import io.alertify.bot.api.Action;
import io.alertify.bot.api.ActionCommand;
import io.alertify.bot.api.ChatUser;
import io.alertify.bot.api.Destination;
import io.alertify.bot.api.Escalation;
import io.alertify.bot.api.Silencing;
import io.alertify.bot.api.IncidentCommands;
import io.alertify.bot.api.OnCall;
import io.alertify.bot.api.TextCommands;
import io.alertify.bot.api.Texts;
import io.alertify.bot.card.CardRenderer;
import io.alertify.bot.incident.IncidentService;
import io.alertify.bot.incident.IncidentSnapshot;
import io.alertify.bot.incident.TimelineKind;
import io.alertify.bot.people.LinkCodes;
import io.alertify.bot.people.PeopleStore;
import io.alertify.bot.people.Person;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link TextCommands}: each command once for both chats. Acting on an incident goes through
 * {@link IncidentCommands}, so a typed {@code /ack 42} is checked and recorded exactly like the button.
 */
final class ChatTextCommands implements TextCommands {

    private static final Logger log = LoggerFactory.getLogger(ChatTextCommands.class);
    /** A chat cannot show more cards than this usefully; the rest are counted. */
    static final int MOST_CARDS = 10;

    private final IncidentCommands commands;
    private final IncidentService incidents;
    private final CardRenderer cards;
    private final OnCall onCall;
    private final LinkCodes links;
    private final Escalation escalation;
    private final Silencing silencing;
    private final PeopleStore people;
    private final Texts texts;

    ChatTextCommands(IncidentCommands commands, IncidentService incidents, CardRenderer cards, OnCall onCall,
            LinkCodes links, Escalation escalation, Silencing silencing, Texts texts, PeopleStore people) {
        this.escalation = escalation;
        this.silencing = silencing;
        this.people = people;
        this.commands = commands;
        this.incidents = incidents;
        this.cards = cards;
        this.onCall = onCall;
        this.links = links;
        this.texts = texts;
    }

    @Override
    public Reply run(String name, String args, ChatUser actor, Destination origin, Locale chatLocale) {
        var rest = args == null ? "" : args.strip();
        // a person's own language first; the chat's for those Alertify does not know
        var locale = people.byChat(actor.channel(), actor.userId()).map(Person::locale).orElse(chatLocale);
        try {
            return switch (name) {
                case "oncall" -> Reply.say(onCall.describe(locale));
                case "incidents" -> incidents(locale);
                case "ack" -> act(rest, Action.ACKNOWLEDGE, actor, origin, locale);
                case "resolve" -> resolve(rest, actor, origin, locale);
                case "escalate" -> escalate(rest, actor, origin, locale);
                case "link" -> link(rest, actor, locale);
                case "silence" -> silence(rest, actor, locale);
                default -> Reply.say(texts.get(locale, "bot.help"));
            };
        } catch (RuntimeException e) {
            log.error("Chat command /{} {} from {} failed", name, rest, ChatIncidentCommands.nameOf(actor), e);
            return Reply.say(texts.get(locale, "bot.text.failed"));
        }
    }

    private Reply incidents(Locale locale) {
        var active = incidents.active().stream()
                .sorted(Comparator.comparing(IncidentSnapshot::severity).thenComparing(IncidentSnapshot::id)).toList();
        if (active.isEmpty()) {
            return Reply.say(texts.get(locale, "bot.text.no-incidents"));
        }
        var shown = active.subList(0, Math.min(MOST_CARDS, active.size()));
        var text = active.size() > shown.size()
                ? texts.get(locale, "bot.text.incidents-more", Integer.toString(active.size()), Integer.toString(MOST_CARDS))
                : texts.get(locale, "bot.text.incidents", Integer.toString(active.size()));
        return new Reply(text, shown.stream().map(i -> cards.render(i, locale)).toList(), null);
    }

    private Reply act(String rest, Action action, ChatUser actor, Destination origin, Locale locale) {
        var id = number(rest);
        if (id.isEmpty()) {
            return Reply.say(texts.get(locale, "bot.text.usage." + action.name().toLowerCase(Locale.ROOT)));
        }
        return Reply.say(commands.execute(new ActionCommand(id.get(), action, actor, origin)).message());
    }

    /** {@code /resolve 42 rolled back the deploy}: the note goes into the timeline, after the resolve. */
    private Reply resolve(String rest, ChatUser actor, Destination origin, Locale locale) {
        var id = number(rest);
        if (id.isEmpty()) {
            return Reply.say(texts.get(locale, "bot.text.usage.resolve"));
        }
        var outcome = commands.execute(new ActionCommand(id.get(), Action.RESOLVE, actor, origin));
        var note = afterNumber(rest);
        if (outcome.accepted() && !note.isEmpty()) {
            incidents.note(id.get(), TimelineKind.MESSAGE, ChatIncidentCommands.nameOf(actor), note, null);
        }
        return Reply.say(outcome.message());
    }

    /** {@code /escalate 42 anna} escalates at once; {@code /escalate 42} opens the picker. */
    private Reply escalate(String rest, ChatUser actor, Destination origin, Locale locale) {
        var id = number(rest);
        if (id.isEmpty()) {
            return Reply.say(texts.get(locale, "bot.text.usage.escalate"));
        }
        var target = afterNumber(rest);
        if (target.isEmpty()) {
            return new Reply(texts.get(locale, "bot.text.escalate-pick", Long.toString(id.get())), java.util.List.of(),
                    new StartDialog("escalate", Map.of("incident", Long.toString(id.get()))));
        }
        return Reply.say(escalation.escalate(id.get(), target, actor, locale).message());
    }

    /** {@code /silence 42 2h deploy in progress}; without a period, the picker. */
    private Reply silence(String rest, ChatUser actor, Locale locale) {
        var id = number(rest);
        if (id.isEmpty()) {
            return Reply.say(texts.get(locale, "bot.silence.usage"));
        }
        var after = afterNumber(rest);
        if (after.isEmpty()) {
            return new Reply(texts.get(locale, "bot.text.silence-pick", Long.toString(id.get())), java.util.List.of(),
                    new StartDialog("silence", Map.of("incident", Long.toString(id.get()))));
        }
        var parts = after.split("\\s+", 2);
        return Reply.say(silencing.silence(id.get(), parts[0], parts.length > 1 ? parts[1] : null, actor, locale)
                .message());
    }

    private Reply link(String rest, ChatUser actor, Locale locale) {
        if (rest.isEmpty()) {
            return Reply.say(texts.get(locale, "bot.text.usage.link"));
        }
        var linked = links.redeem(rest.split("\\s+")[0], actor.channel(), actor.userId());
        return switch (linked.outcome()) {
            case LINKED -> {
                log.info("audit: {} linked to person {} ({})", ChatIncidentCommands.nameOf(actor), linked.person().id(),
                        linked.person().role());
                yield Reply.say(texts.get(linked.person().locale(), "bot.text.linked", linked.person().name(),
                        linked.person().role().name().toLowerCase(Locale.ROOT)));
            }
            case UNKNOWN_CODE -> Reply.say(texts.get(locale, "bot.text.link-unknown"));
            case TAKEN -> Reply.say(texts.get(locale, "bot.text.link-taken"));
            case NOT_A_CHAT -> Reply.say(texts.get(locale, "bot.text.usage.link"));
        };
    }

    /** The incident number at the start: {@code 42}, {@code #42}. */
    static Optional<Long> number(String rest) {
        var first = rest.split("\\s+", 2)[0];
        if (first.startsWith("#")) {
            first = first.substring(1);
        }
        try {
            var id = Long.parseLong(first);
            return id > 0 ? Optional.of(id) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    static String afterNumber(String rest) {
        var parts = rest.split("\\s+", 2);
        return parts.length < 2 ? "" : parts[1].strip();
    }
}
