package io.alertify.bot.card;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SparklineTest {

    @Test
    void eachValueGetsTheBarOfItsLevelBetweenTheLowestAndTheHighest() {
        assertThat(Sparkline.bars(List.of(0.0, 1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0))).isEqualTo("▁▂▃▄▅▆▇█");
        assertThat(Sparkline.bars(List.of(100.0, 200.0, 300.0, 500.0, 700.0, 730.0))).isEqualTo("▁▂▃▅▇█");
    }

    @Test
    void aFlatSeriesSitsInTheMiddle() {
        assertThat(Sparkline.bars(List.of(5.0, 5.0, 5.0))).isEqualTo("▄▄▄");
    }

    @ParameterizedTest
    @CsvSource({"730.0, 730", "0.071234, 0.07123", "12.5, 12.5", "123456.7, 123457", "-3.0, -3", "0.0, 0"})
    void valuesReadLikePeopleWriteThem(double value, String shown) {
        assertThat(Sparkline.value(value)).isEqualTo(shown);
    }
}
