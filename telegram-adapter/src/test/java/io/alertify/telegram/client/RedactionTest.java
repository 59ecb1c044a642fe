package io.alertify.telegram.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;

class RedactionTest {

    private static final String TOKEN = "123456:ABC-secret";

    private final Redaction redaction = new Redaction(TOKEN);

    @Test
    void blanksTheTokenOutOfText() {
        assertThat(redaction.apply("POST https://api.telegram.org/bot" + TOKEN + "/sendmessage failed"))
                .isEqualTo("POST https://api.telegram.org/bot<token>/sendmessage failed");
    }

    @Test
    void copiesAnExceptionChainWithoutTheTokenButWithItsStackTraces() {
        var io = new IOException("unexpected end of stream on http://host/bot" + TOKEN + "/getupdates");
        var outer = new IllegalStateException("call failed", io);

        var copy = redaction.copy(outer);

        assertThat(copy).hasMessage("java.lang.IllegalStateException: call failed");
        assertThat(copy.getCause()).hasMessage(
                "java.io.IOException: unexpected end of stream on http://host/bot<token>/getupdates");
        assertThat(copy.getCause().getStackTrace()).isEqualTo(io.getStackTrace());
    }
}
