package io.alertify.pipeline.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BacktestTest {

    @TempDir
    Path tmp;

    @Test
    void writesSameRowsInSameOrderUnderSameRelativePath() throws Exception {
        Path in = tmp.resolve("in/cat");
        Files.createDirectories(in);
        double[] x = Synthetic.noise(1000, 10, 1, 41);
        x[900] = 40;
        List<String> lines = new ArrayList<>();
        lines.add("timestamp,value");
        for (int i = 0; i < x.length; i++) {
            String ts = Instant.ofEpochMilli(Synthetic.time(i)).toString().replace('T', ' ').replace("Z", "");
            lines.add(ts + "," + x[i]);
        }
        Files.write(in.resolve("a.csv"), lines);
        Path out = tmp.resolve("out");
        int status = Backtest.run(new String[] {"--input", tmp.resolve("in").toString(), "--output", out.toString()});
        assertThat(status).isZero();
        List<String> result = Files.readAllLines(out.resolve("cat/a.csv"));
        assertThat(result).hasSize(lines.size());
        assertThat(result.get(0)).isEqualTo("timestamp,value,anomaly_score");
        for (int i = 1; i < lines.size(); i++) {
            assertThat(result.get(i)).startsWith(lines.get(i) + ",");
        }
        double spike = Double.parseDouble(result.get(901).split(",")[2]);
        assertThat(spike).isGreaterThan(0.5);
    }

    @Test
    void badUsageIsReported() {
        assertThat(Backtest.run(new String[] {"--input"})).isEqualTo(2);
        assertThat(Backtest.run(new String[] {"--input", "x", "--output", "y", "--detector", "nope"})).isEqualTo(2);
    }

    @Test
    void parsesTimestampForms() {
        long expected = Instant.parse("2014-04-01T00:05:00Z").toEpochMilli();
        assertThat(Timestamps.parseMillis("2014-04-01 00:05:00")).isEqualTo(expected);
        assertThat(Timestamps.parseMillis("2014-04-01 00:05:00.000000")).isEqualTo(expected);
        assertThat(Timestamps.parseMillis("2014-04-01T00:05:00Z")).isEqualTo(expected);
        assertThat(Timestamps.parseMillis("2014-04-01T02:05:00+02:00")).isEqualTo(expected);
        assertThat(Timestamps.parseMillis(Long.toString(expected / 1000))).isEqualTo(expected);
        assertThat(Timestamps.parseMillis(Long.toString(expected))).isEqualTo(expected);
    }
}
