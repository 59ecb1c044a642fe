package io.alertify.bot.command;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * One run of a script per incident at a time, across bot replicas: a row in {@code chat_requests}
 * claims the run and is deleted when it ends. A claim left by a crashed process lapses after
 * {@link #STALE}, longer than any script may run.
 */
class RunningRemediations {

    static final Duration STALE = Duration.ofMinutes(15);

    private final JdbcClient jdbc;
    private final Clock clock;

    RunningRemediations(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** False when the script is already running for the incident. */
    boolean start(String script, long incidentId) {
        var key = key(script, incidentId);
        var now = clock.instant().atOffset(ZoneOffset.UTC);
        jdbc.sql("delete from chat_requests where request_id = ? and seen_at < ?").params(key, now.minus(STALE)).update();
        return jdbc.sql("insert into chat_requests (request_id, seen_at) values (?, ?) on conflict do nothing")
                .params(key, now)
                .update() == 1;
    }

    void finish(String script, long incidentId) {
        jdbc.sql("delete from chat_requests where request_id = ?").param(key(script, incidentId)).update();
    }

    private static String key(String script, long incidentId) {
        return "running:" + script + ":" + incidentId;
    }
}
