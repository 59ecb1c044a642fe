package io.alertify.deploy.e2e;

import java.util.UUID;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The same fuzz on PostgreSQL, which refuses what H2 takes (a NUL in a text column). */
@ExtendWith(RealServers.class)
class PostgresApiFuzzTest extends ApiFuzzTest {

    private static final String SCHEMA = "fuzz_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        RealServers.postgresSchema(registry, SCHEMA);
    }
}
