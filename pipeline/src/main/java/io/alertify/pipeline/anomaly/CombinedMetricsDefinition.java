package io.alertify.pipeline.anomaly;

import io.alertify.pipeline.bus.MetricSample;
import io.alertify.pipeline.detect.FlapDamper;
import io.alertify.pipeline.detect.RcfDetector;
import io.alertify.pipeline.rules.Decision;
import io.alertify.pipeline.rules.DetectorDefinition;
import io.alertify.pipeline.rules.Finding;
import io.alertify.pipeline.rules.SeriesDetector;
import io.alertify.pipeline.rules.SeriesKey;
import io.alertify.pipeline.rules.Severity;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.StringJoiner;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code alertify.pipeline.anomaly.combined[n]}: a Random Cut Forest ({@link RcfDetector}) over several
 * metrics of one service at once, e.g. latency and error rate together, so that a joint move is one
 * problem rather than one per metric, and a combination that is unusual although each metric alone looks
 * normal is caught.
 *
 * <p>The processor keeps one detector per series (service + metric + identifying labels), and the event
 * generator fingerprints each decision with its series' key. So the group (service + identifying labels,
 * without the metric) is shared by one view per metric: each view records its latest value into the group;
 * when every metric has a value newer than the last scored vector, the group scores the vector and runs its
 * {@link FlapDamper}. An opened incident belongs to the view whose sample completed the vector (its
 * <em>owner</em>), and the close is delivered as {@link Decision.Recover} by that same view, on its next
 * sample or at once if it completed the closing vector, so the Fire and the Recover carry the same
 * fingerprint.
 *
 * <p>{@code learn-for} and {@code min-severity} (the entry's own, else the anomaly section's) apply as in
 * {@link AnomalySeriesDetector}, and each group's forest is checkpointed like a single series, so a restart
 * continues from what it learned. Silence is not scored ({@link SeriesDetector#overdue} answers nothing), and
 * while one metric of a group stops reporting, or the owner's series stops before it heard of the close,
 * an open incident stays open. Used only from the processor's thread.
 */
public final class CombinedMetricsDefinition implements DetectorDefinition {

    private static final Logger log = LoggerFactory.getLogger(CombinedMetricsDefinition.class);

    static final int SHINGLE = 4;
    private static final int NONE = -1;
    static final int TREES = 50;
    static final int SAMPLE_SIZE = 256;
    private static final Pattern MOSTLY = Pattern.compile("mostly (\\S+)");

    private final AnomalyProperties properties;
    private final AnomalyProperties.Combined entry;
    private final DetectorStateStore states;
    private final Map<GroupKey, Group> groups = new HashMap<>();

    public CombinedMetricsDefinition(AnomalyProperties properties, AnomalyProperties.Combined entry,
                                     DetectorStateStore states) {
        this.properties = properties;
        this.entry = entry;
        this.states = states;
    }

    /** One definition per {@code combined} entry. */
    public static List<CombinedMetricsDefinition> all(AnomalyProperties properties, DetectorStateStore states) {
        return properties.combined().stream()
                .map(entry -> new CombinedMetricsDefinition(properties, entry, states))
                .toList();
    }

    @Override
    public String id() {
        return entry.id();
    }

    @Override
    public boolean appliesTo(MetricSample sample) {
        return properties.enabled()
                && entry.metrics().contains(sample.metric())
                && (entry.service() == null || entry.service().equals(sample.service()));
    }

    @Override
    public SeriesDetector newDetector(SeriesKey key) {
        int index = entry.metrics().indexOf(key.metric());
        if (index < 0) {
            throw new IllegalArgumentException(key + " is not one of " + entry.metrics());
        }
        var group = groups.computeIfAbsent(new GroupKey(key.service(), key.labels()), this::restored);
        return new View(group, index);
    }

    /** Saves every group's forest; called from the processor's thread (or after it stopped). */
    @Override
    public void checkpoint() {
        if (groups.isEmpty()) {
            return;
        }
        var snapshots = new LinkedHashMap<String, byte[]>();
        groups.forEach((key, group) -> snapshots.put(stateKey(key), LearnedState.save(group.detector, group.gate)));
        states.saveAll(stateSpec(), snapshots);
    }

    private Group restored(GroupKey key) {
        var group = new Group();
        var saved = states.load(stateKey(key), stateSpec());
        if (saved.isPresent()) {
            try {
                LearnedState.restore(saved.get(), group.detector, group.gate);
            } catch (RuntimeException e) {
                log.warn("could not restore the forest of {} for {}; it learns again: {}", entry.id(), key,
                        e.getMessage());
                return new Group();
            }
        }
        return group;
    }

    /** Apart from the series keys of single-series detection ({@code service/metric{labels}}) in the same store. */
    private String stateKey(GroupKey key) {
        return "combined:" + entry.id() + ":" + key.service() + key.labels();
    }

    /** Other metrics or forest settings start afresh rather than restoring a forest of another shape. */
    private String stateSpec() {
        return "rcf:" + String.join("+", entry.metrics()) + ",shingle=" + SHINGLE + ",trees=" + TREES
                + ",samples=" + SAMPLE_SIZE;
    }

    /** Groups currently tracked, for tests and logs. */
    int groups() {
        return groups.size();
    }

    private record GroupKey(String service, SortedMap<String, String> labels) {
    }

    /** The metrics of one service (and identifying labels): the forest, the damper and who owns the incident. */
    private final class Group {
        private final RcfDetector detector = new RcfDetector(entry.metrics(), SHINGLE, TREES, SAMPLE_SIZE);
        private final AnomalyGate gate = new AnomalyGate(new FlapDamper(properties.damping()), minSeverity(),
                properties.learnFor());
        private final double[] values = new double[entry.metrics().size()];
        private final boolean[] fresh = new boolean[entry.metrics().size()];
        private Instant newest;
        /**
         * The metric (index) of the view that owns the open incident, {@link #NONE} when none: a metric, not a
         * view object, because a series that was dropped and reports again gets a new view.
         */
        private int owner = NONE;
        private Finding pendingRecover;

        /** The view's incident is still open from before a restart: it owns it, and the gate is open. */
        void resume(View view, Instant openedAt) {
            if (owner == NONE) {
                owner = view.index;
                gate.resumeOpen(openedAt);
            }
        }

        /** Records the view's sample; answers what that view should decide. */
        Decision record(View view, MetricSample sample) {
            values[view.index] = sample.value();
            fresh[view.index] = true;
            if (newest == null || sample.timestamp().isAfter(newest)) {
                newest = sample.timestamp();
            }
            var decision = complete() ? score(view) : Decision.NOTHING;
            if (decision == Decision.NOTHING && view.index == owner && pendingRecover != null) {
                var recover = new Decision.Recover(pendingRecover);
                pendingRecover = null;
                owner = NONE;
                return recover;
            }
            return decision;
        }

        private boolean complete() {
            for (boolean f : fresh) {
                if (!f) {
                    return false;
                }
            }
            return true;
        }

        private Decision score(View view) {
            Arrays.fill(fresh, false);
            var at = newest;
            // RcfDetector copies the values into its own shingle
            return switch (gate.offer(at, detector.sample(at.toEpochMilli(), values))) {
                case OPENED, REOPENED -> opened(view);
                case CLOSED -> closed(view);
                case NONE, UPDATED -> Decision.NOTHING;
            };
        }

        private Decision opened(View view) {
            if (pendingRecover != null) {
                // closed and re-opened before the owner heard of the close: its incident simply continues
                pendingRecover = null;
                return Decision.NOTHING;
            }
            owner = view.index;
            return new Decision.Fire(finding());
        }

        private Decision closed(View view) {
            var finding = finding();
            gate.forgetPeak();
            if (owner == NONE) {
                return Decision.NOTHING;
            }
            if (view.index == owner) {
                owner = NONE;
                return new Decision.Recover(finding);
            }
            pendingRecover = finding;
            return Decision.NOTHING;
        }

        /** E.g. {@code latency + error_rate: latency moved most (rcf: joint anomaly score 3.34; last latency 348.2, ...)}. */
        private Finding finding() {
            var peak = gate.peak();
            var reason = peak.reason();
            var matcher = MOSTLY.matcher(reason);
            var moved = matcher.find() ? matcher.group(1).replaceAll("[^\\w.:-]+$", "") + " moved most"
                    : "unusual combination";
            var detail = reason.replaceAll(",? ?mostly \\S+", "").replace(" (continuing)", "").strip();
            var last = new StringJoiner(", ");
            for (int i = 0; i < values.length; i++) {
                last.add(entry.metrics().get(i) + " " + AnomalyGate.format(values[i]));
            }
            var metrics = String.join(" + ", entry.metrics());
            return new Finding(entry.id(), peak.severity().incident(), metrics + " anomaly (rcf)",
                    "%s: %s (%slast %s; score %.2f)".formatted(metrics, moved, detail.isEmpty() ? "" : detail + "; ",
                            last, peak.score()));
        }
    }

    private Severity minSeverity() {
        return entry.minSeverity() == null ? Severity.INFO : entry.minSeverity();
    }

    /** One metric's series of a group: what the processor holds per series. */
    private static final class View implements SeriesDetector {
        private final Group group;
        private final int index;

        View(Group group, int index) {
            this.group = group;
            this.index = index;
        }

        @Override
        public Decision observe(MetricSample sample) {
            return group.record(this, sample);
        }

        @Override
        public void resume(Instant openedAt) {
            group.resume(this, openedAt);
        }

        @Override
        public String toString() {
            return "combined rcf view of metric #" + index;
        }
    }

}
