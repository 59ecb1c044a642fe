package io.alertify.bot.oncall;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** One rotation of a schedule, applying only inside its restrictions (all the time without any). */
public record Layer(String name, Rotation rotation, List<Restriction> restrictions) {

    public Layer {
        restrictions = restrictions == null ? List.of() : List.copyOf(restrictions);
    }

    /** Who this layer has on call at {@code at}: nobody outside its restrictions. */
    Optional<String> personAt(Instant at) {
        if (!restrictions.isEmpty() && restrictions.stream().noneMatch(r -> r.covers(at, rotation.zone()))) {
            return Optional.empty();
        }
        return rotation.shiftAt(at).map(Shift::person);
    }

    /** Instants after {@code at} where this layer's answer may change. */
    Stream<Instant> edgesAfter(Instant at) {
        var handOff = rotation.shiftAt(at).map(Shift::until).orElse(rotation.startOf(0));
        return Stream.concat(Stream.of(handOff).filter(edge -> edge.isAfter(at)),
                restrictions.stream().flatMap(r -> r.edgesAfter(at, rotation.zone())));
    }
}
