package io.alertify.pipeline.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
    void writesThresholdsTheWayAPersonWouldHave() {
        assertThat(new ThresholdRule("r", "error_rate", 0.05, null, 1, 1, Severity.INFO, null).expression())
                .isEqualTo("error_rate > 0.05 for 1 sample");
        assertThat(ThresholdRule.plain(730.0)).isEqualTo("730");
        assertThat(ThresholdRule.plain(1e7)).isEqualTo("10000000");
    }
}
