package io.alertify.telegram;

import io.alertify.telegram.webhook.TelegramWebhookController;
import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.telegram.telegrambots.meta.TelegramUrl;

/**
 * {@code alertify.telegram.*}. The token and the webhook secret come from the environment
 * ({@code ALERTIFY_TELEGRAM_BOT_TOKEN}, {@code ALERTIFY_TELEGRAM_WEBHOOK_SECRET}) and are never printed:
 * {@link #toString()} hides them.
 *
 * @param enabled       turns the adapter on; nothing Telegram-related starts otherwise
 * @param botToken      the token from @BotFather ({@code 123456:ABC-...}); it travels in every URL path
 * @param apiUrl        Bot API base, {@code scheme://host[:port]} without a path; tests point it at a fake
 * @param mode          how updates arrive: {@code polling} (getUpdates, the default: nothing to expose) or
 *                      {@code webhook} (Telegram posts to {@code /telegram/webhook})
 * @param webhookSecret the {@code secret_token} given to setWebhook; Telegram sends it back in the
 *                      {@code X-Telegram-Bot-Api-Secret-Token} header. Required in webhook mode
 * @param webhookUrl    optional, webhook mode: the public HTTPS address of this Alertify
 *                      ({@code https://alertify.example.com}); when set, Alertify registers
 *                      {@code <webhookUrl>/telegram/webhook} with Telegram itself at startup
 */
@ConfigurationProperties("alertify.telegram")
public record TelegramProperties(
        boolean enabled,
        String botToken,
        @DefaultValue(TelegramProperties.DEFAULT_API_URL) String apiUrl,
        @DefaultValue("polling") Mode mode,
        String webhookSecret,
        String webhookUrl) {

    public static final String DEFAULT_API_URL = "https://api.telegram.org";

    /** The only ports Telegram delivers webhooks to. */
    private static final Set<Integer> WEBHOOK_PORTS = Set.of(443, 80, 88, 8443);

    /** Telegram's own rule for secret_token: 1-256 characters, A-Z, a-z, 0-9, _ and -. */
    private static final Pattern SECRET_TOKEN = Pattern.compile("[A-Za-z0-9_-]{1,256}");

    public enum Mode { POLLING, WEBHOOK }

    public TelegramProperties {
        apiUrl = apiUrl == null || apiUrl.isBlank() ? DEFAULT_API_URL : apiUrl.trim();
        mode = mode == null ? Mode.POLLING : mode;
        if (enabled) {
            if (botToken == null || botToken.isBlank()) {
                throw new IllegalArgumentException("alertify.telegram.bot-token is missing: Telegram is enabled "
                        + "(alertify.telegram.enabled=true) but the bot token from @BotFather is not set; "
                        + "set it or disable Telegram");
            }
            if (mode == Mode.WEBHOOK && (webhookSecret == null || !SECRET_TOKEN.matcher(webhookSecret).matches())) {
                throw new IllegalArgumentException("alertify.telegram.webhook-secret is missing or invalid: "
                        + "alertify.telegram.mode=webhook needs the secret_token given to setWebhook "
                        + "(1-256 characters: A-Z, a-z, 0-9, _ and -), otherwise anyone could post updates");
            }
            parse(apiUrl);
            webhookUrl = webhookUrl == null || webhookUrl.isBlank() ? null : webhookUrl.strip().replaceAll("/+$", "");
            if (webhookUrl != null) {
                checkWebhookUrl(webhookUrl);
            }
        }
    }

    /** Where Telegram should post updates, when Alertify registers the webhook itself; empty otherwise. */
    public Optional<String> webhookEndpoint() {
        return mode == Mode.WEBHOOK && webhookUrl != null ? Optional.of(webhookUrl + TelegramWebhookController.PATH) : Optional.empty();
    }

    private static void checkWebhookUrl(String url) {
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            throw invalidWebhookUrl(url, "it is not a URL");
        }
        if (!"https".equalsIgnoreCase(uri.getScheme()) || uri.getHost() == null) {
            throw invalidWebhookUrl(url, "Telegram only posts to https://host addresses");
        }
        if (uri.getPort() != -1 && !WEBHOOK_PORTS.contains(uri.getPort())) {
            throw invalidWebhookUrl(url, "Telegram only posts to ports 443, 80, 88 and 8443");
        }
        if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw invalidWebhookUrl(url, "give the base address only; Alertify appends " + TelegramWebhookController.PATH);
        }
    }

    private static IllegalArgumentException invalidWebhookUrl(String url, String why) {
        return new IllegalArgumentException("alertify.telegram.webhook-url '" + url + "' is invalid: " + why
                + "; expected e.g. https://alertify.example.com");
    }

    /** {@link #apiUrl()} as the library wants it; it appends {@code /bot<token>/<method>} itself. */
    public TelegramUrl telegramUrl() {
        return parse(apiUrl);
    }

    private static TelegramUrl parse(String apiUrl) {
        URI uri;
        try {
            uri = URI.create(apiUrl);
        } catch (IllegalArgumentException e) {
            throw invalidUrl(apiUrl, "it is not a URL");
        }
        var scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw invalidUrl(apiUrl, "the scheme must be http or https");
        }
        if (uri.getHost() == null) {
            throw invalidUrl(apiUrl, "the host is missing");
        }
        var path = uri.getRawPath();
        if ((path != null && !path.isEmpty() && !path.equals("/")) || uri.getRawQuery() != null) {
            throw invalidUrl(apiUrl, "a path or query cannot be used: the library builds /bot<token>/<method> itself");
        }
        var port = uri.getPort() != -1 ? uri.getPort() : scheme.equals("https") ? 443 : 80;
        return new TelegramUrl(scheme, uri.getHost(), port, false);
    }

    private static IllegalArgumentException invalidUrl(String apiUrl, String why) {
        return new IllegalArgumentException("alertify.telegram.api-url '" + apiUrl + "' is invalid: " + why
                + "; expected scheme://host[:port], e.g. " + DEFAULT_API_URL);
    }

    @Override
    public String toString() {
        return "TelegramProperties[enabled=" + enabled + ", botToken=" + hidden(botToken) + ", apiUrl=" + apiUrl
                + ", mode=" + mode + ", webhookSecret=" + hidden(webhookSecret) + ", webhookUrl=" + webhookUrl + "]";
    }

    private static String hidden(String secret) {
        return secret == null || secret.isBlank() ? "<unset>" : "<hidden>";
    }
}
