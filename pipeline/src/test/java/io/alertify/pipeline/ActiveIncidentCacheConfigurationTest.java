package io.alertify.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.alertify.pipeline.events.ActiveIncidentCache;
import io.alertify.pipeline.events.InMemoryActiveIncidentCache;
import io.alertify.pipeline.events.JdbcActiveIncidentCache;
import io.alertify.pipeline.events.RedisActiveIncidentCache;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.data.redis.autoconfigure.DataRedisAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcClientAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** Which active-incident cache {@code alertify.pipeline.active-incidents.type} gives, with and without a database. */
class ActiveIncidentCacheConfigurationTest {

    /** Nothing listens on port 1: a context that connected to Redis at startup would fail. */
    private static final String NO_REDIS = "spring.data.redis.port=1";

    private final ApplicationContextRunner withoutDatabase = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(DataRedisAutoConfiguration.class))
            .withPropertyValues(NO_REDIS)
            .withUserConfiguration(ActiveIncidentCacheConfiguration.class);

    private final ApplicationContextRunner withDatabase = withoutDatabase
            .withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class,
                    JdbcTemplateAutoConfiguration.class, JdbcClientAutoConfiguration.class))
            .withPropertyValues("spring.datasource.url=jdbc:h2:mem:cache-" + UUID.randomUUID()
                    + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE");

    @Test
    void byDefaultTheDatabaseKeepsOpenProblems() {
        withDatabase.run(context -> assertThat(context.getBean(ActiveIncidentCache.class))
                .isInstanceOf(JdbcActiveIncidentCache.class));
    }

    @Test
    void byDefaultWithoutADatabaseTheyLiveInMemory() {
        withoutDatabase.run(context -> assertThat(context.getBean(ActiveIncidentCache.class))
                .isInstanceOf(InMemoryActiveIncidentCache.class));
    }

    @Test
    void memoryCanBeChosenDespiteADatabase() {
        withDatabase.withPropertyValues("alertify.pipeline.active-incidents.type=memory")
                .run(context -> assertThat(context.getBean(ActiveIncidentCache.class))
                        .isInstanceOf(InMemoryActiveIncidentCache.class));
    }

    @Test
    void redisIsChosenByNameAndNotConnectedToAtStartup() {
        withDatabase.withPropertyValues("alertify.pipeline.active-incidents.type=redis")
                .run(context -> assertThat(context).hasNotFailed().getBean(ActiveIncidentCache.class)
                        .isInstanceOf(RedisActiveIncidentCache.class));
    }

    @Test
    void jdbcWithoutADatabaseStopsTheStartSayingWhy() {
        withoutDatabase.withPropertyValues("alertify.pipeline.active-incidents.type=jdbc")
                .run(context -> assertThat(context).hasFailed().getFailure().hasStackTraceContaining(
                        "alertify.pipeline.active-incidents.type=jdbc needs a database (spring.datasource.url)"));
    }

    @Test
    void redisWithoutItsAutoConfigurationStopsTheStartSayingWhy() {
        new ApplicationContextRunner().withUserConfiguration(ActiveIncidentCacheConfiguration.class)
                .withPropertyValues("alertify.pipeline.active-incidents.type=redis")
                .run(context -> assertThat(context).hasFailed().getFailure().hasStackTraceContaining(
                        "alertify.pipeline.active-incidents.type=redis needs Redis (spring.data.redis.*)"));
    }

    @Test
    void anUnknownTypeStopsTheStartNamingTheProperty() {
        withDatabase.withPropertyValues("alertify.pipeline.active-incidents.type=memcached")
                .run(context -> assertThat(context).hasFailed().getFailure()
                        .hasStackTraceContaining("alertify.pipeline.active-incidents.type"));
    }

    @Test
    void aBlankRedisKeyStopsTheStartNamingTheProperty() {
        withDatabase.withPropertyValues("alertify.pipeline.active-incidents.redis.key= ")
                .run(context -> assertThat(context).hasFailed().getFailure()
                        .hasStackTraceContaining("alertify.pipeline.active-incidents.redis.key must not be blank"));
    }
}
