package io.alertify.bot.people;

import io.alertify.bot.api.Channel;
import io.alertify.bot.api.Role;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** People in the database, the one place that says who someone is. */
public final class PeopleStore {

    private final JdbcClient database;
    private final TransactionTemplate transactions;

    public PeopleStore(JdbcClient database, TransactionTemplate transactions) {
        this.database = database;
        this.transactions = transactions;
    }

    public List<Person> all() {
        return database.sql("select * from people order by id").query(PeopleStore::row).list();
    }

    public Optional<Person> find(String id) {
        return database.sql("select * from people where id = ?").param(id).query(PeopleStore::row).optional();
    }

    /** The person a chat platform knows by {@code userId}, for Slack and Telegram. */
    public Optional<Person> byChat(Channel channel, String userId) {
        var column = channel == null ? null : switch (channel) {
            case SLACK -> "slack_user_id";
            case TELEGRAM -> "telegram_user_id";
            default -> null;
        };
        if (channel == null || column == null || userId == null) {
            return Optional.empty();
        }
        return database.sql("select * from people where " + column + " = ?").param(userId.strip())
                .query(PeopleStore::row).optional();
    }

    /** The language of a person's direct chat or mailbox, when {@code destination} is one. */
    public Optional<Locale> localeOf(io.alertify.bot.api.Destination destination) {
        var person = destination.channel() == Channel.EMAIL
                ? database.sql("select * from people where email = ?").param(destination.address()).query(PeopleStore::row)
                        .optional()
                : byChat(destination.channel(), destination.address());
        return person.map(Person::locale);
    }

    /** Creates or replaces a person; true when they are new. */
    public boolean put(Person person) {
        return Boolean.TRUE.equals(transactions.execute(status -> {
            var replaced = database.sql("update people set name = ?, role = ?, time_zone = ?, locale = ?, "
                    + "slack_user_id = ?, telegram_user_id = ?, email = ? where id = ?").params(values(person)).update();
            if (replaced == 0) {
                database.sql("insert into people (name, role, time_zone, locale, slack_user_id, telegram_user_id, "
                        + "email, id) values (?, ?, ?, ?, ?, ?, ?, ?)").params(values(person)).update();
            }
            return replaced == 0;
        }));
    }

    public boolean delete(String id) {
        return database.sql("delete from people where id = ?").param(id).update() > 0;
    }

    /** In column order, the id last: it is the WHERE of an update and the last column of an insert. */
    private static Object[] values(Person p) {
        return new Object[] {p.name(), p.role().name().toLowerCase(Locale.ROOT), p.timeZone().getId(),
                p.locale().toLanguageTag(), p.slackUserId(), p.telegramUserId(), p.email(), p.id()};
    }

    private static Person row(ResultSet rs, int n) throws SQLException {
        return new Person(rs.getString("id"), rs.getString("name"), Role.parse(rs.getString("role")),
                ZoneId.of(rs.getString("time_zone")), Locale.forLanguageTag(rs.getString("locale")),
                rs.getString("slack_user_id"), rs.getString("telegram_user_id"), rs.getString("email"));
    }
}
