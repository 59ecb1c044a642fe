package io.alertify.bot.incident;

import io.alertify.bot.BotCoreTestApplication;
import io.alertify.bot.testing.LocalServers;
import io.alertify.bot.testing.LocalServers.Server;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * The incident lifecycle on the local PostgreSQL (database {@code test}), in a schema of its own that
 * is emptied first, so that the migrations run from scratch and other modules' tests are untouched.
 */
@LocalServers.Requires(Server.POSTGRESQL)
@SpringBootTest(classes = {BotCoreTestApplication.class, IncidentLifecyclePostgresTest.FreshSchema.class},
        properties = {
                "spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/test?currentSchema=bot_core_test",
                "spring.datasource.username=postgres",
                "spring.datasource.password=",
                "spring.flyway.schemas=bot_core_test",
                "spring.flyway.clean-disabled=false"})
class IncidentLifecyclePostgresTest extends IncidentLifecycleContract {

    @TestConfiguration(proxyBeanMethods = false)
    static class FreshSchema {

        @Bean
        FlywayMigrationStrategy cleanThenMigrate() {
            return flyway -> {
                flyway.clean();
                flyway.migrate();
            };
        }
    }
}
