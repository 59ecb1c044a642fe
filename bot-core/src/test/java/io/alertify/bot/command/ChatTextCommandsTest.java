package io.alertify.bot.command;

import static org.assertj.core.api.Assertions.assertThat;

import io.alertify.bot.BotCoreTest;
import io.alertify.bot.api.Channel;
import io.alertify.bot.api.ChatUser;
import io.alertify.bot.api.Destination;
import io.alertify.bot.api.IncidentEventIntake;
import io.alertify.bot.api.IncidentStatus;
import io.alertify.bot.api.TextCommands;
import io.alertify.bot.incident.IncidentService;
import io.alertify.bot.incident.TimelineLine;
import io.alertify.bot.people.LinkCodes;
import io.alertify.bot.people.PeopleStore;
import io.alertify.bot.testing.IncidentEvents;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The chat commands as a person types them, with the test application's people and roles. */
@BotCoreTest
class ChatTextCommandsTest {

    static final ChatUser ENGINEER = new ChatUser(Channel.SLACK, "U-ENGINEER", "Alice");
    static final ChatUser STRANGER = new ChatUser(Channel.SLACK, "U-STRANGER", "Mallory");
    static final Destination ONCALL = new Destination(Channel.SLACK, "C-ONCALL");

    @Autowired
    TextCommands commands;

    @Autowired
    IncidentEventIntake intake;

    @Autowired
    IncidentService incidents;

    @Autowired
    LinkCodes links;

    @Autowired
    PeopleStore people;

    private long open(String service) {
        var key = IncidentEvents.newKey();
        intake.accept(IncidentEvents.trigger(key, "critical", service, UUID.randomUUID().toString(), key));
        return incidents.findActive(key).orElseThrow().id();
    }

    private TextCommands.Reply type(String name, String args, ChatUser who) {
        return commands.run(name, args, who, ONCALL, Locale.ENGLISH);
    }

    @Test
    void incidentsListsTheActiveOnesAsCardsWithTheirButtons() {
        var id = open("text-commands");

        var reply = type("incidents", "", STRANGER);

        assertThat(reply.text()).startsWith("Active incidents: ");
        assertThat(reply.cards()).hasSizeLessThanOrEqualTo(ChatTextCommands.MOST_CARDS);
        assertThat(incidents.active().size() <= ChatTextCommands.MOST_CARDS
                ? reply.cards().stream().anyMatch(c -> c.incidentId() == id) : reply.text().contains("most severe"))
                .isTrue();
        assertThat(reply.cards().getFirst().buttons()).extracting(b -> b.action().name()).contains("ESCALATE");
    }

    @Test
    void ackAndResolveWithANoteGoThroughTheSameChecksAsTheButtons() {
        var id = open("text-commands");

        assertThat(type("ack", "#" + id, STRANGER).text()).isEqualTo(
                "Only engineers can acknowledge incidents. Ask an on-call engineer.");
        assertThat(type("ack", Long.toString(id), ENGINEER).text()).startsWith("Incident #" + id + " acknowledged");
        assertThat(type("resolve", id + " rolled back the deploy", ENGINEER).text()).isEqualTo("Incident #" + id + " resolved.");

        var incident = incidents.find(id).orElseThrow();
        assertThat(incident.status()).isEqualTo(IncidentStatus.RESOLVED);
        assertThat(incident.timeline()).extracting(TimelineLine::text).contains("rolled back the deploy");
    }

    @Test
    void aCommandWithoutItsNumberSaysHowItIsUsed() {
        assertThat(type("ack", "", ENGINEER).text()).startsWith("Usage: /ack N");
        assertThat(type("resolve", "soon", ENGINEER).text()).startsWith("Usage: /resolve N");
        assertThat(type("escalate", "-3", ENGINEER).text()).startsWith("Usage: /escalate N");
        assertThat(type("help", "", STRANGER).text()).contains("/incidents").contains("/escalate N").contains("/link CODE");
        assertThat(commands.run("help", "", STRANGER, ONCALL, Locale.forLanguageTag("ru")).text())
                .startsWith("Команды Alertify");
    }

    @Test
    void escalateWithoutATargetOpensThePickerAndWithOneEscalatesAtOnce() {
        var id = open("escalating");

        var picker = type("escalate", Long.toString(id), ENGINEER);
        assertThat(picker.dialog()).isEqualTo(new TextCommands.StartDialog("escalate",
                java.util.Map.of("incident", Long.toString(id))));

        assertThat(type("escalate", id + " esc-boris", ENGINEER).text()).startsWith("Escalated incident #" + id
                + ": Boris (slack");
        assertThat(type("escalate", id + " esc-boris", STRANGER).text()).startsWith("Only engineers can escalate");
        assertThat(type("escalate", id + " nobody-at-all", ENGINEER).text()).startsWith("I do not know nobody-at-all");
    }

    @Test
    void aOneTimeCodeLinksAChatAccountToItsPersonOnce() {
        people.put(new io.alertify.bot.people.Person("link-vera", "Vera", io.alertify.bot.api.Role.ENGINEER,
                java.time.ZoneId.of("Europe/Moscow"), Locale.forLanguageTag("ru"), null, null, null));
        var code = links.create("link-vera");
        var boris = new ChatUser(Channel.TELEGRAM, "7070", "vera");

        assertThat(type("link", code.code().toLowerCase(Locale.ROOT), boris).text())
                .isEqualTo("Готово: здесь вы — Vera, с ролью engineer.");
        assertThat(people.find("link-vera").orElseThrow().telegramUserId()).isEqualTo("7070");
        assertThat(type("link", code.code(), new ChatUser(Channel.TELEGRAM, "8080", "mallory")).text())
                .startsWith("That code is unknown or has expired");
        assertThat(type("link", "", boris).text()).as("linked: her own language now, whatever the chat's")
                .startsWith("Использование: /link КОД");
    }
}
