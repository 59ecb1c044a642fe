package io.alertify.email.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class SparklineBarsTest {

    private static final Pattern HEIGHT = Pattern.compile("height=\"(\\d+)\"");

    @Test
    void drawsOneBarPerPointScaledByItsLevel() {
        var html = SparklineBars.html("latency ▁▅█ 120 480 730");

        assertThat(HEIGHT.matcher(html).results().map(m -> m.group(1))).containsExactly("4", "20", "32");
    }

    @Test
    void drawsOneRowPerSeries() {
        var html = SparklineBars.html("latency ▁█\nerrors ▂▂▃");

        assertThat(Pattern.compile("margin:0 0 8px").matcher(html).results().count()).isEqualTo(2);
        assertThat(HEIGHT.matcher(html).results().count()).isEqualTo(5);
    }

    @Test
    void drawsNothingWithoutSparkline() {
        assertThat(SparklineBars.html("no data points in the last 5 minutes")).isEmpty();
    }
}
