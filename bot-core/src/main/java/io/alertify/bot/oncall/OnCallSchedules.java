package io.alertify.bot.oncall;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The schedules Alertify knows: those written as layers in the configuration, and those imported from
 * an iCalendar feed (a file or an http(s) URL, as PagerDuty and Grafana OnCall publish them). A feed is
 * read again when it is an hour old; when that fails, the last copy stays in use and the log says why,
 * so a feed that is down for a while does not leave a schedule with nobody on call.
 */
public final class OnCallSchedules {

    private static final Logger log = LoggerFactory.getLogger(OnCallSchedules.class);

    static final Duration REFRESH_EVERY = Duration.ofHours(1);
    /** Shifts read ahead of now: what "next" can see. */
    static final Duration LOOK_AHEAD = Schedule.HORIZON;

    private final List<Schedule> configured;
    private final Map<String, String> feeds;
    private final OverrideStore overrides;
    private final Clock clock;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NORMAL).build();
    private final Map<String, Imported> imported = new ConcurrentHashMap<>();

    private record Imported(Schedule schedule, Instant readAt) {
    }

    /**
     * @param feeds     schedule name to feed location, for the schedules imported from iCalendar
     * @param overrides the overrides written through the API, laid over every schedule; null for none
     */
    public OnCallSchedules(List<Schedule> configured, Map<String, String> feeds, OverrideStore overrides, Clock clock) {
        this.configured = List.copyOf(configured);
        this.feeds = Map.copyOf(feeds);
        this.overrides = overrides;
        this.clock = clock;
    }

    /** Every schedule with the overrides written through the API. */
    public List<Schedule> all() {
        var all = new ArrayList<Schedule>();
        configured.forEach(s -> all.add(withStoredOverrides(s)));
        feeds.forEach((name, location) -> all.add(withStoredOverrides(imported(name, location))));
        return all;
    }

    public Optional<Schedule> find(String name) {
        var schedule = configured.stream().filter(s -> s.name().equals(name)).findFirst()
                .or(() -> Optional.ofNullable(feeds.get(name)).map(location -> imported(name, location)));
        return schedule.map(this::withStoredOverrides);
    }

    /** Who is on call in schedule {@code name} at {@code at}: empty when nobody is, or there is no such schedule. */
    public Optional<String> personOnCall(String name, Instant at) {
        return find(name).flatMap(s -> s.onCall(at)).map(Shift::person);
    }

    private Schedule withStoredOverrides(Schedule schedule) {
        if (overrides == null) {
            return schedule;
        }
        var result = schedule;
        for (var stored : overrides.of(schedule.name(), clock.instant().minus(Duration.ofDays(1)))) {
            result = result.withOverride(stored.override());
        }
        return result;
    }

    private Schedule imported(String name, String location) {
        var now = clock.instant();
        var last = imported.get(name);
        if (last != null && Duration.between(last.readAt(), now).compareTo(REFRESH_EVERY) < 0) {
            return last.schedule();
        }
        try (var feed = open(location)) {
            var shifts = ICalShifts.read(feed, now.minus(Duration.ofDays(1)), now.plus(LOOK_AHEAD));
            var schedule = new Schedule(name, List.of(), shifts);
            imported.put(name, new Imported(schedule, now));
            return schedule;
        } catch (IOException e) {
            log.warn("on-call schedule {}: could not read its iCalendar feed {} ({}); {}", name, location,
                    e.getMessage(), last == null ? "it has nobody on call until the feed can be read"
                            : "keeping the copy read at " + last.readAt());
            return last == null ? new Schedule(name, List.of(), List.of()) : last.schedule();
        }
    }

    private Reader open(String location) throws IOException {
        if (location.startsWith("http://") || location.startsWith("https://")) {
            try {
                var response = http.send(HttpRequest.newBuilder(URI.create(location)).timeout(Duration.ofSeconds(10))
                        .build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                if (response.statusCode() != 200) {
                    throw new IOException("HTTP " + response.statusCode());
                }
                return new StringReader(response.body());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted", e);
            }
        }
        var path = location.startsWith("file:") ? Path.of(URI.create(location)) : Path.of(location);
        return new InputStreamReader(Files.newInputStream(path), StandardCharsets.UTF_8);
    }
}
