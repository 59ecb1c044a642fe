package io.alertify.pipeline.anomaly;

import io.alertify.pipeline.bus.MetricSample;
import io.alertify.pipeline.detect.Detectors;
import io.alertify.pipeline.detect.FlapDamper;
import io.alertify.pipeline.rules.DetectorDefinition;
import io.alertify.pipeline.rules.SeriesDetector;
import io.alertify.pipeline.rules.SeriesKey;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Anomaly detection as a processor definition: one detector per watched series, restored from its last
 * checkpoint when the series first shows up after a restart. Used only from the processor's thread.
 */
public final class AnomalyDefinition implements DetectorDefinition {

    private static final Logger log = LoggerFactory.getLogger(AnomalyDefinition.class);

    private final AnomalyProperties properties;
    private final DetectorStateStore states;
    private final Map<SeriesKey, AnomalySeriesDetector> live = new HashMap<>();

    public AnomalyDefinition(AnomalyProperties properties, DetectorStateStore states) {
        this.properties = properties;
        this.states = states;
    }

    @Override
    public String id() {
        return properties.id();
    }

    @Override
    public boolean appliesTo(MetricSample sample) {
        return properties.enabled()
                && (properties.metrics().isEmpty() || properties.metrics().contains(sample.metric()))
                && (properties.services().isEmpty() || properties.services().contains(sample.service()));
    }

    @Override
    public SeriesDetector newDetector(SeriesKey key) {
        var detector = fresh();
        var saved = states.load(key.toString(), properties.detector());
        if (saved.isPresent()) {
            try {
                LearnedState.restore(saved.get(), detector.detector(), detector.gate());
            } catch (RuntimeException e) {
                log.warn("could not restore the detector state of {}; it learns again: {}", key, e.getMessage());
                detector = fresh();
            }
        }
        live.put(key, detector);
        return detector;
    }

    /** Saves every live series' learned state; called from the processor's thread (or after it stopped). */
    @Override
    public void checkpoint() {
        if (live.isEmpty()) {
            return;
        }
        var snapshots = new LinkedHashMap<String, byte[]>();
        live.forEach((key, detector) ->
                snapshots.put(key.toString(), LearnedState.save(detector.detector(), detector.gate())));
        states.saveAll(properties.detector(), snapshots);
    }

    @Override
    public void forget(SeriesKey key) {
        var detector = live.remove(key);
        if (detector != null) {
            states.saveAll(properties.detector(),
                    Map.of(key.toString(), LearnedState.save(detector.detector(), detector.gate())));
        }
    }

    private AnomalySeriesDetector fresh() {
        return new AnomalySeriesDetector(properties.id(), properties.detector(), Detectors.create(properties.detector()),
                new AnomalyGate(new FlapDamper(properties.damping()), properties.minSeverity(), properties.learnFor()));
    }
}
