package io.alertify.pipeline.detect;

import java.util.Locale;

/**
 * The statistical detector behind {@code auto} and the single-purpose detectors ({@code baseline},
 * {@code seasonal}, {@code changepoint}, ...): it computes every enabled signal for a sample before
 * learning from it, turns each into a surprise calibrated on the series' own history, and reports
 * the strongest one.
 *
 * <p>Per sample:
 * <ol>
 * <li>Residuals: from a robust baseline (location and spread that ignore outliers), and from a
 *     daily or weekly profile when the series has at least two periods of history and the profile
 *     explains it clearly better than the flat baseline: its robust residual spread or its
 *     unclipped mean absolute error below {@value #SEASONAL_GAIN} of the baseline's (the unclipped
 *     error matters because a regular short peak is exactly what the robust spread ignores). The better of daily/weekly is used.</li>
 * <li>Statistics: |z| against the baseline (spikes, dips), |z| against the profile (contextual
 *     anomalies such as a missing daily peak), a CUSUM of the residuals (level shifts), the ratio of
 *     recent to long-run mean |z| (volatility and spike-rate changes), the length of a run of
 *     identical values (flat lines, judged against the series' completed runs), and the current gap in sampling
 *     intervals (missing data).</li>
 * <li>Calibration: each statistic goes through its own {@link TailCalibrator}, giving -ln p.
 *     The maximum over signals, less ln(number of signals) as a Bonferroni correction for
 *     looking at several, is mapped to [0, 1] by {@link Surprise#toScore(double)}.</li>
 * <li>Reporting: {@link AlertGate} damps repeats of an already reported anomaly; the sample is
 *     anomalous while the undamped score is at or above the decision score.</li>
 * <li>Learning: all estimators are updated; a confirmed level shift re-anchors the baseline and
 *     profiles at Page's estimate of the new level, so they need not relearn it.</li>
 * </ol>
 */
public final class AdaptiveDetector implements Detector {

    static final double SEASONAL_GAIN = 0.7;
    private static final long DAY = 86_400_000L;
    private static final long WEEK = 7 * DAY;
    private static final double VOLATILITY_CLIP = 6.0;
    private static final double VOLATILITY_FAST = 1.0 / 32;
    private static final int FLAT_MIN_RUN = 3;

    private static final Signal[] SIGNALS = Signal.values();

    private final DetectorConfig config;
    private final boolean[] enabled = new boolean[SIGNALS.length];
    private final double bonferroni;
    private final double decisionSurprise;

    private final StepTracker steps = new StepTracker();
    private final RobustStats baseline;
    private final SeasonalProfile daily;
    private final SeasonalProfile weekly;
    private final SeasonalProfile[] profiles;
    private final PageCusum cusum = new PageCusum();
    private final TailCalibrator[] calibrators = new TailCalibrator[SIGNALS.length];
    /**
     * Residuals against the weekly profile have their own tail: the weekend days that the daily
     * profile misses for two weeks must not make the weekly profile's misses look routine
     * ({@code calibrators[SEASONAL]} holds the daily profile's).
     */
    private final TailCalibrator weeklySeasonal;
    private final AlertGate gate;

    private long count;
    private double fastVolatility;
    private double slowVolatility;
    private double previous = Double.NaN;
    private int flatRun;
    private double flatError;

    /** Scratch for the current sample; not state. */
    private final double[] statistic = new double[SIGNALS.length];
    private final double[] surprise = new double[SIGNALS.length];

    public AdaptiveDetector(DetectorConfig config) {
        this.config = config;
        int m = 0;
        for (Signal s : config.signals()) {
            enabled[s.ordinal()] = true;
            m++;
        }
        this.bonferroni = Math.log(m);
        this.decisionSurprise = Surprise.fromScore(config.decisionScore());
        double rate = 1.0 / config.baselineWindow();
        this.baseline = new RobustStats(rate, 3.0);
        this.daily = new SeasonalProfile(DAY, 288, config.zoneOffsetMillis(), rate);
        this.weekly = new SeasonalProfile(WEEK, 336, config.zoneOffsetMillis(), rate);
        this.profiles = new SeasonalProfile[] {daily, weekly};
        this.weeklySeasonal = new TailCalibrator(config.calibrationHalfLife());
        for (int i = 0; i < calibrators.length; i++) {
            calibrators[i] = new TailCalibrator(config.calibrationHalfLife());
        }
        this.gate = new AlertGate(config.refractorySamples());
    }

    public static AdaptiveDetector auto() {
        return new AdaptiveDetector(DetectorConfig.auto());
    }

    @Override
    public String kind() {
        return config.name();
    }

