package io.alertify.remediation.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.alertify.remediation.api.RunStatus;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RunLogTest {

    @Test
    void keepsTheLatestRunsNewestFirst() {
        RunLog log = new RunLog(2);

        log.add(run("1"));
        log.add(run("2"));
        log.add(run("3"));

        assertThat(log.recent()).extracting(RunRecord::incidentId).containsExactly("3", "2");
    }

    @Test
    void needsRoomForAtLeastOneRun() {
        assertThatThrownBy(() -> new RunLog(0)).isInstanceOf(IllegalArgumentException.class);
    }

    private static RunRecord run(String incidentId) {
        return new RunRecord(Instant.EPOCH, "alice", incidentId, "restart_pod", Map.of(), RunStatus.SUCCEEDED);
    }
}
