package io.alertify.bot.oncall;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /oncall}: who is on call now and who is next, per schedule. */
@RestController
public class OnCallController {

    private final OnCallSchedules schedules;
    private final Clock clock;

    public OnCallController(OnCallSchedules schedules, Clock clock) {
        this.schedules = schedules;
        this.clock = clock;
    }

    /** Who is on call, and until when (when the next turn begins). */
    public record Now(String person, Instant until) {
    }

    public record Next(String person, Instant from, Instant until) {
    }

    /** {@code now} is null when nobody is on call, {@code next} when nobody is within 90 days. */
    public record ScheduleNow(String schedule, Now now, Next next) {
    }

    @GetMapping("/oncall")
    public List<ScheduleNow> onCall() {
        var at = clock.instant();
        return schedules.all().stream()
                .map(s -> new ScheduleNow(s.name(),
                        s.onCall(at).map(shift -> new Now(shift.person(), shift.until())).orElse(null),
                        s.next(at).map(shift -> new Next(shift.person(), shift.from(), shift.until())).orElse(null)))
                .toList();
    }
}
