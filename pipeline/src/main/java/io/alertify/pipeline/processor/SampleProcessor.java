package io.alertify.pipeline.processor;

import io.alertify.pipeline.bus.MetricSample;
import io.alertify.pipeline.events.EventGenerator;
import io.alertify.pipeline.rules.Decision;
import io.alertify.pipeline.rules.DetectorDefinition;
import io.alertify.pipeline.rules.SeriesDetector;
import io.alertify.pipeline.rules.SeriesKey;
import io.alertify.pipeline.rules.SeriesWindow;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The processor: takes every sample from the ingest bus, keeps the series' evidence window, runs the
 * detectors that watch the series and hands their decisions to the event generator. Called from the
 * bus's single consumer thread, so its per-series state needs no locking.
 *
 * <p>Memory: a watched series keeps {@code evidencePoints} points and one detector per definition; a
 * series no definition watches keeps nothing but its key.
 */
public final class SampleProcessor implements Consumer<MetricSample> {

    private static final Series UNWATCHED = new Series(null, List.of());

    private final List<DetectorDefinition> definitions;
    private final EventGenerator events;
    private final int evidencePoints;
    private final Set<String> volatileLabels;
    private final Map<SeriesKey, Series> series = new HashMap<>();

    public SampleProcessor(List<? extends DetectorDefinition> definitions, EventGenerator events, int evidencePoints,
                           Collection<String> volatileLabels) {
        this.definitions = List.copyOf(definitions);
        this.events = events;
        this.evidencePoints = evidencePoints;
        this.volatileLabels = Set.copyOf(volatileLabels);
    }

    @Override
    public void accept(MetricSample sample) {
        var key = SeriesKey.of(sample, volatileLabels);
        var state = series.computeIfAbsent(key, k -> watch(sample));
        if (state == UNWATCHED) {
            return;
        }
        state.window().add(sample.timestamp(), sample.value());
        for (var detector : state.detectors()) {
            var decision = detector.observe(sample);
            if (decision != Decision.NOTHING) {
                events.onDecision(decision, key, sample, state.window().points());
            }
        }
    }

    private Series watch(MetricSample sample) {
        var detectors = definitions.stream()
                .filter(definition -> definition.appliesTo(sample))
                .map(DetectorDefinition::newDetector)
                .toList();
        return detectors.isEmpty() ? UNWATCHED : new Series(new SeriesWindow(evidencePoints), detectors);
    }

    private record Series(SeriesWindow window, List<SeriesDetector> detectors) {
    }
}
