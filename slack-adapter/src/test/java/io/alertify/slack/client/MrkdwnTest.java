package io.alertify.slack.client;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MrkdwnTest {

    @Test
    void escapesTheCharactersSlackReadsAsMarkup() {
        assertThat(Mrkdwn.escape("p99 > 500 & <!here>")).isEqualTo("p99 &gt; 500 &amp; &lt;!here&gt;");
        assertThat(Mrkdwn.escape(null)).isEmpty();
    }

    @Test
    void truncatesToTheLimitWithAnEllipsis() {
        assertThat(Mrkdwn.truncate("checkout", 20)).isEqualTo("checkout");
        assertThat(Mrkdwn.truncate("checkout-latency", 9)).isEqualTo("checkout…").hasSize(9);
    }
}
