package io.alertify.deploy.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.alertify.bot.escalation.Escalations;
import io.alertify.slack.FakeSlackApi;
import io.alertify.telegram.FakeTelegramBotApi;
import io.alertify.telegram.FakeUser;
import java.time.Duration;
import java.time.Instant;
import org.springframework.test.context.DynamicPropertyRegistry;
import tools.jackson.databind.JsonNode;

/**
 * An incident nobody answers, as the README walks through it: the route's Telegram group gets the card,
 * Olga (on call in "primary") gets it in her private Telegram chat, a minute later Pavel gets it as a
 * Slack DM, then the policy starts again; Olga acknowledges from her DM and the paging stops. A second
 * incident is escalated from its card with the Escalate picker and reaches Pavel at once.
 *
 * <p>The policy's waits are a minute; the scheduler runs steps as they fall due in real time, and the
 * journey moves time on by running {@link Escalations#runDue} with a later instant.
 */
final class EscalationJourney {

    static final String OLGA_CHAT = "111";
    static final String PAVEL_DM = "DU0PAVEL";
    /** Known to Alertify, but she never wrote to the bot: Telegram refuses to let it write to her. */
    static final FakeUser VERA = new FakeUser(333, "vera", "Vera", "ru");

    private final ApiClient api;
    private final String engineer;
    private final FakeSlackApi slack;
    private final FakeTelegramBotApi telegram;
    private final Escalations escalations;
    private final long group;
    private final FakeUser olga;

    EscalationJourney(ApiClient api, String engineer, FakeSlackApi slack, FakeTelegramBotApi telegram,
            Escalations escalations, long group, FakeUser olga) {
        this.api = api;
        this.engineer = engineer;
        this.slack = slack;
        this.telegram = telegram;
        this.escalations = escalations;
        this.group = group;
        this.olga = olga;
    }

    /**
     * Olga (on call in "primary") and Pavel, a route for billing and ledger whose policy pages Olga in
     * Telegram and a minute later Pavel in Slack, once more after another minute.
     */
    static void register(DynamicPropertyRegistry registry, FakeTelegramBotApi telegram, long group, FakeUser olga) {
        // Olga pressed Start in a private chat with the bot long ago: only then may a Telegram bot write to her
        telegram.chats().started(olga.id());
        registry.add("alertify.people[0].id", () -> "olga");
        registry.add("alertify.people[0].role", () -> "engineer");
        registry.add("alertify.people[0].time-zone", () -> "Europe/Moscow");
        registry.add("alertify.people[0].locale", () -> "ru");
        registry.add("alertify.people[0].telegram-user-id", () -> Long.toString(olga.id()));
        registry.add("alertify.people[1].id", () -> "pavel");
        registry.add("alertify.people[1].role", () -> "engineer");
        registry.add("alertify.people[1].time-zone", () -> "Europe/Berlin");
        registry.add("alertify.people[1].locale", () -> "en");
        registry.add("alertify.people[1].slack-user-id", () -> "U0PAVEL");
        registry.add("alertify.people[2].id", () -> "vera");
        registry.add("alertify.people[2].role", () -> "engineer");
        registry.add("alertify.people[2].time-zone", () -> "Europe/Moscow");
        registry.add("alertify.people[2].locale", () -> "ru");
        registry.add("alertify.people[2].telegram-user-id", () -> Long.toString(VERA.id()));
        registry.add("alertify.escalation.policies[0].name", () -> "billing");
        registry.add("alertify.escalation.policies[0].repeats", () -> "1");
        registry.add("alertify.escalation.policies[0].steps[0].channel", () -> "telegram:" + group);
        registry.add("alertify.escalation.policies[0].steps[1].on-call", () -> "primary");
        registry.add("alertify.escalation.policies[0].steps[2].wait", () -> "1m");
        registry.add("alertify.escalation.policies[0].steps[3].people", () -> "pavel");
        registry.add("alertify.escalation.policies[0].steps[4].wait", () -> "1m");
        registry.add("alertify.routing.routes[0].name", () -> "billing");
        registry.add("alertify.routing.routes[0].match.services", () -> "billing,ledger");
        registry.add("alertify.routing.routes[0].policy", () -> "billing");
        registry.add("alertify.routing.routes[0].channels", () -> "telegram:" + group);
        registry.add("alertify.escalation.tick", () -> "1s");
    }

    void climbsUntilAcknowledgedFromADirectMessage() {
        var opened = Instant.now();
        long id = open("billing");

        await().until(() -> sentTo(Long.toString(group), "a:ESCALATE:" + id) != null);
        var olgasCard = await().until(() -> sentTo(OLGA_CHAT, "a:ACKNOWLEDGE:" + id), r -> r != null);
        assertThat(slackDmPosts(id)).as("Pavel's turn comes after the wait").isZero();

        escalations.runDue(opened.plus(Duration.ofMinutes(1)).plusSeconds(5));
        await().until(() -> slackDmPosts(id) == 1);
        assertThat(slack.calls("conversations.open")).anySatisfy(c -> assertThat(c.param("users")).isEqualTo("U0PAVEL"));

        // two minutes: the policy again from the top, a nudge in the thread of Olga's card
        escalations.runDue(opened.plus(Duration.ofMinutes(2)).plusSeconds(10));
        await().until(() -> telegram.requests("sendmessage").stream().anyMatch(r ->
                r.body().path("chat_id").asString().equals(OLGA_CHAT)
                        && r.body().path("text").asString().startsWith("Всё ещё не подтверждено")));

        var ack = telegram.updates().callbackQuery(olga.id(), messageId(olgasCard), olga, "a:ACKNOWLEDGE:" + id);
        telegram.updates().enqueue(ack);
        await().until(() -> status(id).equals("acknowledged"));
        var pagesBefore = slackDmPosts(id) + slackDmSays();
        escalations.runDue(opened.plus(Duration.ofMinutes(20)));
        assertThat(slackDmPosts(id) + slackDmSays()).as("acknowledged: nobody is paged any more").isEqualTo(pagesBefore);
        assertThat(ApiClient.json(api.get("/escalations", engineer)).toString()).contains("\"incident\":" + id)
                .contains("\"state\":\"acknowledged\"");
    }

