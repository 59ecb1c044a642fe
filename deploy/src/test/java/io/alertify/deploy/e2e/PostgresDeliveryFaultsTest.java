package io.alertify.deploy.e2e;

import java.util.UUID;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The same faults on PostgreSQL, where jobs, leases and the card log live in production. */
@ExtendWith(RealServers.class)
class PostgresDeliveryFaultsTest extends DeliveryFaultsTest {

    private static final String SCHEMA = "faults_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        RealServers.postgresSchema(registry, SCHEMA);
    }
}
