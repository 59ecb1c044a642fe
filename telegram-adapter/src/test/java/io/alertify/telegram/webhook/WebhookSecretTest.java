package io.alertify.telegram.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WebhookSecretTest {

    private final WebhookSecret secret = new WebhookSecret("s3cret_token");

    @Test
    void matchesOnlyTheExactSecret() {
        assertThat(secret.matches("s3cret_token")).isTrue();
        assertThat(secret.matches("s3cret_tokeN")).isFalse();
        assertThat(secret.matches("s3cret_token ")).isFalse();
        assertThat(secret.matches("")).isFalse();
        assertThat(secret.matches(null)).isFalse();
    }

    @Test
    void neverPrintsTheSecret() {
        assertThat(secret.toString()).doesNotContain("s3cret_token");
    }
}
