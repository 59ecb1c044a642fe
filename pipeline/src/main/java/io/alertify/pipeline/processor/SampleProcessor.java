package io.alertify.pipeline.processor;

import io.alertify.pipeline.bus.MetricSample;
import io.alertify.pipeline.bus.QuietPeriods;
import io.alertify.pipeline.events.EventGenerator;
import io.alertify.pipeline.rules.Decision;
import io.alertify.pipeline.rules.DetectorDefinition;
import io.alertify.pipeline.rules.SeriesDetector;
import io.alertify.pipeline.rules.SeriesKey;
import io.alertify.pipeline.rules.SeriesWindow;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The processor: takes every sample from the ingest bus, keeps the series' evidence window, runs the
 * detectors that watch the series and hands their decisions to the event generator. Called from the
 * bus's single consumer thread, so its per-series state needs no locking.
 *
 * <p>Memory: a watched series keeps {@code evidencePoints} points and one detector per definition; a
 * series no definition watches keeps nothing but its key and when it last arrived. At most
 * {@code maxSeries} are kept, and a series silent for {@code idleAfter} is dropped.
 */
public final class SampleProcessor implements Consumer<MetricSample>, QuietPeriods {

    private static final Logger log = LoggerFactory.getLogger(SampleProcessor.class);

    /** A flood of new series is told once a minute, not once a sample. */
    private static final Duration OVER_LIMIT_LOG_EVERY = Duration.ofMinutes(1);

    private final List<DetectorDefinition> definitions;
    private final EventGenerator events;
    private final int evidencePoints;
    private final Set<String> volatileLabels;
    /** Access-ordered: the first entry is the series that arrived least recently. */
    private final Map<SeriesKey, Series> series = new LinkedHashMap<>(1024, 0.75f, true);
    private final Duration checkpointEvery;
    private final Clock clock;
    private final int maxSeries;
    private final Duration idleAfter;
    private long seriesLetGo;
    private long lastOverLimitLog = System.nanoTime() - OVER_LIMIT_LOG_EVERY.toNanos();
    private long lastCheckpoint;
    private long lastQuietCheck = System.nanoTime();

    /** How often silent series are checked; a missing-data alert needs no finer grain. */
    static final Duration QUIET_CHECK_EVERY = Duration.ofSeconds(10);

    /**
     * @param evidencePoints  points per series kept for the evidence of an incident event
     * @param volatileLabels  labels left out of a series' identity ({@code pod})
     * @param checkpointEvery how often learned state is saved
     * @param maxSeries       series tracked at most; a new series beyond it takes the place of the one that
     *                        arrived least recently, rather than one unbounded label exhausting memory
     * @param idleAfter       a series from which nothing arrived for this long is dropped (its definitions
     *                        save what they learnt first), so that series that are gone for good (an old
     *                        version label, a removed host) give their place back
     */
    public record Settings(int evidencePoints, Collection<String> volatileLabels, Duration checkpointEvery,
                           int maxSeries, Duration idleAfter) {

        public static final int DEFAULT_MAX_SERIES = 20_000;
        public static final Duration DEFAULT_IDLE_AFTER = Duration.ofDays(7);

        public Settings {
            volatileLabels = Set.copyOf(volatileLabels);
        }

        /** Checkpoints every five minutes, at most 20,000 series, dropped after a week of silence. */
        public static Settings of(int evidencePoints, Collection<String> volatileLabels) {
            return new Settings(evidencePoints, volatileLabels, Duration.ofMinutes(5), DEFAULT_MAX_SERIES,
                    DEFAULT_IDLE_AFTER);
        }
    }

    public SampleProcessor(List<? extends DetectorDefinition> definitions, EventGenerator events, int evidencePoints,
                           Collection<String> volatileLabels) {
        this(definitions, events, Settings.of(evidencePoints, volatileLabels), Clock.systemUTC());
    }

    /** @param clock when samples arrive (for the missing-data check) and when to do periodic work */
    public SampleProcessor(List<? extends DetectorDefinition> definitions, EventGenerator events, Settings settings,
                           Clock clock) {
        this.definitions = List.copyOf(definitions);
        this.events = events;
        this.evidencePoints = settings.evidencePoints();
        this.volatileLabels = Set.copyOf(settings.volatileLabels());
        this.checkpointEvery = settings.checkpointEvery();
        this.maxSeries = settings.maxSeries();
        this.idleAfter = settings.idleAfter();
        this.clock = clock;
        this.lastCheckpoint = System.nanoTime();
    }

    @Override
    public void accept(MetricSample sample) {
        var key = SeriesKey.of(sample, volatileLabels);
        var state = series.get(key);
        if (state == null) {
            if (series.size() >= maxSeries) {
                makeRoom();
            }
            state = watch(key, sample);
            series.put(key, state);
        }
        state.lastArrivalMillis = clock.millis();
        if (state.unwatched()) {
            return;
        }
        state.window().add(sample.timestamp(), sample.value());
        state.last = sample;
        for (var detector : state.detectors()) {
            var decision = detector.observe(sample);
            if (decision != Decision.NOTHING) {
                events.onDecision(decision, key, sample, state.window().points());
            }
        }
        housekeeping();
    }

