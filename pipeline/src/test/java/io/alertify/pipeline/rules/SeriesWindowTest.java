package io.alertify.pipeline.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class SeriesWindowTest {

    private static final Instant T0 = Instant.parse("2026-11-25T06:00:00Z");

    @Test
    void keepsTheLastPointsOldestFirst() {
        var window = new SeriesWindow(3);
        for (int i = 0; i < 5; i++) {
            window.add(T0.plusSeconds(i), i);
        }

        assertThat(window.points()).containsExactly(
                new Point(T0.plusSeconds(2), 2), new Point(T0.plusSeconds(3), 3), new Point(T0.plusSeconds(4), 4));
    }

    @Test
    void aShortSeriesHasOnlyItsPoints() {
        var window = new SeriesWindow(20);
        window.add(T0, 730);

        assertThat(window.points()).containsExactly(new Point(T0, 730));
    }
}
