package io.alertify.email;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.alertify.bot.api.Channel;
import io.alertify.bot.api.Destination;
import io.alertify.email.render.SampleCards;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import io.alertify.bot.api.DeliveryException;

/** Failures reach bot-core as exceptions, so its retry and circuit breaker see them, and never carry a password. */
class EmailNotifierFailureTest {

    private static final String PASSWORD = "correct-horse-battery";
    private static final String WRONG_PASSWORD = "wrong-Pa55word-never-shown";

    @RegisterExtension
    static final GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withConfiguration(GreenMailConfiguration.aConfig().withUser("alertify", PASSWORD));

    private static final Destination ONCALL = new Destination(Channel.EMAIL, "oncall@example.com");

    @Test
    void aServerThatIsDownIsWorthAnotherTry() throws IOException {
        var notifier = TestNotifiers.smtpOn(portWithNobodyListening());

        var failure = catchThrowableOfType(DeliveryException.class, () -> notifier.post(ONCALL, SampleCards.english()));

        assertThat(failure.kind()).isEqualTo(DeliveryException.Kind.RETRYABLE);
    }

    @Test
    void aRejectedLoginThrowsWithoutThePassword() {
        var notifier = TestNotifiers.smtpOn(smtp.getSmtp().getPort(), "alertify", WRONG_PASSWORD);

        var failure = catchThrowableOfType(DeliveryException.class,
                () -> notifier.post(ONCALL, SampleCards.english()));

        assertThat(failure.kind()).as("until an admin fixes the password").isEqualTo(DeliveryException.Kind.DESTINATION_BROKEN);
        assertThat(stackTrace(failure)).doesNotContain(WRONG_PASSWORD);
        assertThat(smtp.getReceivedMessages()).isEmpty();
    }

    @Test
    void theRightLoginSends() {
        var notifier = TestNotifiers.smtpOn(smtp.getSmtp().getPort(), "alertify", PASSWORD);

        notifier.post(ONCALL, SampleCards.english());

        await().until(() -> smtp.getReceivedMessages().length == 1);
    }

    @Test
    void aBadAddressBreaksThatDestination() {
        var notifier = TestNotifiers.smtpOn(smtp.getSmtp().getPort(), "alertify", PASSWORD);

        var failure = catchThrowableOfType(DeliveryException.class,
                () -> notifier.post(new Destination(Channel.EMAIL, "not an address"), SampleCards.english()));

        assertThat(failure.kind()).isEqualTo(DeliveryException.Kind.DESTINATION_BROKEN);
    }

    @Test
    void refusesDestinationsOfOtherChannels() {
        var notifier = TestNotifiers.smtpOn(smtp.getSmtp().getPort());

        assertThatIllegalArgumentException()
                .isThrownBy(() -> notifier.post(new Destination(Channel.SLACK, "C0123"), SampleCards.english()))
                .withMessageContaining("not an email destination");
    }

    /** A port that was free a moment ago; nothing listens on it, so connecting is refused at once. */
    private static int portWithNobodyListening() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static String stackTrace(Throwable failure) {
        var out = new StringWriter();
        failure.printStackTrace(new PrintWriter(out));
        return out.toString();
    }
}
