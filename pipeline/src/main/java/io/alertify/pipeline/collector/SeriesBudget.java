package io.alertify.pipeline.collector;

import io.alertify.pipeline.bus.MetricSample;
import io.alertify.pipeline.rules.SeriesKey;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Cardinality protection at the door. Every series the collector has seen is remembered (as a 64-bit
 * hash, with when it last arrived) per service; a request that would start a series beyond the
 * service's budget, or beyond what the processor tracks in all, is refused with 429 naming the
 * service, unless the oldest series there has been idle long enough to give its place up. So a label
 * with unbounded values hits its own sender, not detection for everyone else, and nothing the
 * collector answers 200 for is later ignored by a full processor.
 */
public final class SeriesBudget {

    private final int perService;
    private final int total;
    private final long idleForMillis;
    private final Set<String> volatileLabels;
    private final Clock clock;
    /** Per service, access-ordered: the first entry is the series that arrived least recently. */
    private final Map<String, LinkedHashMap<Long, Long>> services = new HashMap<>();
    private int tracked;
    private long refused;

    public SeriesBudget(int perService, int total, Duration idleFor, Collection<String> volatileLabels, Clock clock) {
        this.perService = perService;
        this.total = total;
        this.idleForMillis = idleFor.toMillis();
        this.volatileLabels = Set.copyOf(volatileLabels);
        this.clock = clock;
    }

    /**
     * Admits all samples of one request or none: on refusal nothing is remembered.
     *
     * @throws OverBudgetException naming the service whose budget is spent
     */
    public synchronized void admit(List<MetricSample> samples) {
        long now = clock.millis();
        var hashes = new long[samples.size()];
        var fresh = new LinkedHashMap<Long, String>();
        for (int i = 0; i < hashes.length; i++) {
            var sample = samples.get(i);
            long hash = hashes[i] = hash(SeriesKey.of(sample, volatileLabels));
            var known = services.get(sample.service());
            if (known == null || known.get(hash) == null) {
                fresh.putIfAbsent(hash, sample.service());
            }
        }
        var needed = new HashMap<String, Integer>();
        fresh.values().forEach(service -> needed.merge(service, 1, Integer::sum));
        for (var entry : needed.entrySet()) {
            makeRoom(entry.getKey(), entry.getValue(), now);
        }
        int overTotal = tracked + fresh.size() - total;
        if (overTotal > 0 && evictIdleAnywhere(overTotal, now) < overTotal) {
            refused++;
            throw new OverBudgetException("Alertify already tracks " + tracked + " series, its limit "
                    + "(alertify.pipeline.max-series); nothing was accepted. New series are taken again once older "
                    + "ones have been silent for " + Duration.ofMillis(idleForMillis).toMinutes() + " minutes "
                    + "(alertify.pipeline.limits.series-idle-for).");
        }
        for (var entry : fresh.entrySet()) {
            services.computeIfAbsent(entry.getValue(), s -> new LinkedHashMap<>(16, 0.75f, true)).put(entry.getKey(), now);
            tracked++;
        }
        for (int i = 0; i < hashes.length; i++) {
            services.get(samples.get(i).service()).put(hashes[i], now);
        }
    }

    private void makeRoom(String service, int needed, long now) {
        var known = services.get(service);
        int over = (known == null ? 0 : known.size()) + needed - perService;
        if (over <= 0) {
            return;
        }
        if (needed > perService || evictIdle(known, over, now) < over) {
            refused++;
            throw new OverBudgetException("service '" + service + "' already sends " + (known == null ? 0 : known.size())
                    + " series and this request starts " + needed + " more; its budget is " + perService
                    + " (alertify.pipeline.limits.series-per-service). Usually a label with unbounded values "
                    + "(a request or user id) makes every sample a new series: stop sending it, or list it in "
                    + "alertify.pipeline.volatile-labels. Nothing was accepted.");
        }
    }

    /** Forgets up to {@code count} of the service's series idle for {@code idleFor}, oldest first. */
    private int evictIdle(LinkedHashMap<Long, Long> known, int count, long now) {
        int evicted = 0;
        var oldest = known.entrySet().iterator();
        while (evicted < count && oldest.hasNext()) {
            var entry = oldest.next();
            if (now - entry.getValue() < idleForMillis) {
                break;
            }
            oldest.remove();
            tracked--;
            evicted++;
        }
        return evicted;
    }

    private int evictIdleAnywhere(int count, long now) {
        int evicted = 0;
        for (var known : services.values()) {
            evicted += evictIdle(known, count - evicted, now);
            if (evicted >= count) {
                break;
            }
        }
        services.values().removeIf(Map::isEmpty);
        return evicted;
    }

    public synchronized int tracked() {
        return tracked;
    }

    public synchronized long refused() {
        return refused;
    }

    public int perService() {
        return perService;
    }

    /** 64 bits of FNV-1a over the series' identity: collisions are too rare to count against anyone. */
    static long hash(SeriesKey key) {
        long h = 0xcbf29ce484222325L;
        h = mix(h, key.service());
        h = mix(h, key.metric());
        for (var label : key.labels().entrySet()) {
            h = mix(h, label.getKey());
            h = mix(h, label.getValue());
        }
        return h;
    }

    private static long mix(long h, String text) {
        for (int i = 0; i < text.length(); i++) {
            h ^= text.charAt(i);
            h *= 0x100000001b3L;
        }
        h ^= 0xff; // separator, so that ("ab","c") and ("a","bc") differ
        return h * 0x100000001b3L;
    }

    /** The request would start series beyond a budget. */
    public static final class OverBudgetException extends RuntimeException {
        OverBudgetException(String message) {
            super(message);
        }
    }
}
