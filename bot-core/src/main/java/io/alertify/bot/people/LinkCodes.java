package io.alertify.bot.people;

import io.alertify.bot.api.Channel;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Self-service linking: an admin asks the API for a one-time code for a person; the person says
 * {@code /link CODE} to the bot in Slack or Telegram, which proves that chat identity is theirs, and their
 * role applies there from then on. A code works once, for fifteen minutes.
 */
public final class LinkCodes {

    static final Duration VALID_FOR = Duration.ofMinutes(15);
    /** No 0/O, 1/I/L: a code is read off one screen and typed on another. */
    private static final char[] ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ".toCharArray();

    private final JdbcClient database;
    private final TransactionTemplate transactions;
    private final PeopleStore people;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public record Code(String code, Instant expiresAt) {
    }

    public enum Outcome { LINKED, UNKNOWN_CODE, TAKEN, NOT_A_CHAT }

    /** @param person the person linked, when {@link Outcome#LINKED} */
    public record Linked(Outcome outcome, Person person) {
    }

    public LinkCodes(JdbcClient database, TransactionTemplate transactions, PeopleStore people, Clock clock) {
        this.database = database;
        this.transactions = transactions;
        this.people = people;
        this.clock = clock;
    }

    public Code create(String personId) {
        var now = clock.instant();
        database.sql("delete from link_codes where expires_at < ? or person = ?").params(Timestamp.from(now), personId)
                .update();
        var code = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            code.append(ALPHABET[random.nextInt(ALPHABET.length)]);
        }
        var expires = now.plus(VALID_FOR);
        database.sql("insert into link_codes (code, person, expires_at) values (?, ?, ?)")
                .params(code.toString(), personId, Timestamp.from(expires)).update();
        return new Code(code.toString(), expires);
    }

    /** Links {@code userId} of {@code channel} to the code's person and spends the code. */
    public Linked redeem(String code, Channel channel, String userId) {
        if (channel != Channel.SLACK && channel != Channel.TELEGRAM) {
            return new Linked(Outcome.NOT_A_CHAT, null);
        }
        var typed = code == null ? "" : code.strip().toUpperCase(java.util.Locale.ROOT);
        try {
            return transactions.execute(status -> {
                var person = database.sql("select person from link_codes where code = ? and expires_at >= ?")
                        .params(typed, Timestamp.from(clock.instant())).query(String.class).optional()
                        .flatMap(people::find);
                if (person.isEmpty()) {
                    return new Linked(Outcome.UNKNOWN_CODE, null);
                }
                database.sql("delete from link_codes where code = ?").param(typed).update();
                var p = person.get();
                var linked = new Person(p.id(), p.name(), p.role(), p.timeZone(), p.locale(),
                        channel == Channel.SLACK ? userId : p.slackUserId(),
                        channel == Channel.TELEGRAM ? userId : p.telegramUserId(), p.email());
                people.put(linked);
                return new Linked(Outcome.LINKED, linked);
            });
        } catch (DuplicateKeyException e) {
            return new Linked(Outcome.TAKEN, null);
        }
    }
}
