package io.alertify.bot.delivery;

import io.alertify.bot.api.Channel;
import io.alertify.bot.api.Destination;
import io.alertify.bot.incident.Clip;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@code notification_jobs}. A card job stays one row per card and destination while queued
 * ({@code pending_key}), so a change that arrives while the card waits only brings its time forward;
 * the card is rendered when sent and shows the newest state. A job being sent leaves that slot
 * ({@code state = sending}), so a change during the call queues a fresh job rather than being lost.
 */
final class JobStore {

    static final String QUEUED = "queued";
    static final String SENDING = "sending";
    static final String DELIVERED = "delivered";
    static final String SUPERSEDED = "superseded";
    static final String EXPIRED = "expired";
    static final String REFUSED = "refused";

    private static final String COLUMNS = "id, channel, address, kind, subject, incident_id, text, locale, attempts, "
            + "created_at, next_attempt_at, in_doubt, last_error";

    private final JdbcClient jdbc;

    JobStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Queues the card, or brings its queued job forward to {@code notBefore}; part of the caller's transaction. */
    void enqueueCard(Destination destination, String subject, Long incidentId, Locale locale, Instant now,
            Instant notBefore) {
        var key = Job.pendingKey(destination, subject);
        var inserted = jdbc.sql("insert into notification_jobs (channel, address, kind, subject, incident_id, locale, "
                        + "pending_key, state, attempts, created_at, next_attempt_at, in_doubt) "
                        + "values (?, ?, 'card', ?, ?, ?, ?, 'queued', 0, ?, ?, false) on conflict do nothing")
                .params(destination.channel().wireName(), destination.address(), subject, incidentId,
                        locale.toLanguageTag(), key, time(now), time(notBefore))
                .update();
        if (inserted == 0) {
            jdbc.sql("update notification_jobs set next_attempt_at = least(next_attempt_at, ?), "
                            + "incident_id = coalesce(?, incident_id) where pending_key = ?")
                    .params(time(notBefore), incidentId, key)
                    .update();
        }
    }

    void enqueueSay(Destination destination, String subject, Long incidentId, String text, Locale locale,
            Instant now) {
        jdbc.sql("insert into notification_jobs (channel, address, kind, subject, incident_id, text, locale, "
                        + "state, attempts, created_at, next_attempt_at, in_doubt) "
                        + "values (?, ?, 'say', ?, ?, ?, ?, 'queued', 0, ?, ?, false)")
                .params(destination.channel().wireName(), destination.address(), subject, incidentId,
                        Clip.to(text, 4000), locale.toLanguageTag(), time(now), time(now))
                .update();
    }

    /** Queued jobs due by {@code now}, oldest first. */
    List<Job> due(Instant now, int limit) {
        return jdbc.sql("select " + COLUMNS + " from notification_jobs where state = 'queued' and next_attempt_at <= ? "
                        + "order by next_attempt_at, id limit ?")
                .params(time(now), limit)
                .query(JobStore::job)
                .list();
    }

    /** Takes the job out of its card's slot for the call; false when another notifier was faster. */
    boolean startSending(Job job) {
        return jdbc.sql("update notification_jobs set state = 'sending', pending_key = null, attempts = attempts + 1 "
                        + "where id = ? and state = 'queued'")
                .param(job.id())
                .update() == 1;
    }

    void finish(Job job, String state, String error, Instant now) {
        jdbc.sql("update notification_jobs set state = ?, pending_key = null, last_error = ?, done_at = ? where id = ?")
                .params(state, Clip.to(error, 1000), time(now), job.id())
                .update();
    }

    /**
     * Queues a job that failed for another attempt at {@code at}. A card that got a newer job meanwhile
     * is folded into it (which inherits the doubt), so each card keeps one queued job.
     */
    void retry(Job job, Instant at, String error, boolean inDoubt) {
        var doubt = inDoubt || job.inDoubt();
        if (job.kind() == Job.Kind.SAY) {
            requeue(job, null, at, error, doubt);
            return;
        }
        var key = Job.pendingKey(job.destination(), job.subject());
        for (int attempt = 0; attempt < 3; attempt++) {
            var merged = jdbc.sql("update notification_jobs set in_doubt = (in_doubt or ?), "
                            + "next_attempt_at = greatest(next_attempt_at, ?), last_error = ? where pending_key = ?")
                    .params(doubt, time(at), Clip.to(error, 1000), key)
                    .update();
            if (merged == 1) {
                finish(job, SUPERSEDED, error, at);
                return;
            }
            try {
                requeue(job, key, at, error, doubt);
                return;
            } catch (DuplicateKeyException e) {
                // A newer job took the slot between the two statements: fold into it.
            }
        }
        throw new IllegalStateException("could not requeue notification job " + job.id());
    }

