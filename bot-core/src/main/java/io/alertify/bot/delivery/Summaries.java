package io.alertify.bot.delivery;

import io.alertify.bot.api.Destination;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Storm summaries: per destination, at most one open summary card ({@code summary:<id>}) that stands
 * for every group that joined it. It stays open until all its groups have closed.
 */
final class Summaries {

    private final JdbcClient jdbc;

    Summaries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The open summary covering {@code groupId} at {@code destination}. */
    Optional<Long> covering(Destination destination, long groupId) {
        return jdbc.sql("select s.id from delivery_summaries s join delivery_summary_groups m on m.summary_id = s.id "
                        + "where s.channel = ? and s.address = ? and m.group_id = ? and s.active_key is not null")
                .params(destination.channel().wireName(), destination.address(), groupId)
                .query(Long.class)
                .optional();
    }

    /** Adds the group to the destination's open summary, opening one if needed; returns its id. */
    long join(Destination destination, long groupId, Instant now) {
        var key = activeKey(destination);
        jdbc.sql("insert into delivery_summaries (channel, address, active_key, opened_at) values (?, ?, ?, ?) "
                        + "on conflict do nothing")
                .params(destination.channel().wireName(), destination.address(), key, JobStore.time(now))
                .update();
        var id = jdbc.sql("select id from delivery_summaries where active_key = ?").param(key).query(Long.class).single();
        jdbc.sql("insert into delivery_summary_groups (summary_id, group_id) values (?, ?) on conflict do nothing")
                .params(id, groupId)
                .update();
        return id;
    }

    List<Long> groups(long summaryId) {
        return jdbc.sql("select group_id from delivery_summary_groups where summary_id = ? order by group_id")
                .param(summaryId)
                .query(Long.class)
                .list();
    }

    /** Closes the summaries whose groups are all closed, so that the next storm gets a new card. */
    void closeFinished() {
        jdbc.sql("update delivery_summaries set active_key = null where active_key is not null and not exists ("
                        + "select 1 from delivery_summary_groups m join incident_groups g on g.id = m.group_id "
                        + "where m.summary_id = delivery_summaries.id and g.active_key is not null)")
                .update();
    }

    private static String activeKey(Destination destination) {
        return destination.channel().wireName() + "|" + destination.address();
    }
}
