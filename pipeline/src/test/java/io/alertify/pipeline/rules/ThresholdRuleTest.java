package io.alertify.pipeline.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ThresholdRuleTest {

    @Test
    void needsExactlyOneOfAboveAndBelow() {
        assertThatThrownBy(() -> new ThresholdRule("r", "latency", null, null, 3, 3, Severity.INFO, null))
                .hasMessage("rule 'r': set exactly one of above or below");
        assertThatThrownBy(() -> new ThresholdRule("r", "latency", 1.0, 2.0, 3, 3, Severity.INFO, null))
                .hasMessage("rule 'r': set exactly one of above or below");
    }

    @Test
    void refusesCountsBelowOne() {
        assertThatThrownBy(() -> new ThresholdRule("r", "latency", 1.0, null, 0, 3, Severity.INFO, null))
                .hasMessageContaining("for-samples and recover-samples must be at least 1");
    }

    @Test
    void refusesARecoveryThresholdOnTheBreachingSide() {
        assertThatThrownBy(() -> rule(500.0, null, 600.0, Duration.ZERO, Duration.ZERO))
                .isInstanceOfSatisfying(InvalidRuleException.class, e -> assertThat(e.key()).isEqualTo("recover-at"))
                .hasMessage("rule 'r': recover-at 600 must be at or below the threshold, above 500");
        assertThatThrownBy(() -> rule(null, 10.0, 5.0, Duration.ZERO, Duration.ZERO))
                .isInstanceOfSatisfying(InvalidRuleException.class, e -> assertThat(e.key()).isEqualTo("recover-at"))
                .hasMessage("rule 'r': recover-at 5 must be at or above the threshold, below 10");
        assertThatThrownBy(() -> rule(500.0, null, Double.NaN, Duration.ZERO, Duration.ZERO))
                .hasMessage("rule 'r': recover-at must be a finite number");
    }

    @Test
    void aRecoveryThresholdEqualToTheThresholdIsTheDefault() {
        assertThat(rule(500.0, null, 500.0, Duration.ZERO, Duration.ZERO).recoveredCondition())
                .isEqualTo(rule(500.0, null, null, Duration.ZERO, Duration.ZERO).recoveredCondition())
                .isEqualTo("latency <= 500");
    }

    @Test
    void refusesNegativeDurations() {
        assertThatThrownBy(() -> rule(500.0, null, null, Duration.ofMinutes(-1), Duration.ZERO))
                .isInstanceOfSatisfying(InvalidRuleException.class, e -> assertThat(e.key()).isEqualTo("for"))
                .hasMessage("rule 'r': for must not be negative");
        assertThatThrownBy(() -> rule(500.0, null, null, Duration.ZERO, Duration.ofSeconds(-1)))
                .isInstanceOfSatisfying(InvalidRuleException.class, e -> assertThat(e.key()).isEqualTo("keep-firing-for"))
                .hasMessage("rule 'r': keep-firing-for must not be negative");
    }

    @Test
    void theShortConstructorMeansNoRecoveryThresholdAndNoDurations() {
        assertThat(new ThresholdRule("r", "latency", 500.0, null, 3, 3, Severity.INFO, null))
                .isEqualTo(rule(500.0, null, null, null, null))
                .isEqualTo(rule(500.0, null, null, Duration.ZERO, Duration.ZERO));
    }

    @Test
    void writesThresholdsTheWayAPersonWouldHave() {
        assertThat(new ThresholdRule("r", "error_rate", 0.05, null, 1, 1, Severity.INFO, null).expression())
                .isEqualTo("error_rate > 0.05 for 1 sample");
        assertThat(ThresholdRule.plain(730.0)).isEqualTo("730");
        assertThat(ThresholdRule.plain(1e7)).isEqualTo("10000000");
        assertThat(ThresholdRule.plain(Double.NaN)).isEqualTo("NaN");
    }

    @Test
    void theExpressionNamesEveryHysteresisSettingThatIsSet() {
        assertThat(rule(500.0, null, 400.0, Duration.ZERO, Duration.ZERO).expression())
                .isEqualTo("latency > 500 for 3 samples, recovers at <= 400");
        assertThat(rule(500.0, null, 400.0, Duration.ofMinutes(2), Duration.ofMinutes(10)).expression())
                .isEqualTo("latency > 500 for 3 samples and 2m, recovers at <= 400, keeps firing for 10m");
        assertThat(rule(null, 10.0, 12.5, Duration.ZERO, Duration.ofSeconds(90)).expression())
                .isEqualTo("latency < 10 for 3 samples, recovers at >= 12.5, keeps firing for 90s");
    }

    @Test
    void writesDurationsInTheLargestUnitThatFits() {
        assertThat(ThresholdRule.plain(Duration.ofMillis(250))).isEqualTo("250ms");
        assertThat(ThresholdRule.plain(Duration.ofSeconds(90))).isEqualTo("90s");
        assertThat(ThresholdRule.plain(Duration.ofMinutes(5))).isEqualTo("5m");
        assertThat(ThresholdRule.plain(Duration.ofHours(2))).isEqualTo("2h");
        assertThat(ThresholdRule.plain(Duration.ofDays(1))).isEqualTo("1d");
    }

    private static ThresholdRule rule(Double above, Double below, Double recoverAt, Duration forDuration,
                                      Duration keepFiringFor) {
        return new ThresholdRule("r", "latency", above, below, 3, 3, Severity.INFO, null, recoverAt, forDuration,
                keepFiringFor);
    }
}
