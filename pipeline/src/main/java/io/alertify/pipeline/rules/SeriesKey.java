package io.alertify.pipeline.rules;

import io.alertify.pipeline.bus.MetricSample;
import java.util.Collection;
import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Names one series: service, metric and the labels that identify where it comes from. Volatile labels
 * such as {@code pod} are left out, so a restarted pod continues the same series (and the same incident)
 * instead of starting a new one.
 */
public record SeriesKey(String service, String metric, SortedMap<String, String> labels) {

    public SeriesKey {
        var sorted = new TreeMap<String, String>();
        sorted.putAll(labels);
        labels = Collections.unmodifiableSortedMap(sorted);
    }

    public static SeriesKey of(MetricSample sample, Collection<String> volatileLabels) {
        var identifying = new TreeMap<String, String>(sample.labels());
        identifying.keySet().removeAll(volatileLabels);
        return new SeriesKey(sample.service(), sample.metric(), identifying);
    }

    /** The labels a fingerprint is made of: the identifying labels plus {@code metric}, sorted by name. */
    public SortedMap<String, String> identifyingLabels() {
        var all = new TreeMap<String, String>();
        all.putAll(labels);
        all.put("metric", metric);
        return Collections.unmodifiableSortedMap(all);
    }

    @Override
    public String toString() {
        return service + "/" + metric + (labels.isEmpty() ? "" : labels.toString());
    }
}