    void escalateFromTheCardJumpsAStep() {
        long id = open("ledger");
        var card = await().until(() -> sentTo(Long.toString(group), "a:ESCALATE:" + id), r -> r != null);
        await().until(() -> sentTo(OLGA_CHAT, "a:ACKNOWLEDGE:" + id) != null);

        var press = telegram.updates().callbackQuery(group, messageId(card), olga, "a:ESCALATE:" + id);
        telegram.updates().enqueue(press);
        var picker = await().until(() -> telegram.requests("sendmessage").stream().filter(r ->
                r.body().path("chat_id").asString().equals(Long.toString(group))
                        && r.body().path("text").asString().contains("#" + id)
                        && r.body().toString().contains(":next")).findFirst().orElse(null), r -> r != null);
        var next = callbackData(picker, ":next");
        telegram.updates().enqueue(telegram.updates().callbackQuery(group, messageId(picker), olga, next));

        await().until(() -> slackDmPosts(id) == 1);
        await().until(() -> timeline(id).contains("Escalated by olga"));
    }

    /** Silence from a card in Telegram: the picker, "1 hour", and incidents like it stay out of chat. */
    void silenceFromTheCardKeepsTheLikeOfItOutOfChat() {
        long id = open("vault");
        var card = await().until(() -> sentTo(Long.toString(group), "a:SILENCE:" + id), r -> r != null);

        telegram.updates().enqueue(telegram.updates().callbackQuery(group, messageId(card), olga, "a:SILENCE:" + id));
        var picker = await().until(() -> telegram.requests("sendmessage").stream().filter(r ->
                r.body().path("chat_id").asString().equals(Long.toString(group))
                        && r.body().toString().contains(":1h")).findFirst().orElse(null), r -> r != null);
        telegram.updates().enqueue(telegram.updates().callbackQuery(group, messageId(picker), olga,
                callbackData(picker, ":1h")));

        await().until(() -> ApiClient.json(api.get("/silences", engineer)).toString().contains("service=vault"));
        long later = open("vault");
        await().until(() -> timeline(later).contains("silenced"));
        assertThat(sentTo(Long.toString(group), "a:ACKNOWLEDGE:" + later)).as("muted: no card").isNull();
    }

    /** Telegram refuses a page to Vera until she writes to the bot; then it goes, without an admin. */
    void aPageRefusedBeforeSomeoneStartedTheBotGoesOnceTheyDo() {
        telegram.chats().neverStarted(VERA.id());
        long id = open("vault-2");
        assertThat(api.post("/incidents/" + id + "/escalate", engineer, "{\"to\":\"person:vera\"}").statusCode())
                .isEqualTo(200);
        // a chat Alertify never wrote to is taken on by the notifier at its next lease round (up to 10 s)
        await().atMost(Duration.ofSeconds(40)).until(() -> ApiClient.json(api.get("/destinations", engineer)).toString()
                .contains("can't initiate"));

        telegram.updates().enqueue(telegram.updates().textMessage(VERA.id(), VERA, "/start"));
        await().atMost(Duration.ofSeconds(40)).until(() -> sentTo(Long.toString(VERA.id()), "a:ACKNOWLEDGE:" + id) != null);
    }

    private long open(String service) {
        var created = api.post("/incidents/test", engineer, "{\"service\":\"" + service + "\",\"severity\":\"critical\"}");
        assertThat(created.statusCode()).isEqualTo(201);
        return ApiClient.json(created).path("id").asLong();
    }

    private FakeTelegramBotApi.Request sentTo(String chat, String containing) {
        return telegram.requests("sendmessage").stream().filter(r -> r.body().path("chat_id").asString().equals(chat)
                && r.body().toString().contains(containing) && r.status() == 200).findFirst().orElse(null);
    }

    private long slackDmPosts(long id) {
        return slack.calls("chat.postMessage").stream().filter(c -> c.ok() && PAVEL_DM.equals(c.param("channel"))
                && c.param("blocks") != null && c.param("blocks").contains("a:ACKNOWLEDGE:" + id)).count();
    }

    private long slackDmSays() {
        return slack.calls("chat.postMessage").stream().filter(c -> c.ok() && PAVEL_DM.equals(c.param("channel"))
                && c.param("blocks") == null).count();
    }

    private String status(long id) {
        return ApiClient.json(api.get("/incidents/" + id, engineer)).path("status").asString();
    }

    private String timeline(long id) {
        return ApiClient.json(api.get("/incidents/" + id, engineer)).path("timeline").toString();
    }

    private static int messageId(FakeTelegramBotApi.Request sent) {
        return sent.response().path("result").path("message_id").asInt();
    }

    private static String callbackData(FakeTelegramBotApi.Request sent, String ending) {
        for (JsonNode row : sent.body().path("reply_markup").path("inline_keyboard")) {
            for (JsonNode button : row) {
                var data = button.path("callback_data").asString();
                if (data.endsWith(ending)) {
                    return data;
                }
            }
        }
        throw new AssertionError("no button ending " + ending + " in " + sent.body());
    }
}
