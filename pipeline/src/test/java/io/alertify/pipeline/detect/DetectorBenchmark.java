package io.alertify.pipeline.detect;

import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Throughput of the detectors, in samples per second on one thread (one core).
 *
 * <p>{@code auto} is fed a 5-minute series with a daily pattern, noise and occasional spikes, so
 * every signal including the seasonal profiles is exercised; each benchmark invocation scores
 * {@value #BATCH} consecutive samples of one series and the score counts as one operation per
 * sample. RCF is measured separately with a smaller batch because it is ~100x slower.
 *
 * <p>Run (see detection.md): {@code mvn -q test-compile} then
 * {@code java -cp target/test-classes:target/classes:$(cat target/cp.txt) org.openjdk.jmh.Main DetectorBenchmark}.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class DetectorBenchmark {

    static final int BATCH = 65_536;
    static final int RCF_BATCH = 1_024;

    @State(Scope.Thread)
    public static class Series {
        final long[] times = new long[BATCH];
        final double[] values = new double[BATCH];
        AdaptiveDetector auto;
        RcfDetector rcf;
        int rcfOffset;
        /** The continuing timeline: the series is replayed shifted by whole weeks, so time moves on. */
        long shift;

        @Setup(Level.Trial)
        public void setUp() {
            Random r = new Random(7);
            for (int i = 0; i < BATCH; i++) {
                times[i] = Synthetic.time(i);
                double phase = 2 * Math.PI * (i % Synthetic.PER_DAY) / Synthetic.PER_DAY;
                values[i] = 100 + 30 * Math.sin(phase) + 3 * r.nextGaussian() + (r.nextInt(500) == 0 ? 40 : 0);
            }
            auto = AdaptiveDetector.auto();
            // learn once so that the measured path is the steady state, seasonal profiles included
            for (int i = 0; i < BATCH; i++) {
                auto.sample(times[i], values[i]);
            }
            rcf = new RcfDetector(List.of("latency", "errors"), 4, 50, 256);
            for (int i = 0; i < 2_000; i++) {
                rcf.sample(times[i], new double[] {values[i], values[(i + 7) % BATCH]});
            }
        }
    }

    @Benchmark
    @OperationsPerInvocation(BATCH)
    public void auto(Series s, Blackhole bh) {
        s.shift += 7L * 86_400_000L * ((BATCH * Synthetic.STEP) / (7L * 86_400_000L) + 1);
        long shift = s.shift;
        AdaptiveDetector d = s.auto;
        long[] t = s.times;
        double[] v = s.values;
        for (int i = 0; i < BATCH; i++) {
            bh.consume(d.sample(t[i] + shift, v[i]).score());
        }
    }

    @Benchmark
    @OperationsPerInvocation(RCF_BATCH)
    public void rcfTwoMetrics(Series s, Blackhole bh) {
        int o = s.rcfOffset;
        long base = s.shift;
        s.shift += RCF_BATCH * Synthetic.STEP;
        for (int i = 0; i < RCF_BATCH; i++) {
            int k = (o + i) % BATCH;
            bh.consume(s.rcf.sample(base + Synthetic.START + (long) i * Synthetic.STEP,
                    new double[] {s.values[k], s.values[(k + 7) % BATCH]}).score());
        }
        s.rcfOffset = (o + RCF_BATCH) % BATCH;
    }
}
