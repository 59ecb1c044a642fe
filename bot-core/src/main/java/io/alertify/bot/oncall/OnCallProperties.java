package io.alertify.bot.oncall;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Period;
import java.time.ZoneId;
import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code alertify.oncall.schedules}: schedules as code. Checked while binding, so a wrong zone, shift
 * length or day stops the start with the schedule's and layer's index in the message.
 * <pre>
 * alertify:
 *   oncall:
 *     schedules:
 *       - name: primary
 *         layers:
 *           - name: weekly
 *             zone: Europe/Berlin
 *             start: 2026-03-02T09:00
 *             shift: P7D            # P1D, P7D: local hand-off time; PT12H: absolute hours
 *             people: [anna, boris, chen]
 *           - name: office
 *             zone: Europe/Berlin
 *             start: 2026-03-02T09:00
 *             shift: P1D
 *             people: [dana]
 *             restrictions:
 *               - days: [MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY]
 *                 from: "09:00"
 *                 to: "18:00"
 *       - name: imported
 *         ical: https://acme.pagerduty.com/private/feed.ics   # or a file; read again every hour
 * </pre>
 */
@ConfigurationProperties("alertify.oncall")
public record OnCallProperties(List<ScheduleSpec> schedules) {

    public OnCallProperties {
        schedules = schedules == null ? List.of() : List.copyOf(schedules);
    }

    /** @param ical an iCalendar feed (file or http(s) URL) the schedule is read from instead of layers */
    public record ScheduleSpec(String name, List<LayerSpec> layers, String ical) {
    }

    public record LayerSpec(String name, String zone, String start, String shift, List<String> people,
                            List<RestrictionSpec> restrictions) {
    }

    public record RestrictionSpec(List<String> days, String from, String to) {
    }

    /** Where each imported schedule's iCalendar feed is, by schedule name. */
    public Map<String, String> feeds() {
        var feeds = new LinkedHashMap<String, String>();
        schedules.stream().filter(s -> s.ical() != null && !s.ical().isBlank())
                .forEach(s -> feeds.put(s.name(), s.ical().trim()));
        return feeds;
    }

    /** The schedules made of layers, or the first mistake, named by its place in the configuration. */
    public List<Schedule> toSchedules() {
        var result = new ArrayList<Schedule>();
        var names = new HashSet<String>();
        for (int s = 0; s < schedules.size(); s++) {
            var spec = schedules.get(s);
            var where = "alertify.oncall.schedules[" + s + "]";
            if (spec.name() == null || spec.name().isBlank() || !names.add(spec.name())) {
                throw new IllegalArgumentException(where + ".name: every schedule needs a name of its own");
            }
            boolean feed = spec.ical() != null && !spec.ical().isBlank();
            if (feed == (spec.layers() != null && !spec.layers().isEmpty())) {
                throw new IllegalArgumentException(where + ": a schedule has either layers or an ical feed");
            }
            if (feed) {
                continue;
            }
            var layers = new ArrayList<Layer>();
            for (int l = 0; l < spec.layers().size(); l++) {
                layers.add(layer(spec.layers().get(l), where + ".layers[" + l + "]"));
            }
            result.add(new Schedule(spec.name(), layers, List.of()));
        }
        return List.copyOf(result);
    }

    private static Layer layer(LayerSpec spec, String where) {
        try {
            var zone = ZoneId.of(required(spec.zone(), "zone"));
            var start = LocalDateTime.parse(required(spec.start(), "start"));
            var shift = required(spec.shift(), "shift");
            Object length = shift.toUpperCase(Locale.ROOT).contains("T") ? Duration.parse(shift) : Period.parse(shift);
            var rotation = Rotation.of(zone, start, length, spec.people() == null ? List.of() : spec.people());
            var restrictions = spec.restrictions() == null ? List.<Restriction>of()
                    : spec.restrictions().stream().map(OnCallProperties::restriction).toList();
            return new Layer(spec.name() == null ? "layer" : spec.name(), rotation, restrictions);
        } catch (DateTimeException | IllegalArgumentException e) {
            throw new IllegalArgumentException(where + ": " + e.getMessage() + " (zone like Europe/Berlin, start like "
                    + "2026-03-02T09:00, shift like P7D or PT12H, at least one person)", e);
        }
    }

    private static Restriction restriction(RestrictionSpec spec) {
        Set<DayOfWeek> days = spec.days() == null ? Restriction.WEEKDAYS
                : Set.copyOf(spec.days().stream().map(d -> DayOfWeek.valueOf(d.trim().toUpperCase(Locale.ROOT))).toList());
        return new Restriction(days, LocalTime.parse(required(spec.from(), "from")), LocalTime.parse(required(spec.to(), "to")));
    }

    private static String required(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is required");
        }
        return value.trim();
    }
}
