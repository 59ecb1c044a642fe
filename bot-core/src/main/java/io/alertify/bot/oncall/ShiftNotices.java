package io.alertify.bot.oncall;

import io.alertify.bot.api.Texts;
import io.alertify.bot.delivery.DeliveryPlanner;
import io.alertify.bot.people.PeopleStore;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.function.Consumer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Tells the person going on call, in their own chat, language and time zone: "You are on call for
 * primary until Mon 9 Mar 09:00". Remembered per schedule in the database, so each hand-off is told once.
 */
public final class ShiftNotices implements Consumer<Instant> {

    private final OnCallSchedules schedules;
    private final PeopleStore people;
    private final DeliveryPlanner planner;
    private final Texts texts;
    private final JdbcClient database;
    private final TransactionTemplate transactions;

    public ShiftNotices(OnCallSchedules schedules, PeopleStore people, DeliveryPlanner planner, Texts texts,
            JdbcClient database, TransactionTemplate transactions) {
        this.schedules = schedules;
        this.people = people;
        this.planner = planner;
        this.texts = texts;
        this.database = database;
        this.transactions = transactions;
    }

    @Override
    public void accept(Instant now) {
        for (var schedule : schedules.all()) {
            schedule.onCall(now).ifPresent(shift -> transactions.executeWithoutResult(status -> {
                var told = database.sql("select person from shift_notices where schedule = ?").param(schedule.name())
                        .query(String.class).optional();
                if (told.filter(shift.person()::equals).isPresent()) {
                    return;
                }
                var person = people.find(shift.person()).filter(p -> !p.destinations().isEmpty());
                if (person.isEmpty()) {
                    return; // told once they can be reached (a chat linked, an email set)
                }
                var updated = database.sql("update shift_notices set person = ?, shift_from = ? where schedule = ?")
                        .params(shift.person(), Timestamp.from(now), schedule.name()).update();
                if (updated == 0) {
                    database.sql("insert into shift_notices (schedule, person, shift_from) values (?, ?, ?)")
                            .params(schedule.name(), shift.person(), Timestamp.from(now)).update();
                }
                person.ifPresent(p -> {
                    var until = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                            .withLocale(p.locale()).withZone(p.timeZone()).format(shift.until());
                    var text = texts.get(p.locale(), "bot.oncall.shift-start", schedule.name(), until);
                    p.destinations().forEach(d -> planner.say(d, "oncall:" + schedule.name(), null, text));
                });
            }));
        }
    }
}
