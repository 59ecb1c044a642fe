package io.alertify.pipeline.anomaly;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Detector snapshots in the {@code detector_state} table, next to the incident event outbox. A checkpoint
 * writes every live series, so it goes in JDBC batches: one round trip per {@value #BATCH} rows rather
 * than two per series, which is what keeps a checkpoint of thousands of series short on PostgreSQL.
 */
public final class JdbcDetectorStateStore implements DetectorStateStore {

    private static final int BATCH = 500;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;

    public JdbcDetectorStateStore(JdbcTemplate jdbc, TransactionTemplate transactions, Clock clock) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public Optional<byte[]> load(String seriesKey, String detectorSpec) {
        return jdbc.query("select state from detector_state where series_key = ? and detector = ?",
                (rs, n) -> rs.getBytes(1), seriesKey, detectorSpec).stream().findFirst();
    }

    /** Updates the rows that exist, then inserts the rest; all in one transaction. */
    @Override
    public void saveAll(String detectorSpec, Map<String, byte[]> snapshots) {
        var now = Timestamp.from(clock.instant());
        var rows = List.copyOf(snapshots.entrySet());
        transactions.executeWithoutResult(status -> {
            var updated = jdbc.batchUpdate(
                    "update detector_state set detector = ?, state = ?, saved_at = ? where series_key = ?", rows, BATCH,
                    (statement, row) -> {
                        statement.setString(1, detectorSpec);
                        statement.setBytes(2, row.getValue());
                        statement.setTimestamp(3, now);
                        statement.setString(4, row.getKey());
                    });
            var missing = new ArrayList<Map.Entry<String, byte[]>>();
            int index = 0;
            for (int[] batch : updated) {
                for (int count : batch) {
                    if (count == 0) {
                        missing.add(rows.get(index));
                    }
                    index++;
                }
            }
            jdbc.batchUpdate("insert into detector_state (series_key, detector, state, saved_at) values (?, ?, ?, ?)",
                    missing, BATCH, (statement, row) -> {
                        statement.setString(1, row.getKey());
                        statement.setString(2, detectorSpec);
                        statement.setBytes(3, row.getValue());
                        statement.setTimestamp(4, now);
                    });
        });
    }
}
