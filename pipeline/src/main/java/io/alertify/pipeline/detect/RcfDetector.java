package io.alertify.pipeline.detect;

import com.amazon.randomcutforest.RandomCutForest;
import com.amazon.randomcutforest.returntypes.DiVector;
import com.amazon.randomcutforest.state.RandomCutForestMapper;
import com.amazon.randomcutforest.state.RandomCutForestState;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

/**
 * Random Cut Forest (randomcutforest-core) over several metrics of one service at once, with
 * internal shingling so that short temporal patterns count too.
 *
 * <p>Each metric is first standardised by its own {@link RobustStats} (clipped to +-10 spreads):
 * RCF cuts dimensions in proportion to their range, so without this a metric measured in
 * milliseconds would drown one measured as a fraction. The forest's anomaly score is then
 * calibrated on its own history with a {@link TailCalibrator}, like every other signal, and the
 * metric with the largest attribution is named in the reason.
 *
 * <p>Cost: about 50-100 microseconds per sample and tens of kilobytes per series with the default
 * 50 trees x 256 samples, so it runs only where configured; the cheap detectors stay the default.
 */
public final class RcfDetector implements MultiMetricDetector, Detector {

    private static final double CLIP = 10.0;
    private static final int WARMUP = 64;
    private static final long SEED = 42L;
    /** Same decision score as the default {@link DetectorConfig}. */
    private static final double DECISION = DetectorConfig.auto().decisionScore();

    private final List<String> metrics;
    private final RobustStats[] scalers;
    private final TailCalibrator calibrator = new TailCalibrator(4096);
    private final AlertGate gate = new AlertGate(256, false);
    private RandomCutForest forest;
    private long count;

    public RcfDetector(List<String> metrics, int shingleSize, int numberOfTrees, int sampleSize) {
        if (metrics.isEmpty()) {
            throw new IllegalArgumentException("at least one metric is required");
        }
        this.metrics = List.copyOf(metrics);
        this.scalers = new RobustStats[metrics.size()];
        for (int i = 0; i < scalers.length; i++) {
            scalers[i] = new RobustStats(1.0 / 1024, 3.0);
        }
        this.forest = RandomCutForest.builder()
                .dimensions(metrics.size() * shingleSize)
                .shingleSize(shingleSize)
                .internalShinglingEnabled(true)
                .numberOfTrees(numberOfTrees)
                .sampleSize(sampleSize)
                .randomSeed(SEED)
                .build();
    }

    /** RCF on one series, as the {@code rcf} detector of the backtest. */
    public static RcfDetector univariate(int shingleSize, int numberOfTrees, int sampleSize) {
        return new RcfDetector(List.of("value"), shingleSize, numberOfTrees, sampleSize);
    }

    @Override
    public String kind() {
        return "rcf";
    }

    @Override
    public List<String> metrics() {
        return metrics;
    }

    @Override
    public Score sample(long timestampMillis, double value) {
        return sample(timestampMillis, new double[] {value});
    }

    @Override
    public Score sample(long timestampMillis, double[] values) {
        if (values.length != metrics.size()) {
            throw new IllegalArgumentException("expected " + metrics.size() + " values, got " + values.length);
        }
        for (double v : values) {
            if (Double.isNaN(v) || Double.isInfinite(v)) {
                return Score.NONE;
            }
        }
        count++;
        double[] point = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            double z = count == 1 ? 0.0 : scalers[i].z(values[i]);
            point[i] = Math.max(-CLIP, Math.min(CLIP, z));
            scalers[i].update(values[i]);
        }
        double rcfScore = forest.isOutputReady() ? forest.getAnomalyScore(point) : 0.0;
        double raw = count > WARMUP && forest.isOutputReady()
                ? Surprise.toScore(calibrator.surprise(rcfScore)) : 0.0;
        calibrator.add(rcfScore);
        double reported = gate.apply(raw);
        boolean anomalous = raw >= DECISION;
        String reason = anomalous ? describe(point, rcfScore, raw > reported) : "";
        forest.update(point);
        return new Score(reported, anomalous, reason);
    }

    private String describe(double[] point, double rcfScore, boolean damped) {
        DiVector attribution = forest.getAnomalyAttribution(point);
        int dims = metrics.size();
        double[] perMetric = new double[dims];
        for (int d = 0; d < attribution.getDimensions(); d++) {
            // with internal shingling the newest values are the last block of each shingle
            perMetric[d % dims] += attribution.high[d] + attribution.low[d];
        }
        int top = 0;
        for (int i = 1; i < dims; i++) {
            if (perMetric[i] > perMetric[top]) {
                top = i;
            }
        }
        String text = String.format(Locale.ROOT, "rcf: joint anomaly score %.2f, mostly %s", rcfScore, metrics.get(top));
        return damped ? text + " (continuing)" : text;
    }

    @Override
    public void snapshot(StateOut out) {
        out.put("count", count).put("metrics", String.join("\u001f", metrics));
        for (int i = 0; i < scalers.length; i++) {
            scalers[i].save(out.child("scaler" + i));
        }
        calibrator.save(out.child("calibration"));
        gate.save(out.child("gate"));
        RandomCutForestMapper mapper = new RandomCutForestMapper();
        mapper.setSaveExecutorContextEnabled(true);
        mapper.setSaveTreeStateEnabled(true);
        out.put("forest", Base64.getEncoder().encodeToString(serialise(mapper.toState(forest))));
    }

    @Override
    public void restore(StateIn in) {
        if (!String.join("\u001f", metrics).equals(in.getString("metrics"))) {
            throw new IllegalArgumentException("snapshot is for other metrics");
        }
        count = in.getLong("count");
        for (int i = 0; i < scalers.length; i++) {
            scalers[i].load(in.child("scaler" + i));
        }
        calibrator.load(in.child("calibration"));
        gate.load(in.child("gate"));
        RandomCutForestState state = deserialise(Base64.getDecoder().decode(in.getString("forest")));
        forest = new RandomCutForestMapper().toModel(state);
    }

    /** The library's state object is Serializable; its own JSON support would need Jackson. */
    private static byte[] serialise(RandomCutForestState state) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(state);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** Only the library's state classes, JDK collections and arrays may be deserialised. */
    private static RandomCutForestState deserialise(byte[] data) {
        ObjectInputFilter filter = ObjectInputFilter.Config.createFilter(
                "com.amazon.randomcutforest.**;java.util.*;java.lang.*;[*;maxdepth=20;!*");
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(data))) {
            in.setObjectInputFilter(filter);
            return (RandomCutForestState) in.readObject();
        } catch (IOException | ClassNotFoundException e) {
            throw new IllegalArgumentException("corrupt forest snapshot", e);
        }
    }
}
