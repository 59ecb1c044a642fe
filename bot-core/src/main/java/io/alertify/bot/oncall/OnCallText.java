package io.alertify.bot.oncall;

import io.alertify.bot.api.OnCall;
import io.alertify.bot.api.Texts;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.stream.Collectors;

/** {@link OnCall} from the schedules; times in UTC, which everybody in a shared chat can convert. */
final class OnCallText implements OnCall {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("EEE d MMM HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    private final OnCallSchedules schedules;
    private final Texts texts;
    private final Clock clock;

    OnCallText(OnCallSchedules schedules, Texts texts, Clock clock) {
        this.schedules = schedules;
        this.texts = texts;
        this.clock = clock;
    }

    @Override
    public String describe(Locale locale) {
        var all = schedules.all();
        if (all.isEmpty()) {
            return OnCall.noSchedules(texts).describe(locale);
        }
        var at = clock.instant();
        return all.stream().map(schedule -> {
            var now = schedule.onCall(at)
                    .map(shift -> texts.get(locale, "bot.oncall.now", schedule.name(), shift.person(),
                            time(shift.until(), locale)))
                    .orElseGet(() -> texts.get(locale, "bot.oncall.nobody", schedule.name()));
            var next = schedule.next(at)
                    .map(shift -> texts.get(locale, "bot.oncall.next", shift.person(), time(shift.from(), locale)))
                    .orElse("");
            return now + next;
        }).collect(Collectors.joining("\n"));
    }

    private static String time(Instant at, Locale locale) {
        return TIME.withLocale(locale).format(at);
    }
}
