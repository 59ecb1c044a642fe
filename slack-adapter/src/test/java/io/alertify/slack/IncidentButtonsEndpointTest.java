package io.alertify.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.alertify.bot.api.Action;
import io.alertify.bot.api.ActionCommand;
import io.alertify.bot.api.ActionPayload;
import io.alertify.bot.api.Channel;
import io.alertify.bot.api.ChatUser;
import io.alertify.bot.api.Destination;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Button presses on incident cards, through Bolt's signature check, into bot-core's commands. */
class IncidentButtonsEndpointTest extends SlackEndpointTestSupport {

    private static final String OPS = "C0OPS";
    private static final String CARD_TS = "1764050400.000100";

    @Test
    void aSignedClickBecomesAnActionCommand() throws Exception {
        var response = postSigned(click(Action.ACKNOWLEDGE, 42));

        assertThat(response.statusCode()).isEqualTo(200);
        await().until(() -> !commands.received().isEmpty());
        assertThat(commands.received()).singleElement().satisfies(command -> {
            assertThat(command.incidentId()).isEqualTo(42);
            assertThat(command.action()).isEqualTo(Action.ACKNOWLEDGE);
            assertThat(command.actor()).isEqualTo(new ChatUser(Channel.SLACK, ALICE, "alice"));
            assertThat(command.origin()).isEqualTo(new Destination(Channel.SLACK, OPS));
            assertThat(command.requestId()).as("bot-core runs each press once by this id")
                    .matches("slack:T0ALERTIFY:U0ALICE:1764050401\\.\\d{6}");
        });
    }

    @Test
    void theSameSignedRequestSentTwiceRunsOnce() throws Exception {
        var body = click(Action.RESTART_POD, 7);
        var timestamp = String.valueOf(Instant.now().getEpochSecond());
        var signature = sign(SIGNING_SECRET, timestamp, body);

        assertThat(post(body, timestamp, signature).statusCode()).isEqualTo(200);
        assertThat(post(body, timestamp, signature).statusCode()).as("answered, so Slack stops retrying").isEqualTo(200);

        assertNothingButTheNextClickIsExecuted(7L);
    }

    @Test
    void aSignedRequestStampedInTheFutureIsRefused() throws Exception {
        var body = click(Action.RESTART_POD, 7);
        var inTenMinutes = String.valueOf(Instant.now().plus(10, ChronoUnit.MINUTES).getEpochSecond());

        var response = post(body, inTenMinutes, sign(SIGNING_SECRET, inTenMinutes, body));

        assertThat(response.statusCode()).isEqualTo(401);
        assertNothingButTheNextClickIsExecuted();
    }

    @Test
    void aRefusedCommandIsShownOnlyToTheClicker() throws Exception {
        commands.refuse(Action.RESOLVE, "Resolving needs the engineer role; you are a user.");

        postSigned(click(Action.RESOLVE, 42));

        await().until(() -> !slack.calls("chat.postEphemeral").isEmpty());
        var ephemeral = slack.calls("chat.postEphemeral").getFirst();
        assertThat(ephemeral.ok()).isTrue();
        assertThat(ephemeral.param("channel")).isEqualTo(OPS);
        assertThat(ephemeral.param("user")).isEqualTo(ALICE);
        assertThat(ephemeral.param("text")).isEqualTo("Resolving needs the engineer role; you are a user.");
        assertThat(slack.calls("chat.update")).as("bot-core updates cards, not the click handler").isEmpty();
    }

    @Test
    void aRequestSignedWithAnotherSecretIsRefused() throws Exception {
        var body = click(Action.RESTART_POD, 7);
        var timestamp = String.valueOf(Instant.now().getEpochSecond());

        var response = post(body, timestamp, sign("not-our-signing-secret", timestamp, body));

        assertThat(response.statusCode()).isEqualTo(401);
        assertNothingButTheNextClickIsExecuted();
    }

    @Test
    void aReplayedRequestWithAnOldTimestampIsRefused() throws Exception {
        var body = click(Action.RESTART_POD, 7);
        var tenMinutesAgo = String.valueOf(Instant.now().minus(10, ChronoUnit.MINUTES).getEpochSecond());

        var response = post(body, tenMinutesAgo, sign(SIGNING_SECRET, tenMinutesAgo, body));

        assertThat(response.statusCode()).isEqualTo(401);
        assertNothingButTheNextClickIsExecuted();
    }

    @Test
    void anUnsignedRequestIsRefused() throws Exception {
        var response = post(click(Action.RESTART_POD, 7), null, null);

        assertThat(response.statusCode()).isEqualTo(401);
        assertNothingButTheNextClickIsExecuted();
    }

    @Test
    void aTamperedBodyIsRefused() throws Exception {
        var timestamp = String.valueOf(Instant.now().getEpochSecond());
        var signature = sign(SIGNING_SECRET, timestamp, click(Action.ACKNOWLEDGE, 7));

        var response = post(click(Action.RESTART_POD, 7), timestamp, signature);

        assertThat(response.statusCode()).isEqualTo(401);
        assertNothingButTheNextClickIsExecuted();
    }

    /**
     * Commands run after the ack, so "nothing ran" is checked by sending a good click afterwards: once it
     * has arrived, a refused one queued before it would have arrived too.
     */
    private void assertNothingButTheNextClickIsExecuted(Long... before) throws Exception {
        assertThat(postSigned(click(Action.ACKNOWLEDGE, 8)).statusCode()).isEqualTo(200);
        await().until(() -> commands.received().stream().anyMatch(c -> c.incidentId() == 8L));
        var expected = new java.util.ArrayList<>(java.util.List.of(before));
        expected.add(8L);
        assertThat(commands.received()).extracting(ActionCommand::incidentId).containsExactlyElementsOf(expected);
    }

    private static String click(Action action, long incident) {
        return buttonClick(OPS, CARD_TS, "alertify-incident-" + action.name().toLowerCase(Locale.ROOT),
                new ActionPayload(action, incident).encode());
    }
}
