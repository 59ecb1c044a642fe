package io.alertify.pipeline.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FlapDamperTest {

    private static final Instant T0 = Instant.parse("2024-01-01T00:00:00Z");
    private static final Score HIGH = new Score(0.8, true, "spike");
    private static final Score LOW = new Score(0.1, false, "");

    @Test
    void noisySeriesOpensOneIncident() {
        FlapDamper d = new FlapDamper(new FlapDamper.Config(Duration.ofMinutes(15), Duration.ofHours(1), 2));
        List<FlapDamper.Transition> events = new ArrayList<>();
        for (int i = 0; i < 120; i++) { // anomalous every 4th minute for two hours
            FlapDamper.Transition tr = d.onSample(T0.plusSeconds(60L * i), i % 4 == 0 ? HIGH : LOW);
            if (tr != FlapDamper.Transition.NONE) {
                events.add(tr);
            }
        }
        assertThat(events).containsExactly(FlapDamper.Transition.OPENED);
        assertThat(d.isOpen()).isTrue();
    }

    @Test
    void anIncidentResumedAfterARestartClosesAfterTheQuietPeriod() {
        FlapDamper d = new FlapDamper(new FlapDamper.Config(Duration.ofMinutes(15), Duration.ofHours(1), 2));
        Instant openedAt = Instant.parse("2026-11-25T06:00:00Z");
        d.resumeOpen(openedAt);

        assertThat(d.isOpen()).isTrue();
        assertThat(d.onSample(openedAt.plus(Duration.ofMinutes(10)), Score.NONE)).isEqualTo(FlapDamper.Transition.NONE);
        assertThat(d.onSample(openedAt.plus(Duration.ofMinutes(15)), Score.NONE)).isEqualTo(FlapDamper.Transition.CLOSED);
        assertThat(d.current().start()).isEqualTo(openedAt);
    }

    @Test
    void closesAfterQuietPeriodAndCapsReopens() {
        FlapDamper d = new FlapDamper(new FlapDamper.Config(Duration.ofMinutes(5), Duration.ofMinutes(60), 2));
        List<FlapDamper.Transition> events = new ArrayList<>();
        // bursts every 10 minutes: would flap open/close without the cap
        for (int i = 0; i < 120; i++) {
            FlapDamper.Transition tr = d.onSample(T0.plusSeconds(60L * i), i % 10 == 0 && i < 80 ? HIGH : LOW);
            if (tr != FlapDamper.Transition.NONE) {
                events.add(tr);
            }
        }
        assertThat(events).containsExactly(
                FlapDamper.Transition.OPENED, FlapDamper.Transition.CLOSED,
                FlapDamper.Transition.REOPENED, FlapDamper.Transition.CLOSED,
                FlapDamper.Transition.REOPENED);
        Incident incident = d.current();
        assertThat(incident.flapping()).isTrue();
        assertThat(incident.reopens()).isEqualTo(2);
        assertThat(incident.open()).isTrue(); // held open until an hour of quiet
    }

    @Test
    void replayReturnsIncidentsWithPeakAndReason() {
        double[] x = Synthetic.noise(3000, 100, 1, 31);
        x[2500] += 20;
        List<IncidentReplay.Point> points = new ArrayList<>();
        for (int i = 0; i < x.length; i++) {
            points.add(new IncidentReplay.Point(Instant.ofEpochMilli(Synthetic.time(i)), x[i]));
        }
        List<Incident> incidents = IncidentReplay.replay(points, "auto", FlapDamper.Config.defaults(),
                io.alertify.pipeline.rules.Severity.INFO);
        assertThat(incidents).hasSize(1);
        Incident inc = incidents.get(0);
        assertThat(inc.start()).isEqualTo(Instant.ofEpochMilli(Synthetic.time(2500)));
        assertThat(inc.end()).isEqualTo(inc.start());
        assertThat(inc.reason()).startsWith("spike");
        assertThat(inc.severity()).isNotEqualTo(Severity.NONE);
    }
}
