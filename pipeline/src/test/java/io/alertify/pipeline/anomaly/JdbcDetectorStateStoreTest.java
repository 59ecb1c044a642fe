package io.alertify.pipeline.anomaly;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.h2.Driver;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/** Snapshots in the database, with the pipeline's real migration. */
class JdbcDetectorStateStoreTest {

    private final JdbcDetectorStateStore store = newStore();

    @Test
    void savesLoadsAndReplacesSnapshots() {
        store.saveAll("auto", Map.of("checkout/latency{}", new byte[] {1, 2, 3}, "cart/latency{}", new byte[] {4}));
        store.saveAll("auto", Map.of("checkout/latency{}", new byte[] {9}));

        assertThat(store.load("checkout/latency{}", "auto")).hasValueSatisfying(s -> assertThat(s).containsExactly(9));
        assertThat(store.load("cart/latency{}", "auto")).hasValueSatisfying(s -> assertThat(s).containsExactly(4));
        assertThat(store.load("unknown/latency{}", "auto")).isEmpty();
    }

    @Test
    void stateOfAnotherDetectorConfigurationIsNotRestored() {
        store.saveAll("auto", Map.of("checkout/latency{}", new byte[] {1}));

        assertThat(store.load("checkout/latency{}", "seasonal")).isEmpty();
    }

    private static JdbcDetectorStateStore newStore() {
        var dataSource = new SimpleDriverDataSource(new Driver(), "jdbc:h2:mem:detector-state-" + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1", "sa", "");
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        return new JdbcDetectorStateStore(JdbcClient.create(dataSource),
                new TransactionTemplate(new DataSourceTransactionManager(dataSource)), Clock.systemUTC());
    }
}
