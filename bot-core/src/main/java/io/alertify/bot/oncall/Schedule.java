package io.alertify.bot.oncall;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Who is on call: the latest override covering the moment, else the highest layer that has someone
 * then (layers are listed lowest first, as in PagerDuty and Grafana OnCall: a business-hours layer on
 * top of a round-the-clock one). Times are instants; each rotation keeps its own zone.
 */
public record Schedule(String name, List<Layer> layers, List<ShiftOverride> overrides) {

    /** How far ahead "next" looks: beyond this a schedule has nobody next, as far as we can tell. */
    static final Duration HORIZON = Duration.ofDays(90);

    public Schedule {
        layers = List.copyOf(layers);
        overrides = overrides == null ? List.of() : List.copyOf(overrides);
    }

    public Schedule withOverride(ShiftOverride override) {
        return new Schedule(name, layers, Stream.concat(overrides.stream(), Stream.of(override)).toList());
    }

    /** Who is on call at {@code at}, and until when; empty when nobody is. */
    public Optional<Shift> onCall(Instant at) {
        return personAt(at).map(person -> new Shift(person, at, changeAfter(at, person)));
    }

    /** The shift after the one running at {@code at} (or the first one, when nobody is on call then). */
    public Optional<Shift> next(Instant at) {
        var now = personAt(at);
        var change = changeAfter(at, now.orElse(null));
        var limit = at.plus(HORIZON);
        while (change.isBefore(limit)) {
            var person = personAt(change);
            if (person.isPresent()) {
                return Optional.of(new Shift(person.get(), change, changeAfter(change, person.get())));
            }
            change = changeAfter(change, null);
        }
        return Optional.empty();
    }

    private Optional<String> personAt(Instant at) {
        for (int i = overrides.size() - 1; i >= 0; i--) {
            if (overrides.get(i).covers(at)) {
                return Optional.of(overrides.get(i).person());
            }
        }
        for (int i = layers.size() - 1; i >= 0; i--) {
            var person = layers.get(i).personAt(at);
            if (person.isPresent()) {
                return person;
            }
        }
        return Optional.empty();
    }

    /** The first instant after {@code at} at which someone other than {@code person} (or nobody) is on call. */
    private Instant changeAfter(Instant at, String person) {
        var limit = at.plus(HORIZON);
        var t = at;
        while (t.isBefore(limit)) {
            var edge = nextEdge(t);
            if (edge.isEmpty() || !edge.get().isBefore(limit)) {
                return limit;
            }
            t = edge.get();
            if (!Objects.equals(personAt(t).orElse(null), person)) {
                return t;
            }
        }
        return limit;
    }

    private Optional<Instant> nextEdge(Instant at) {
        return Stream.concat(layers.stream().flatMap(layer -> layer.edgesAfter(at)),
                        overrides.stream().flatMap(o -> Stream.of(o.from(), o.until())).filter(e -> e.isAfter(at)))
                .min(Instant::compareTo);
    }
}
