package io.alertify.slack.interaction;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the work behind a click or a slash command after Slack has its acknowledgement. Slack gives an
 * app three seconds to answer and then shows the user an error, while a command may run a remediation
 * script for much longer; so handlers ack at once and do the work here.
 */
public final class AfterAck implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(AfterAck.class);

    private final ExecutorService executor;

    public AfterAck(int threads) {
        this.executor = Executors.newFixedThreadPool(threads, Thread.ofPlatform().name("slack-after-ack-", 1).factory());
    }

    /** Runs {@code work} in the background; {@code what} names it in the log if it fails. */
    public void run(String what, Runnable work) {
        executor.execute(() -> {
            try {
                work.run();
            } catch (RuntimeException e) {
                log.error("Slack {} failed after it was acknowledged", what, e);
            }
        });
    }

    /** Lets running work finish on shutdown, briefly: a click that is cut off can be repeated. */
    @Override
    public void close() throws InterruptedException {
        executor.shutdown();
        if (!executor.awaitTermination(10, TimeUnit.SECONDS)) {
            executor.shutdownNow();
        }
    }
}
