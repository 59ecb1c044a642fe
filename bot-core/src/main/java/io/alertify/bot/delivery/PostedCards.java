package io.alertify.bot.delivery;

import io.alertify.bot.api.Destination;
import io.alertify.bot.api.MessageRef;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The card log ({@code posted_cards}): which message shows which card where, so it is posted once. */
final class PostedCards {

    private final JdbcClient jdbc;

    PostedCards(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<MessageRef> find(Destination destination, String subject) {
        return jdbc.sql("select message_id from posted_cards where channel = ? and address = ? and subject = ?")
                .params(destination.channel().wireName(), destination.address(), subject)
                .query(String.class)
                .optional()
                .map(id -> new MessageRef(destination, id));
    }

    void record(String subject, MessageRef message, Instant at) {
        try {
            jdbc.sql("insert into posted_cards (channel, address, subject, message_id, posted_at) values (?, ?, ?, ?, ?)")
                    .params(message.destination().channel().wireName(), message.destination().address(), subject,
                            message.messageId(), JobStore.time(at))
                    .update();
        } catch (DuplicateKeyException e) {
            // Only one notifier sends to a destination; a second row can only be the same card again.
        }
    }

    /** Where {@code subject} is shown. */
    List<MessageRef> shown(String subject) {
        return jdbc.sql("select channel, address, message_id from posted_cards where subject = ? order by id")
                .param(subject)
                .query((rs, n) -> new MessageRef(JobStore.destination(rs), rs.getString("message_id")))
                .list();
    }

    /** Cards of open groups last posted or brought up before {@code before}: due for a reminder. */
    List<Reminder> dueForReminder(Instant before) {
        return jdbc.sql("select p.id, p.channel, p.address, p.subject from posted_cards p join incident_groups g "
                        + "on p.subject = concat('group:', cast(g.id as varchar(20))) where g.active_key is not null "
                        + "and coalesce(p.reminded_at, p.posted_at) < ?")
                .param(JobStore.time(before))
                .query((rs, n) -> new Reminder(rs.getLong("id"), JobStore.destination(rs), rs.getString("subject")))
                .list();
    }

    void reminded(long id, Instant at) {
        jdbc.sql("update posted_cards set reminded_at = ? where id = ?").params(JobStore.time(at), id).update();
    }

    record Reminder(long id, Destination destination, String subject) {
    }
}
