package io.alertify.bot.oncall;

import io.alertify.bot.people.PeopleStore;
import io.alertify.bot.web.ForbiddenException;
import io.alertify.bot.web.InvalidFieldException;
import io.alertify.bot.web.NotFoundException;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /schedules}: the shifts of a schedule over a window, and its overrides. Admins write any
 * override; an engineer only one that covers their own shift or that they take themselves (their API
 * client id is their person id).
 */
@RestController
@RequestMapping("/schedules")
public class ScheduleController {

    private static final Duration LONGEST_WINDOW = Duration.ofDays(90);

    private final OnCallSchedules schedules;
    private final OverrideStore overrides;
    private final PeopleStore people;
    private final Clock clock;

    public ScheduleController(OnCallSchedules schedules, OverrideStore overrides, PeopleStore people, Clock clock) {
        this.schedules = schedules;
        this.overrides = overrides;
        this.people = people;
        this.clock = clock;
    }

    public record ShiftJson(String person, Instant from, Instant until) {
    }

    @tools.jackson.databind.annotation.JsonNaming(tools.jackson.databind.PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record OverrideJson(Long id, String person, Instant from, Instant until, String createdBy) {
    }

    /** Who is on call from {@code from} (default now) for {@code days} days (default 7), hand-off by hand-off. */
    @GetMapping("/{name}/shifts")
    public List<ShiftJson> shifts(@PathVariable String name,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant from,
            @RequestParam(defaultValue = "7") int days) {
        if (days < 1 || days > LONGEST_WINDOW.toDays()) {
            throw new InvalidFieldException("days", "must be between 1 and " + LONGEST_WINDOW.toDays());
        }
        var schedule = schedule(name);
        var start = from != null ? from : clock.instant();
        var end = start.plus(Duration.ofDays(days));
        var result = new ArrayList<ShiftJson>();
        var at = start;
        while (at.isBefore(end)) {
            var now = schedule.onCall(at);
            if (now.isPresent()) {
                result.add(new ShiftJson(now.get().person(), at, min(now.get().until(), end)));
                at = now.get().until();
            } else {
                var next = schedule.next(at);
                if (next.isEmpty() || !next.get().from().isBefore(end)) {
                    break;
                }
                at = next.get().from();
            }
        }
        return result;
    }

    @GetMapping("/{name}/overrides")
    public List<OverrideJson> overrides(@PathVariable String name) {
        schedule(name);
        return overrides.of(name, clock.instant()).stream().map(ScheduleController::json).toList();
    }

    @PostMapping("/{name}/overrides")
    public ResponseEntity<OverrideJson> add(@PathVariable String name, @RequestBody OverrideJson body,
            HttpServletRequest request) {
        var schedule = schedule(name);
        if (body.person() == null || people.find(body.person()).isEmpty()) {
            throw new InvalidFieldException("person", "must be the id of a person in /people");
        }
        if (body.from() == null || body.until() == null || !body.until().isAfter(body.from())) {
            throw new InvalidFieldException("until", "from and until are required, until after from "
                    + "(ISO-8601 instants such as 2026-12-04T14:00:00Z)");
        }
        var caller = request.getUserPrincipal() == null ? "anonymous" : request.getUserPrincipal().getName();
        if (!request.isUserInRole("ADMIN") && !caller.equals(body.person())
                && !schedule.onCall(body.from()).map(s -> s.person()).filter(caller::equals).isPresent()) {
            throw new ForbiddenException("person", "an engineer may only override their own shift or take one "
                    + "themselves; ask an admin for anyone else's");
        }
        var override = new ShiftOverride(body.person(), body.from(), body.until());
        var id = overrides.add(name, override, caller);
        return ResponseEntity.status(HttpStatus.CREATED).body(new OverrideJson(id, body.person(), body.from(),
                body.until(), caller));
    }

    @DeleteMapping("/{name}/overrides/{id}")
    public ResponseEntity<Void> delete(@PathVariable String name, @PathVariable long id, HttpServletRequest request) {
        var stored = overrides.find(id).filter(o -> o.schedule().equals(name))
                .orElseThrow(() -> new NotFoundException("id", "schedule " + name + " has no override " + id));
        var caller = request.getUserPrincipal() == null ? "anonymous" : request.getUserPrincipal().getName();
        if (!request.isUserInRole("ADMIN") && !Objects.equals(caller, stored.createdBy())) {
            throw new ForbiddenException("id", "only whoever wrote an override, or an admin, may remove it");
        }
        overrides.delete(id);
        return ResponseEntity.noContent().build();
    }

    private Schedule schedule(String name) {
        return schedules.find(name).orElseThrow(() -> new NotFoundException("name", "there is no schedule '" + name
                + "' (see GET /oncall for the schedules)"));
    }

    private static OverrideJson json(OverrideStore.Stored stored) {
        return new OverrideJson(stored.id(), stored.override().person(), stored.override().from(),
                stored.override().until(), stored.createdBy());
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
