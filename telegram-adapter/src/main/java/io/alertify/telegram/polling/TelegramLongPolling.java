package io.alertify.telegram.polling;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.alertify.telegram.client.Redaction;
import io.alertify.telegram.updates.TelegramUpdates;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.telegram.telegrambots.longpolling.TelegramBotsLongPollingApplication;
import org.telegram.telegrambots.longpolling.util.DefaultGetUpdatesGenerator;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;

/**
 * Long polling (the default mode): the library's {@link TelegramBotsLongPollingApplication} asks
 * getUpdates in a loop on one thread and hands each batch to {@link TelegramUpdates}, in order.
 *
 * <p>Registering calls deleteWebhook first. If Telegram cannot be reached then, the application still
 * starts (Alertify is more than a Telegram bot) and registration is tried again every
 * {@link #RETRY_DELAY}. On shutdown the held getUpdates call is cancelled rather than waited for (the
 * library logs that cancelled call once, as an error from {@code BotSession}: expected, and harmless).
 */
public final class TelegramLongPolling implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(TelegramLongPolling.class);

    static final Duration RETRY_DELAY = Duration.ofSeconds(30);

    private final String token;
    private final TelegramUrl url;
    private final TelegramUpdates updates;
    private final Redaction redaction;

    private OkHttpClient http;
    private ScheduledExecutorService poller;
    private TelegramBotsLongPollingApplication application;
    private volatile boolean running;

    public TelegramLongPolling(String token, TelegramUrl url, TelegramUpdates updates) {
        this.token = token;
        this.url = url;
        this.updates = updates;
        this.redaction = new Redaction(token);
    }

    @Override
    public synchronized void start() {
        if (running) {
            return;
        }
        // getUpdates holds the connection for up to 50 s (the library's timeout), so reads may take longer.
        http = new OkHttpClient.Builder()
                .connectTimeout(Duration.ofSeconds(10))
                .readTimeout(Duration.ofSeconds(75))
                .writeTimeout(Duration.ofSeconds(30))
                .build();
        poller = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform()
                .name("telegram-polling").daemon(true).factory());
        running = true;
        // Registering calls Telegram (deleteWebhook): done on the polling thread so startup never waits for it.
        poller.execute(this::register);
    }

    private void register() {
        if (!running) {
            return;
        }
        var candidate = new TelegramBotsLongPollingApplication(ObjectMapper::new, () -> http, () -> poller);
        try {
            candidate.registerBot(token, () -> url, new DefaultGetUpdatesGenerator(TelegramUpdates.ALLOWED_UPDATES),
                    this::consume);
        } catch (TelegramApiException e) {
            closeQuietly(candidate);
            if (running) {
                log.warn("Telegram long polling could not start ({}); trying again in {} s",
                        redaction.apply(e.getMessage()), RETRY_DELAY.toSeconds());
                retryLater();
            }
            return;
        }
        synchronized (this) {
            if (running) {
                application = candidate;
                log.info("Telegram long polling started against {}://{}:{}", url.getSchema(), url.getHost(),
                        url.getPort());
                return;
            }
        }
        closeQuietly(candidate);
    }

    private void retryLater() {
        try {
            poller.schedule(this::register, RETRY_DELAY.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            log.debug("Not retrying Telegram long polling: stopping");
        }
    }

    private void consume(List<Update> batch) {
        batch.forEach(updates::handle);
    }

    @Override
    public void stop() {
        TelegramBotsLongPollingApplication app;
        synchronized (this) {
            if (!running) {
                return;
            }
            running = false;
            app = application;
            application = null;
        }
        // Abort the held getUpdates (or a pending deleteWebhook) instead of waiting up to 50 s for it.
        http.dispatcher().cancelAll();
        if (app != null) {
            closeQuietly(app);
        }
        poller.shutdownNow();
        try {
            if (!poller.awaitTermination(10, TimeUnit.SECONDS)) {
                log.warn("Telegram polling thread did not stop within 10 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
        log.info("Telegram long polling stopped");
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void closeQuietly(TelegramBotsLongPollingApplication app) {
        try {
            app.close();
        } catch (Exception e) {
            log.debug("Closing the Telegram polling session failed: {}", redaction.apply(e.getMessage()));
        }
    }
}
