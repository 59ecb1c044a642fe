package io.alertify.pipeline.detect;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Creates detectors from a spec string {@code name[:key=value,...]}, the form used by the
 * backtest CLI and the HTTP endpoint. Names:
 * <ul>
 * <li>{@code auto} (default): every signal of {@link AdaptiveDetector}, combined;</li>
 * <li>{@code baseline}, {@code seasonal}, {@code changepoint}, {@code volatility},
 *     {@code flatline}, {@code missing}: one signal each;</li>
 * <li>{@code threshold:above=500,for=3,recover=3,recover-at=400,keep=10m}: the processor's threshold rule
 *     ({@link io.alertify.pipeline.rules.ThresholdRule}), score 1 while it fires. {@code above} or
 *     {@code below}: the threshold (exactly one); {@code for}: breaching samples in a row before it
 *     fires (default 1), or with a unit ({@code 5m}) how long the breach must last; {@code recover}:
 *     samples in a row back at the recovery threshold before it recovers (default 1);
 *     {@code recover-at}: the recovery threshold (default the threshold); {@code keep}: how long it
 *     keeps firing after the last bad sample (keep_firing_for, default 0);</li>
 * <li>{@code rcf[:shingle=8,trees=50,sample=256]}: Random Cut Forest on a shingled single
 *     series (for several metrics at once use {@link RcfDetector} directly).</li>
 * </ul>
 * Adaptive detectors accept {@code window}, {@code halflife}, {@code refractory}, {@code warmup},
 * {@code decision}, {@code zone} (offset such as {@code +02:00}) and {@code signals} (e.g.
 * {@code spike+seasonal}) overrides.
 */
public final class Detectors {

    public static final String DEFAULT = "auto";

    private static final Map<String, Set<Signal>> ADAPTIVE = new LinkedHashMap<>();

    static {
        ADAPTIVE.put("auto", EnumSet.allOf(Signal.class));
        ADAPTIVE.put("baseline", EnumSet.of(Signal.SPIKE));
        ADAPTIVE.put("seasonal", EnumSet.of(Signal.SEASONAL));
        ADAPTIVE.put("changepoint", EnumSet.of(Signal.LEVEL_SHIFT));
        ADAPTIVE.put("volatility", EnumSet.of(Signal.VOLATILITY));
        ADAPTIVE.put("flatline", EnumSet.of(Signal.FLATLINE));
        ADAPTIVE.put("missing", EnumSet.of(Signal.MISSING));
    }

    private Detectors() {
    }

    /** Names accepted by {@link #create(String)}. */
    public static Set<String> names() {
        Set<String> names = new java.util.LinkedHashSet<>(ADAPTIVE.keySet());
        names.add("threshold");
        names.add("rcf");
        return names;
    }

    /** Validates the spec once and returns a factory of fresh detectors (one per series). */
    public static Supplier<Detector> factory(String spec) {
        create(spec);
        return () -> create(spec);
    }

    public static Detector create(String spec) {
        String s = spec == null || spec.isBlank() ? DEFAULT : spec.strip();
        int colon = s.indexOf(':');
        String name = (colon < 0 ? s : s.substring(0, colon)).toLowerCase(Locale.ROOT);
        Map<String, String> options = options(colon < 0 ? "" : s.substring(colon + 1));
        if (ADAPTIVE.containsKey(name)) {
            return new AdaptiveDetector(adaptiveConfig(name, options));
        }
        return switch (name) {
            case "threshold" -> RuleDetector.fromSpec(options);
            case "rcf" -> RcfDetector.univariate(
                    intOption(options, "shingle", 8), intOption(options, "trees", 50), intOption(options, "sample", 256));
            default -> throw new IllegalArgumentException("unknown detector '" + name + "'; known: " + names());
        };
    }

    private static DetectorConfig adaptiveConfig(String name, Map<String, String> o) {
        DetectorConfig d = DetectorConfig.of(name, ADAPTIVE.get(name));
        Set<Signal> signals = d.signals();
        String chosen = o.remove("signals");
        if (chosen != null) {
            signals = EnumSet.noneOf(Signal.class);
            for (String sig : chosen.split("\\+")) {
                signals.add(Signal.valueOf(sig.strip().toUpperCase(Locale.ROOT).replace('-', '_')));
            }
        }
        DetectorConfig c = new DetectorConfig(name, signals,
                intOption(o, "window", d.baselineWindow()),
                doubleOption(o, "halflife", d.calibrationHalfLife()),
                intOption(o, "refractory", d.refractorySamples()),
                intOption(o, "warmup", d.warmupSamples()),
                doubleOption(o, "decision", d.decisionScore()),
                o.containsKey("zone")
                        ? java.time.ZoneOffset.of(o.remove("zone")).getTotalSeconds() * 1000L
                        : d.zoneOffsetMillis());
        rejectUnknown(name, o);
        return c;
    }

    private static Map<String, String> options(String text) {
        Map<String, String> map = new LinkedHashMap<>();
        for (String part : text.split(",")) {
            if (part.isBlank()) {
                continue;
            }
            int eq = part.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("detector option '" + part + "' is not key=value");
            }
            map.put(part.substring(0, eq).strip().toLowerCase(Locale.ROOT), part.substring(eq + 1).strip());
        }
        return map;
    }

    private static void rejectUnknown(String name, Map<String, String> remaining) {
        if (!remaining.isEmpty()) {
            throw new IllegalArgumentException("unknown option(s) for " + name + ": " + remaining.keySet());
        }
    }

    private static int intOption(Map<String, String> o, String key, int fallback) {
        String v = o.remove(key);
        return v == null ? fallback : Integer.parseInt(v);
    }

    private static double doubleOption(Map<String, String> o, String key, double fallback) {
        String v = o.remove(key);
        return v == null ? fallback : Double.parseDouble(v);
    }

    /** Durations like 90s, 5m, 2h, 1d, 250ms; a bare number is seconds. */
    static long durationOption(Map<String, String> o, String key) {
        String v = o.remove(key);
        if (v == null) {
            return 0L;
        }
        String s = v.toLowerCase(Locale.ROOT);
        long unit = 1000L;
        String digits = s;
        if (s.endsWith("ms")) {
            unit = 1L;
            digits = s.substring(0, s.length() - 2);
        } else if (s.endsWith("s")) {
            digits = s.substring(0, s.length() - 1);
        } else if (s.endsWith("m")) {
            unit = 60_000L;
            digits = s.substring(0, s.length() - 1);
        } else if (s.endsWith("h")) {
            unit = 3_600_000L;
            digits = s.substring(0, s.length() - 1);
        } else if (s.endsWith("d")) {
            unit = 86_400_000L;
            digits = s.substring(0, s.length() - 1);
        }
        return Math.round(Double.parseDouble(digits) * unit);
    }
}
