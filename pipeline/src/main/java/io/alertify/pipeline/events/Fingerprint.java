package io.alertify.pipeline.events;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

/**
 * The dedup key of a problem: hex SHA-256 over the rule id, the service and the identifying labels in
 * name order. Each part is length-prefixed so that no two different inputs concatenate to the same
 * bytes ({@code "ab"+"c"} vs {@code "a"+"bc"}). Volatile labels such as {@code pod} are not given
 * here at all (see {@code SeriesKey}), so a restarted pod keeps its incident.
 */
public final class Fingerprint {

    private Fingerprint() {
    }

    public static String of(String ruleId, String service, Map<String, String> identifyingLabels) {
        var text = new StringBuilder();
        part(text, ruleId);
        part(text, service);
        // Natural order whatever map came in: a SortedMap copy would keep its source's comparator.
        var sorted = new TreeMap<String, String>();
        sorted.putAll(identifyingLabels);
        for (Map.Entry<String, String> label : sorted.entrySet()) {
            part(text, label.getKey());
            part(text, label.getValue());
        }
        return HexFormat.of().formatHex(sha256().digest(text.toString().getBytes(StandardCharsets.UTF_8)));
    }

    private static void part(StringBuilder text, String value) {
        text.append(value.length()).append(':').append(value).append(';');
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK ships SHA-256", e);
        }
    }
}
