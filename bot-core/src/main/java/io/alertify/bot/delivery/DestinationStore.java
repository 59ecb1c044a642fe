package io.alertify.bot.delivery;

import io.alertify.bot.api.Destination;
import io.alertify.bot.incident.Clip;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@code notification_destinations}: every destination routed to, its health, a Retry-After in force,
 * and the notifier that owns its pacing. Ownership is a lease renewed by its owner, so that exactly one
 * notifier process paces a destination and a dead one's destinations pass to another after the lease.
 */
final class DestinationStore {

    private final JdbcClient jdbc;
    private final JobStore jobs;

    DestinationStore(JdbcClient jdbc, JobStore jobs) {
        this.jdbc = jdbc;
        this.jobs = jobs;
    }

    /** Makes sure the destination has a row; part of the enqueuing transaction. */
    void ensure(Destination destination, Instant now) {
        jdbc.sql("insert into notification_destinations (channel, address, state, changed_at) values (?, ?, 'ok', ?) "
                        + "on conflict do nothing")
                .params(destination.channel().wireName(), destination.address(), JobStore.time(now))
                .update();
    }

    /** Renews this notifier's leases and takes every destination nobody holds; returns those it owns. */
    List<Destination> claim(String owner, Instant now, Instant until) {
        jdbc.sql("update notification_destinations set owner = ?, lease_until = ? "
                        + "where owner = ? or owner is null or lease_until < ?")
                .params(owner, JobStore.time(until), owner, JobStore.time(now))
                .update();
        return jdbc.sql("select channel, address from notification_destinations where owner = ?")
                .param(owner)
                .query((rs, n) -> JobStore.destination(rs))
                .list();
    }

    /** Hands this notifier's destinations back at once (a clean stop), so the next owner need not wait. */
    void release(String owner) {
        jdbc.sql("update notification_destinations set owner = null, lease_until = null where owner = ?")
                .param(owner)
                .update();
    }

    /** True when it was healthy until now: the caller tells the operators once. */
    boolean markBroken(Destination destination, String reason, Instant now) {
        return jdbc.sql("update notification_destinations set state = 'broken', reason = ?, changed_at = ? "
                        + "where channel = ? and address = ? and state <> 'broken'")
                .params(Clip.to(reason, 1000), JobStore.time(now), destination.channel().wireName(),
                        destination.address())
                .update() == 1;
    }

    /** An admin fixed it: send again. False when there is no such destination. */
    boolean markHealthy(Destination destination, Instant now) {
        return jdbc.sql("update notification_destinations set state = 'ok', reason = null, changed_at = ?, "
                        + "blocked_until = null where channel = ? and address = ?")
                .params(JobStore.time(now), destination.channel().wireName(), destination.address())
                .update() == 1;
    }

    void markMoved(Destination destination, Destination to, Instant now) {
        jdbc.sql("update notification_destinations set state = 'moved', moved_to = ?, reason = ?, changed_at = ? "
                        + "where channel = ? and address = ?")
                .params(to.address(), "moved to " + to.address(), JobStore.time(now),
                        destination.channel().wireName(), destination.address())
                .update();
    }

    void blockUntil(Destination destination, Instant until) {
        jdbc.sql("update notification_destinations set blocked_until = ? where channel = ? and address = ?")
                .params(JobStore.time(until), destination.channel().wireName(), destination.address())
                .update();
    }

    /** Destinations nothing is sent to now: broken, or moved away. Cheap enough to ask on every pass. */
    java.util.Set<Destination> paused() {
        return new java.util.HashSet<>(jdbc.sql("select channel, address from notification_destinations where state <> 'ok'")
                .query((rs, n) -> JobStore.destination(rs))
                .list());
    }

    Optional<DestinationStatus> find(Destination destination) {
        return all().stream().filter(d -> d.destination().equals(destination)).findFirst();
    }

    List<DestinationStatus> all() {
        var backlog = new java.util.HashMap<Destination, JobStore.Backlog>();
        jobs.backlog().forEach(b -> backlog.put(b.destination(), b));
        return jdbc.sql("select channel, address, state, reason, changed_at, blocked_until, moved_to, owner "
                        + "from notification_destinations order by channel, address")
                .query((rs, n) -> {
                    var destination = JobStore.destination(rs);
                    var queued = backlog.get(destination);
                    return new DestinationStatus(destination, rs.getString("state"), rs.getString("reason"),
                            JobStore.instant(rs, "changed_at"), JobStore.instant(rs, "blocked_until"),
                            rs.getString("moved_to"), queued == null ? 0 : queued.jobs(),
                            queued == null ? null : queued.oldest(), rs.getString("owner"));
                })
                .list();
    }
}
