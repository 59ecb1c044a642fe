package io.alertify.pipeline.events;

import static org.assertj.core.api.Assertions.assertThat;

import io.alertify.pipeline.bus.MetricSample;
import io.alertify.pipeline.rules.SeriesKey;
import java.time.Instant;
import java.util.Comparator;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class FingerprintTest {

    private static final Set<String> VOLATILE = Set.of("pod");

    @Test
    void aRestartedPodKeepsTheSameFingerprint() {
        var before = fingerprint("latency-high", Map.of("namespace", "shop", "pod", "checkout-7d9f"));
        var after = fingerprint("latency-high", Map.of("namespace", "shop", "pod", "checkout-5c2a"));

        assertThat(after).isEqualTo(before);
    }

    @Test
    void isAHexSha256() {
        assertThat(fingerprint("latency-high", Map.of())).matches("[0-9a-f]{64}");
    }

    @Test
    void labelOrderDoesNotMatter() {
        var ordered = new TreeMap<>(Map.of("namespace", "shop", "region", "eu"));
        var reversed = new TreeMap<String, String>(Comparator.reverseOrder());
        reversed.putAll(ordered);

        assertThat(Fingerprint.of("r", "checkout", reversed)).isEqualTo(Fingerprint.of("r", "checkout", ordered));
    }

    @Test
    void ruleServiceAndIdentifyingLabelsEachMakeADifferentProblem() {
        var base = fingerprint("latency-high", Map.of("namespace", "shop"));

        assertThat(fingerprint("latency-critical", Map.of("namespace", "shop"))).isNotEqualTo(base);
        assertThat(fingerprint("latency-high", Map.of("namespace", "staging"))).isNotEqualTo(base);
        assertThat(Fingerprint.of("latency-high", "cart", key(Map.of("namespace", "shop")).identifyingLabels()))
                .isNotEqualTo(base);
    }

    @Test
    void partsCannotRunIntoEachOther() {
        assertThat(Fingerprint.of("ab", "c", new TreeMap<>())).isNotEqualTo(Fingerprint.of("a", "bc", new TreeMap<>()));
    }

    private static String fingerprint(String ruleId, Map<String, String> labels) {
        return Fingerprint.of(ruleId, "checkout", key(labels).identifyingLabels());
    }

    private static SeriesKey key(Map<String, String> labels) {
        return SeriesKey.of(new MetricSample("checkout", "latency", Instant.EPOCH, 730, labels), VOLATILE);
    }
}
