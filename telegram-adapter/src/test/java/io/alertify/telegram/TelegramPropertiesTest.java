package io.alertify.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.alertify.telegram.TelegramProperties.Mode;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.TelegramUrl;

class TelegramPropertiesTest {

    private static final String TOKEN = "123456:ABC-def";

    @Test
    void talksToTelegramByDefault() {
        var properties = new TelegramProperties(true, TOKEN, null, null, null, null);

        assertThat(properties.apiUrl()).isEqualTo("https://api.telegram.org");
        assertThat(properties.mode()).isEqualTo(Mode.POLLING);
        assertThat(properties.telegramUrl()).isEqualTo(new TelegramUrl("https", "api.telegram.org", 443, false));
    }

    @Test
    void takesSchemeHostAndPortFromTheApiUrl() {
        assertThat(new TelegramProperties(true, TOKEN, "http://127.0.0.1:8081", null, null, null).telegramUrl())
                .isEqualTo(new TelegramUrl("http", "127.0.0.1", 8081, false));
        assertThat(new TelegramProperties(true, TOKEN, "http://telegram-bot-api.internal/", null, null, null).telegramUrl())
                .isEqualTo(new TelegramUrl("http", "telegram-bot-api.internal", 80, false));
    }

    @Test
    void refusesAnApiUrlWithAPathBecauseTheLibraryCannotUseIt() {
        assertThatThrownBy(() -> new TelegramProperties(true, TOKEN, "https://proxy.example/telegram", null, null, null))
                .hasMessageContaining("alertify.telegram.api-url 'https://proxy.example/telegram' is invalid")
                .hasMessageContaining("path");
        assertThatThrownBy(() -> new TelegramProperties(true, TOKEN, "ftp://api.telegram.org", null, null, null))
                .hasMessageContaining("http or https");
    }

    @Test
    void needsATokenWhenEnabled() {
        assertThatThrownBy(() -> new TelegramProperties(true, " ", null, null, null, null))
                .hasMessageStartingWith("alertify.telegram.bot-token is missing");
    }

    @Test
    void needsAValidSecretInWebhookMode() {
        assertThatThrownBy(() -> new TelegramProperties(true, TOKEN, null, Mode.WEBHOOK, null, null))
                .hasMessageStartingWith("alertify.telegram.webhook-secret is missing or invalid");
        assertThatThrownBy(() -> new TelegramProperties(true, TOKEN, null, Mode.WEBHOOK, "has spaces in it", null))
                .hasMessageStartingWith("alertify.telegram.webhook-secret is missing or invalid");
        assertThat(new TelegramProperties(true, TOKEN, null, Mode.WEBHOOK, "Good_secret-1", null).webhookSecret())
                .isEqualTo("Good_secret-1");
    }

    @Test
    void registersTheWebhookItselfOnlyWithAPublicHttpsUrl() {
        var properties = new TelegramProperties(true, TOKEN, null, Mode.WEBHOOK, "Good_secret-1",
                "https://alertify.example.com/");
        assertThat(properties.webhookEndpoint()).contains("https://alertify.example.com/telegram/webhook");
        assertThat(new TelegramProperties(true, TOKEN, null, Mode.WEBHOOK, "Good_secret-1", null).webhookEndpoint())
                .as("without webhook-url the operator registers it").isEmpty();
        assertThat(new TelegramProperties(true, TOKEN, null, Mode.POLLING, null, "https://alertify.example.com")
                .webhookEndpoint()).as("polling needs no webhook").isEmpty();

        assertThatThrownBy(() -> new TelegramProperties(true, TOKEN, null, Mode.WEBHOOK, "Good_secret-1",
                "http://alertify.example.com"))
                .hasMessageStartingWith("alertify.telegram.webhook-url 'http://alertify.example.com' is invalid")
                .hasMessageContaining("https");
        assertThatThrownBy(() -> new TelegramProperties(true, TOKEN, null, Mode.WEBHOOK, "Good_secret-1",
                "https://alertify.example.com:9443"))
                .hasMessageContaining("ports 443, 80, 88 and 8443");
    }

    @Test
    void checksNothingWhenDisabled() {
        assertThat(new TelegramProperties(false, null, null, Mode.WEBHOOK, null, "not even a url").enabled()).isFalse();
    }

    @Test
    void neverPrintsItsSecrets() {
        var properties = new TelegramProperties(true, TOKEN, null, Mode.WEBHOOK, "Good_secret-1", null);

        assertThat(properties.toString()).doesNotContain(TOKEN).doesNotContain("Good_secret-1").contains("<hidden>");
    }
}
