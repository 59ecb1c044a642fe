package io.alertify.bot.command;

import io.alertify.bot.api.ChatRequests;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@link ChatRequests} in {@code chat_requests}: the insert either claims the id or finds it taken, in
 * one statement, so two replicas that get the same redelivered request run it once. Ids are kept for a
 * day, far longer than any platform retries or any signature window.
 */
class StoredChatRequests implements ChatRequests {

    private static final Duration KEPT = Duration.ofDays(1);

    private final JdbcClient jdbc;
    private final Clock clock;
    private long inserts;

    StoredChatRequests(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public boolean firstTime(String requestId) {
        var now = clock.instant().atOffset(ZoneOffset.UTC);
        var claimed = jdbc.sql("insert into chat_requests (request_id, seen_at) values (?, ?) on conflict do nothing")
                .params(requestId.length() > 200 ? requestId.substring(0, 200) : requestId, now)
                .update() == 1;
        if (claimed && ++inserts % 1000 == 0) {
            jdbc.sql("delete from chat_requests where seen_at < ?").param(now.minus(KEPT)).update();
        }
        return claimed;
    }
}
