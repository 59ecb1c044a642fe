package io.alertify.telegram.webhook;

import io.alertify.telegram.client.BotApi;
import io.alertify.telegram.client.TelegramCallException;
import io.alertify.telegram.updates.TelegramUpdates;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Webhook mode: with {@code alertify.telegram.webhook-url} set, tells Telegram where to post updates
 * (setWebhook with the secret token and the update types Alertify handles), so nobody has to call the Bot
 * API by hand. Done off the startup thread: if Telegram cannot be reached the application still starts and
 * the call is tried again every {@link #RETRY_DELAY}. Without it, says once how to register by hand.
 */
public final class WebhookRegistration implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(WebhookRegistration.class);

    static final Duration RETRY_DELAY = Duration.ofSeconds(30);

    private final BotApi api;
    private final Optional<String> endpoint;
    private final String secretToken;
    private ScheduledExecutorService worker;
    private volatile boolean registered;

    /** @param endpoint the public address Telegram should post to; empty when the operator registers it */
    public WebhookRegistration(BotApi api, Optional<String> endpoint, String secretToken) {
        this.api = api;
        this.endpoint = endpoint;
        this.secretToken = secretToken;
    }

    @Override
    public synchronized void start() {
        if (worker != null) {
            return;
        }
        if (endpoint.isEmpty()) {
            log.info("Telegram webhook mode: register https://<this host>{} with setWebhook and the secret token, "
                    + "or set alertify.telegram.webhook-url and Alertify does it at startup",
                    TelegramWebhookController.PATH);
            return;
        }
        worker = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform()
                .name("telegram-webhook").daemon(true).factory());
        worker.execute(this::register);
    }

    private void register() {
        try {
            api.setWebhook(endpoint.get(), secretToken, TelegramUpdates.ALLOWED_UPDATES);
            registered = true;
            log.info("Telegram webhook registered: Telegram now posts updates to {}", endpoint.get());
        } catch (TelegramCallException e) {
            log.warn("Could not register the Telegram webhook {} ({}); trying again in {} s", endpoint.get(),
                    e.getMessage(), RETRY_DELAY.toSeconds());
            try {
                worker.schedule(this::register, RETRY_DELAY.toMillis(), TimeUnit.MILLISECONDS);
            } catch (RejectedExecutionException stopping) {
                log.debug("Not retrying the Telegram webhook registration: stopping");
            }
        }
    }

    /** Whether Telegram accepted the webhook. */
    public boolean registered() {
        return registered;
    }

    @Override
    public synchronized void stop() {
        if (worker != null) {
            worker.shutdownNow();
            worker = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return worker != null;
    }
}