    private void requeue(Job job, String key, Instant at, String error, boolean doubt) {
        jdbc.sql("update notification_jobs set state = 'queued', pending_key = ?, next_attempt_at = ?, last_error = ?, "
                        + "in_doubt = ? where id = ?")
                .params(key, time(at), Clip.to(error, 1000), doubt, job.id())
                .update();
    }

    /**
     * Jobs a stopped notifier left mid-call, for destinations this one now owns: queued again, in doubt,
     * because nobody knows whether the platform got them.
     */
    List<Job> interrupted(List<Destination> owned) {
        return jdbc.sql("select " + COLUMNS + " from notification_jobs where state = 'sending'")
                .query(JobStore::job)
                .list()
                .stream()
                .filter(job -> owned.contains(job.destination()))
                .toList();
    }

    /** Queued (or mid-call) jobs older than {@code before}. */
    List<Job> olderThan(Instant before) {
        return jdbc.sql("select " + COLUMNS + " from notification_jobs where state in ('queued', 'sending') "
                        + "and created_at < ? order by id")
                .param(time(before))
                .query(JobStore::job)
                .list();
    }

    /** True when the card has a job queued or being sent at {@code destination}. */
    boolean hasQueued(Destination destination, String subject) {
        return jdbc.sql("select count(*) from notification_jobs where channel = ? and address = ? and subject = ? "
                        + "and kind = 'card' and state in ('queued', 'sending')")
                .params(destination.channel().wireName(), destination.address(), subject)
                .query(Integer.class)
                .single() > 0;
    }

    /** Cards still waiting for their first post at {@code destination}. */
    int waitingPosts(Destination destination) {
        return jdbc.sql("select count(*) from notification_jobs j where j.channel = ? and j.address = ? "
                        + "and j.kind = 'card' and j.state in ('queued', 'sending') and not exists (select 1 from "
                        + "posted_cards p where p.channel = j.channel and p.address = j.address and p.subject = j.subject)")
                .params(destination.channel().wireName(), destination.address())
                .query(Integer.class)
                .single();
    }

    /** Moves the queued jobs of a chat that moved (Telegram group → supergroup) to its new address. */
    void readdress(Destination from, Destination to) {
        var jobs = jdbc.sql("select " + COLUMNS + " from notification_jobs where channel = ? and address = ? "
                        + "and state = 'queued'")
                .params(from.channel().wireName(), from.address())
                .query(JobStore::job)
                .list();
        for (var job : jobs) {
            var key = job.kind() == Job.Kind.CARD ? Job.pendingKey(to, job.subject()) : null;
            try {
                jdbc.sql("update notification_jobs set address = ?, pending_key = ? where id = ?")
                        .params(to.address(), key, job.id())
                        .update();
            } catch (DuplicateKeyException e) {
                finish(job, SUPERSEDED, "moved to " + to, job.nextAttemptAt());
            }
        }
    }

    /** Per destination: jobs queued and the oldest one's creation, for metrics and the API. */
    List<Backlog> backlog() {
        return jdbc.sql("select channel, address, count(*) as jobs, min(created_at) as oldest from notification_jobs "
                        + "where state in ('queued', 'sending') group by channel, address")
                .query((rs, n) -> new Backlog(destination(rs), rs.getLong("jobs"), instant(rs, "oldest")))
                .list();
    }

    record Backlog(Destination destination, long jobs, Instant oldest) {
    }

    private static Job job(ResultSet rs, int row) throws SQLException {
        var incident = rs.getObject("incident_id", Long.class);
        return new Job(rs.getLong("id"), destination(rs), Job.Kind.valueOf(rs.getString("kind").toUpperCase(Locale.ROOT)),
                rs.getString("subject"), incident, rs.getString("text"),
                Locale.forLanguageTag(rs.getString("locale")), rs.getInt("attempts"), instant(rs, "created_at"),
                instant(rs, "next_attempt_at"), rs.getBoolean("in_doubt"), rs.getString("last_error"));
    }

    static Destination destination(ResultSet rs) throws SQLException {
        return new Destination(Channel.parse(rs.getString("channel")), rs.getString("address"));
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        var value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    static OffsetDateTime time(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