    /**
     * The collector's budget keeps this from happening with one collector; with several, or samples put
     * on the bus by others, the series that arrived least recently gives its place (its state is saved
     * and comes back if it reports again) rather than a new series going unwatched.
     */
    private void makeRoom() {
        drop(series.keySet().iterator().next());
        seriesLetGo++;
        long now = System.nanoTime();
        if (now - lastOverLimitLog >= OVER_LIMIT_LOG_EVERY.toNanos()) {
            lastOverLimitLog = now;
            log.warn("{} series were let go to make room for new ones: this processor tracks at most {} series "
                    + "(alertify.pipeline.max-series). Usually a label with unbounded values (request or user id) "
                    + "makes every sample a new series: stop sending it, or list it in "
                    + "alertify.pipeline.volatile-labels.", seriesLetGo, maxSeries);
            seriesLetGo = 0;
        }
    }

    /** The bus has been quiet for a second: a good moment for the periodic work. */
    @Override
    public void quiet() {
        housekeeping();
    }

    /**
     * Periodic work on the processor's thread, whether samples keep coming or not: silent series are
     * checked every {@link #QUIET_CHECK_EVERY} (a busy bus must not hide a series that stopped), learned
     * state is saved every {@code checkpointEvery}.
     */
    private void housekeeping() {
        if (System.nanoTime() - lastQuietCheck >= QUIET_CHECK_EVERY.toNanos()) {
            lastQuietCheck = System.nanoTime();
            var now = clock.instant();
            checkSilentSeries(now);
            dropIdleSeries(now);
        }
        if (System.nanoTime() - lastCheckpoint >= checkpointEvery.toNanos()) {
            checkpoint();
        }
    }

    /**
     * Saves the learned state of every definition. Runs on the processor's thread, or after it stopped;
     * a failure is logged and retried at the next checkpoint, it never stops processing.
     */
    public void checkpoint() {
        lastCheckpoint = System.nanoTime();
        for (var definition : definitions) {
            try {
                definition.checkpoint();
            } catch (RuntimeException e) {
                log.warn("could not save the state of {}; retrying at the next checkpoint: {}", definition.id(),
                        e.toString());
            }
        }
    }

    private Series watch(SeriesKey key, MetricSample sample) {
        var detectors = definitions.stream()
                .filter(definition -> definition.appliesTo(sample))
                .map(definition -> detector(definition, key))
                .toList();
        return new Series(detectors.isEmpty() ? null : new SeriesWindow(evidencePoints), detectors);
    }

    /** A new detector, told about its incident when one is still open from before a restart. */
    private SeriesDetector detector(DetectorDefinition definition, SeriesKey key) {
        var detector = definition.newDetector(key);
        events.openIncident(definition.id(), key).ifPresent(openedAt -> {
            log.info("{} {}: incident open since {} continues; it resolves when the series recovers",
                    definition.id(), key, openedAt);
            detector.resume(openedAt);
        });
        return detector;
    }

    /**
     * Asks every watched series whether its silence is a problem (missing data is itself a signal). Silence
     * is how long nothing has <em>arrived</em>, laid after the last sample's own time: for a series sent as it
     * is measured that is simply the wall clock, and a backfill of last week's samples, or a processor
     * catching up on a backlog, is not mistaken for a week of silence.
     */
    void checkSilentSeries(Instant now) {
        series.forEach((key, state) -> {
            if (state.unwatched() || state.last == null) {
                return;
            }
            try {
                var silentFor = Math.max(0, now.toEpochMilli() - state.lastArrivalMillis);
                var silentUntil = Instant.ofEpochMilli(Math.addExact(state.last.timestamp().toEpochMilli(), silentFor));
                for (var detector : state.detectors()) {
                    var decision = detector.overdue(silentUntil);
                    if (decision != Decision.NOTHING) {
                        events.onDecision(decision, key, state.last, state.window().points());
                    }
                }
            } catch (ArithmeticException | java.time.DateTimeException e) {
                // Intake refuses such timestamps; should one get here anyway, it costs its own series only.
                log.warn("{}: silence not checked, its last timestamp {} is out of range: {}", key,
                        state.last.timestamp(), e.toString());
            }
        });
    }

    /** Lets go of series from which nothing arrived for {@code idleAfter}, after their definitions saved them. */
    void dropIdleSeries(Instant now) {
        var idle = series.entrySet().stream()
                .filter(entry -> now.toEpochMilli() - entry.getValue().lastArrivalMillis >= idleAfter.toMillis())
                .map(Map.Entry::getKey)
                .toList();
        idle.forEach(this::drop);
        if (!idle.isEmpty()) {
            log.info("dropped {} series silent for {} or more; {} tracked", idle.size(), idleAfter, series.size());
        }
    }

    /** Lets go of one series, after its definitions saved what they learnt of it. */
    private void drop(SeriesKey key) {
        if (series.remove(key).unwatched()) {
            return;
        }
        for (var definition : definitions) {
            try {
                definition.forget(key);
            } catch (RuntimeException e) {
                log.warn("could not save the state of {} before dropping it; it learns again if it returns: {}",
                        key, e.toString());
            }
        }
    }

    private static final class Series {
        private final SeriesWindow window;
        private final List<SeriesDetector> detectors;
        private MetricSample last;
        /** Wall-clock milliseconds, not an Instant: it is written for every sample. */
        private long lastArrivalMillis;

        Series(SeriesWindow window, List<SeriesDetector> detectors) {
            this.window = window;
            this.detectors = detectors;
        }

        SeriesWindow window() {
            return window;
        }

        List<SeriesDetector> detectors() {
            return detectors;
        }

        /** No definition watches it: only its key and arrival time are kept, so it can be dropped too. */
        boolean unwatched() {
            return detectors.isEmpty();
        }
    }
}
