package io.alertify.pipeline.anomaly;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** Detector snapshots in the {@code detector_state} table, next to the incident event outbox. */
public final class JdbcDetectorStateStore implements DetectorStateStore {

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;

    public JdbcDetectorStateStore(JdbcClient jdbc, TransactionTemplate transactions, Clock clock) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public Optional<byte[]> load(String seriesKey, String detectorSpec) {
        return jdbc.sql("select state from detector_state where series_key = ? and detector = ?")
                .params(seriesKey, detectorSpec)
                .query(byte[].class)
                .optional();
    }

    @Override
    public void saveAll(String detectorSpec, Map<String, byte[]> snapshots) {
        var now = Timestamp.from(clock.instant());
        transactions.executeWithoutResult(status -> snapshots.forEach((key, state) -> {
            int updated = jdbc.sql("update detector_state set detector = ?, state = ?, saved_at = ? where series_key = ?")
                    .params(detectorSpec, state, now, key).update();
            if (updated == 0) {
                jdbc.sql("insert into detector_state (series_key, detector, state, saved_at) values (?, ?, ?, ?)")
                        .params(key, detectorSpec, state, now).update();
            }
        }));
    }
}
