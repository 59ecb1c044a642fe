package io.alertify.email;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import jakarta.mail.internet.InternetAddress;
import org.junit.jupiter.api.Test;

class MessageIdsTest {

    private final MessageIds ids = new MessageIds(address("Alertify <alertify@ops.example.com>"));

    @Test
    void incidentIdsNameTheIncidentAndTheSenderDomain() {
        assertThat(ids.forIncident(42)).matches("<incident-42\\.[0-9a-f-]{36}@ops\\.example\\.com>");
        assertThat(ids.forNote()).matches("<note\\.[0-9a-f-]{36}@ops\\.example\\.com>");
    }

    @Test
    void everyIdIsNew() {
        assertThat(ids.forIncident(42)).isNotEqualTo(ids.forIncident(42));
    }

    @Test
    void storedIdsBecomeSafeHeaderValues() {
        assertThat(MessageIds.asHeader("<a.1@example.com>")).isEqualTo("<a.1@example.com>");
        assertThat(MessageIds.asHeader("a.1@example.com")).isEqualTo("<a.1@example.com>");
        assertThat(MessageIds.asHeader("<a.1@example.com>\r\nBcc: x@evil.example")).doesNotContain("\r", "\n", " ");
        assertThatIllegalArgumentException().isThrownBy(() -> MessageIds.asHeader(" \n"));
    }

    private static InternetAddress address(String value) {
        try {
            return new InternetAddress(value, true);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
