package io.alertify.pipeline.detect;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Replays a posted series through a fresh detector and the flap damper and returns the incidents
 * that would have been opened: the core of the "what would have alerted" HTTP endpoint. Like the live
 * processor, an incident opens only at {@code minimum} severity or above and, once open, every anomalous
 * sample keeps it open.
 */
public final class IncidentReplay {

    /** One posted observation. */
    public record Point(Instant timestamp, double value) {
    }

    private IncidentReplay() {
    }

    /**
     * @param series       observations in arrival order
     * @param detectorSpec detector spec, see {@link Detectors}
     * @param damping      flap damper settings
     * @param minimum      the least severe incident that opens ({@link Severity#incident()})
     */
    public static List<Incident> replay(List<Point> series, String detectorSpec, FlapDamper.Config damping,
                                        io.alertify.pipeline.rules.Severity minimum) {
        Detector detector = Detectors.create(detectorSpec);
        FlapDamper damper = new FlapDamper(damping);
        List<Incident> incidents = new ArrayList<>();
        for (Point p : series) {
            Score s = detector.sample(p.timestamp().toEpochMilli(), p.value());
            boolean counts = s.anomalous() && (damper.isOpen() || s.severity().opens(minimum));
            FlapDamper.Transition tr = damper.onSample(p.timestamp(), counts ? s : Score.NONE);
            if (tr == FlapDamper.Transition.CLOSED) {
                record(incidents, damper.current());
            }
        }
        if (damper.isOpen()) {
            record(incidents, damper.current());
        }
        return incidents;
    }

    /** A re-opened incident closes again with the same start: it replaces its earlier record. */
    private static void record(List<Incident> incidents, Incident incident) {
        int last = incidents.size() - 1;
        if (last >= 0 && incidents.get(last).start().equals(incident.start())) {
            incidents.set(last, incident);
        } else {
            incidents.add(incident);
        }
    }
}