    @Override
    public Score sample(long t, double x) {
        if (Double.isNaN(x) || Double.isInfinite(x)) {
            // A missing value teaches nothing; the gap it leaves is scored when data resumes.
            return Score.NONE;
        }
        count++;
        double gap = steps.observe(t);
        daily.configure(steps.step());
        weekly.configure(steps.step());

        SeasonalProfile profile = seasonalProfile();
        double zBase = baseline.z(x);
        double zSeasonal = profile == null ? Double.NaN : profile.z(t, x);
        double zPrimary = Double.isNaN(zSeasonal) ? zBase : zSeasonal;

        statistic[Signal.SPIKE.ordinal()] = Math.abs(zBase);
        statistic[Signal.SEASONAL.ordinal()] = Double.isNaN(zSeasonal) ? 0.0 : Math.abs(zSeasonal);
        statistic[Signal.LEVEL_SHIFT.ordinal()] = cusum.add(zPrimary);
        statistic[Signal.VOLATILITY.ordinal()] = volatility(zPrimary);
        statistic[Signal.FLATLINE.ordinal()] = flatness(x);
        statistic[Signal.MISSING.ordinal()] = gap >= 2.0 ? gap - 1.0 : 0.0;

        int strongest = -1;
        double best = 0.0;
        for (int i = 0; i < SIGNALS.length; i++) {
            surprise[i] = calibrator(i, profile).surprise(statistic[i]);
            // Missing data is alerted by overdue() while the series is silent; when data resumes
            // the gap is learned but not scored again, and restarts are normal for many series.
            if (enabled[i] && surprise[i] > best && i != Signal.MISSING.ordinal()) {
                best = surprise[i];
                strongest = i;
            }
        }
        double raw = count > config.warmupSamples() ? Surprise.toScore(best - bonferroni) : 0.0;
        double reported = gate.apply(raw, steps.step());
        boolean anomalous = raw >= config.decisionScore();
        String reason = anomalous || reported >= 0.25
                ? describe(SIGNALS[strongest], x, zBase, zSeasonal, profile, t, raw > reported)
                : "";

        learn(t, x, zPrimary, profile, zSeasonal);
        return new Score(reported, anomalous, reason);
    }

    /** {@code zChosen} is the residual already computed against the profile in use; it is not computed twice. */
    private static void learnResidual(TailCalibrator calibrator, SeasonalProfile profile, long t, double x,
            SeasonalProfile chosen, double zChosen) {
        if (profile.ready()) {
            double z = profile == chosen ? zChosen : profile.z(t, x);
            if (!Double.isNaN(z)) {
                calibrator.add(Math.abs(z));
            }
        }
    }

    private TailCalibrator calibrator(int signal, SeasonalProfile profile) {
        return signal == Signal.SEASONAL.ordinal() && profile == weekly ? weeklySeasonal : calibrators[signal];
    }

    /** The seasonal profile that explains the series clearly better than the baseline, if any. */
    private SeasonalProfile seasonalProfile() {
        SeasonalProfile chosen = null;
        double best = SEASONAL_GAIN;
        for (SeasonalProfile p : profiles) {
            if (p.ready()) {
                double gain = Math.min(p.spread() / baseline.spread(), p.meanError() / flatError);
                if (gain < best) {
                    chosen = p;
                    best = gain;
                }
            }
        }
        return chosen;
    }

    private double volatility(double z) {
        double u = Math.min(Math.abs(z), VOLATILITY_CLIP);
        if (Double.isNaN(u) || slowVolatility <= 0.0) {
            return 0.0;
        }
        // Ratio of recent (including this sample) to long-run mean |z|; x4 puts it on the exp(-x)
        // prior's scale, since a 32-sample average of |z| has a relative standard error of about 1/4.
        double recent = fastVolatility + VOLATILITY_FAST * (u - fastVolatility);
        return Math.max(0.0, 4.0 * (recent / slowVolatility - 1.0));
    }

    /**
     * Length of the current run of identical values (0 below the minimum run). It is calibrated
     * against the lengths of this series' completed runs, so on a mostly idle series (zero between
     * bursts) the usual idle runs are normal, and a run is surprising once it clearly outlasts them:
     * beyond the threshold at which the longest 2% of runs start, the tail probability drops by a
     * factor e for every further quarter of that threshold (about 1 in 3,000 at twice it).
     */
    private double flatness(double x) {
        int run = x == previous ? flatRun + 1 : 0;
        return run >= FLAT_MIN_RUN ? run : 0.0;
    }

