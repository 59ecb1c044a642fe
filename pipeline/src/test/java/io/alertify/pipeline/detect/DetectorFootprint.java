package io.alertify.pipeline.detect;

import java.util.List;

/**
 * Prints the per-series memory of the detectors: the size of their snapshots (what a state store
 * keeps) and, for {@code auto}, an estimate of the live heap it holds. Run after
 * {@code mvn test-compile}: {@code java -cp target/test-classes:target/classes:$(cat target/cp.txt)
 * io.alertify.pipeline.detect.DetectorFootprint}.
 */
public final class DetectorFootprint {

    private DetectorFootprint() {
    }

    public static void main(String[] args) {
        double[] x = Synthetic.dailyPeak(4 * 7 * Synthetic.PER_DAY, 30, 1);
        AdaptiveDetector auto = AdaptiveDetector.auto();
        for (int i = 0; i < x.length; i++) {
            auto.sample(Synthetic.time(i), x[i]);
        }
        System.out.printf("auto: snapshot %d bytes binary, %d chars JSON, live heap ~%d bytes (estimate)%n",
                DetectorSnapshot.toBytes(auto).length, DetectorSnapshot.toJson(auto).length(), liveEstimate());
        RcfDetector rcf = new RcfDetector(List.of("latency", "errors"), 4, 50, 256);
        for (int i = 0; i < 3000; i++) {
            rcf.sample(Synthetic.time(i), new double[] {x[i], x[(i + 7) % x.length]});
        }
        System.out.printf("rcf (2 metrics, shingle 4, 50 trees x 256): snapshot %d bytes%n",
                DetectorSnapshot.toBytes(rcf).length);
    }

    /**
     * Live heap of one {@code auto} detector on 5-minute data, from its fields with 64-bit
     * compressed-oops layouts (12-byte object headers, 16-byte array headers, 8-byte alignment).
     */
    static long liveEstimate() {
        long daily = align(16 + 288 * 4) + align(16 + 288) + 64 + 40;  // levels, visits, profile, residual stats
        long weekly = align(16 + 336 * 4) + align(16 + 336) + 64 + 40;
        long calibrators = 6 * (align(16 + TailCalibrator.BINS * 8) + 40);
        long steps = align(16 + 16 * 8) + 48;
        long detector = 120 + 3 * align(16 + 6 * 8) + 40 /* baseline */ + 40 /* cusum */ + 32 /* gate */
                + align(16 + 6 * 8) /* calibrator array */ + 64 /* config record + set */;
        return daily + weekly + calibrators + steps + detector;
    }

    private static long align(long bytes) {
        return (bytes + 7) / 8 * 8;
    }
}