    private void learn(long t, double x, double zPrimary, SeasonalProfile profile, double zSeasonal) {
        if (count > config.warmupSamples()) {
            // warm-up statistics come from estimates still settling; they would pollute the tails
            for (int i = 0; i < SIGNALS.length; i++) {
                // A flat run is judged against completed runs (below), so an ongoing run cannot
                // excuse itself; a statistic that is unavailable (no seasonal profile yet) is not
                // evidence of anything and is not learned as a zero.
                if (i != Signal.FLATLINE.ordinal() && i != Signal.SEASONAL.ordinal()) {
                    calibrators[i].add(statistic[i]);
                }
            }
            // each profile's residuals teach its own tail, whichever profile is in use now
            learnResidual(calibrators[Signal.SEASONAL.ordinal()], daily, t, x, profile, zSeasonal);
            learnResidual(weeklySeasonal, weekly, t, x, profile, zSeasonal);
            if (x != previous) {
                // every completed run, including runs of length 0 (a change), is one observation of
                // how long this series stays on one value
                calibrators[Signal.FLATLINE.ordinal()].add(flatRun);
            }
        }
        if (surprise[Signal.LEVEL_SHIFT.ordinal()] >= decisionSurprise) {
            // in the units the residuals were standardised in (the floored spread for a constant series)
            double spread = profile == null ? baseline.scale() : profile.spread();
            double shift = cusum.shiftEstimate() * spread;
            baseline.shift(shift);
            daily.shift(shift);
            weekly.shift(shift);
            cusum.reset();
        }
        // unclipped errors: a normal daily peak is exactly what the robust spread ignores
        double flatRate = Math.max(1.0 / count, 1.0 / config.calibrationHalfLife());
        flatError += flatRate * (Math.abs(x - baseline.location()) - flatError);
        baseline.update(x);
        daily.update(t, x);
        weekly.update(t, x);

        double u = Math.min(Math.abs(zPrimary), VOLATILITY_CLIP);
        if (!Double.isNaN(u)) {
            fastVolatility += VOLATILITY_FAST * (u - fastVolatility);
            double slowRate = Math.max(1.0 / count, 1.0 / config.calibrationHalfLife());
            slowVolatility += slowRate * (u - slowVolatility);
        }
        if (x == previous) {
            flatRun++;
        } else {
            flatRun = 0;
        }
        previous = x;
    }

    @Override
    public Score overdue(long now) {
        if (!enabled[Signal.MISSING.ordinal()] || steps.step() == 0 || count <= config.warmupSamples()) {
            return Score.NONE;
        }
        double gap = (double) (now - steps.last()) / steps.step();
        if (gap < 2.0) {
            return Score.NONE;
        }
        double s = calibrators[Signal.MISSING.ordinal()].surprise(gap - 1.0) - bonferroni;
        double score = Surprise.toScore(s);
        boolean anomalous = score >= config.decisionScore();
        return new Score(score, anomalous,
                anomalous ? String.format(Locale.ROOT, "no data for %.0f usual intervals", gap) : "");
    }

    private String describe(Signal signal, double x, double zBase, double zSeasonal, SeasonalProfile profile,
                            long t, boolean damped) {
        String text = switch (signal) {
            case SPIKE -> String.format(Locale.ROOT, "%s: %.4g is %.1f spreads %s the baseline %.4g",
                    zBase >= 0 ? "spike" : "dip", x, Math.abs(zBase), zBase >= 0 ? "above" : "below",
                    baseline.location());
            case SEASONAL -> String.format(Locale.ROOT, "seasonal: %.4g vs usual %.4g at this time of %s (%.1f spreads)",
                    x, profile.expected(t), profile == daily ? "day" : "week", zSeasonal);
            case LEVEL_SHIFT -> String.format(Locale.ROOT, "level shift %s, about %.1f spreads",
                    cusum.shiftEstimate() >= 0 ? "up" : "down", Math.abs(cusum.shiftEstimate()));
            case VOLATILITY -> String.format(Locale.ROOT, "volatility: recent deviations %.1fx the usual",
                    fastVolatility / slowVolatility);
            case FLATLINE -> String.format(Locale.ROOT, "flat line: %.4g repeated for %d samples", x, flatRun + 1);
            case MISSING -> String.format(Locale.ROOT, "missing data: gap of %.0f usual intervals",
                    statistic[Signal.MISSING.ordinal()] + 1.0);
        };
        return damped ? text + " (continuing)" : text;
    }

    @Override
    public void snapshot(StateOut out) {
        out.put("count", count).put("fastVolatility", fastVolatility).put("slowVolatility", slowVolatility)
                .put("previous", previous).put("flatRun", flatRun)
                .put("flatError", flatError);
        steps.save(out.child("steps"));
        baseline.save(out.child("baseline"));
        daily.save(out.child("daily"));
        weekly.save(out.child("weekly"));
        cusum.save(out.child("cusum"));
        gate.save(out.child("gate"));
        for (Signal s : SIGNALS) {
            calibrators[s.ordinal()].save(out.child("calibration").child(s.name().toLowerCase(Locale.ROOT)));
        }
        weeklySeasonal.save(out.child("calibration").child("seasonal_weekly"));
    }

    @Override
    public void restore(StateIn in) {
        count = in.getLong("count");
        fastVolatility = in.getDouble("fastVolatility");
        slowVolatility = in.getDouble("slowVolatility");
        previous = in.getDouble("previous");
        flatRun = in.getInt("flatRun");
        flatError = in.getDouble("flatError");
        steps.load(in.child("steps"));
        baseline.load(in.child("baseline"));
        daily.load(in.child("daily"));
        weekly.load(in.child("weekly"));
        cusum.load(in.child("cusum"));
        gate.load(in.child("gate"));
        for (Signal s : SIGNALS) {
            calibrators[s.ordinal()].load(in.child("calibration").child(s.name().toLowerCase(Locale.ROOT)));
        }
        weeklySeasonal.load(in.child("calibration").child("seasonal_weekly"));
    }
}
